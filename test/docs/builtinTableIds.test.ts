import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_FACTOR_TABLES } from "../../src/index.js";

// The list of built-in table ids in docs/scenario-file-reference.md is generated from
// BUILTIN_FACTOR_TABLES, between the two markers below, so that it cannot drift from the code.
// After adding or renaming a built-in table, regenerate it with:
//   UPDATE_DOCS=1 npx vitest run test/docs/builtinTableIds.test.ts
const ROOT = new URL("../../", import.meta.url).pathname;
const DOC = join(ROOT, "docs", "scenario-file-reference.md");
const START = "<!-- builtin-table-ids:start (generated from BUILTIN_FACTOR_TABLES by test/docs/builtinTableIds.test.ts) -->";
const END = "<!-- builtin-table-ids:end -->";

/** The generated block: one line per built-in table, its id and title, in the order of BUILTIN_FACTOR_TABLES. */
const generated = () => ["| id | what it holds |", "|---|---|", ...BUILTIN_FACTOR_TABLES.map((t) => `| \`${t.id}\` | ${t.title.replaceAll("|", "\\|")} |`)].join("\n");

const blockOf = (text: string) => {
  const [from, to] = [text.indexOf(START), text.indexOf(END)];
  return from < 0 || to < from ? undefined : text.slice(from + START.length, to).trim();
};

describe("docs/scenario-file-reference.md: built-in table ids", () => {
  if (process.env.UPDATE_DOCS === "1") {
    const text = readFileSync(DOC, "utf8");
    const [from, to] = [text.indexOf(START), text.indexOf(END)];
    if (from >= 0 && to > from) writeFileSync(DOC, `${text.slice(0, from + START.length)}\n${generated()}\n${text.slice(to)}`);
  }
  const text = readFileSync(DOC, "utf8");

  it("lists every built-in table id, and no id that is not one", () => {
    const listed = [...(blockOf(text) ?? "").matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(BUILTIN_FACTOR_TABLES.map((t) => t.id));
  });

  it("is exactly the list generated from BUILTIN_FACTOR_TABLES (regenerate with UPDATE_DOCS=1)", () => {
    expect(blockOf(text), `${DOC} has the markers`).toBe(generated());
  });
});
