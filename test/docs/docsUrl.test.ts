import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COBENEFITS_VERSION, docsUrl } from "../../src/docsUrl.js";

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; files: string[] };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("documentation links in messages", () => {
  it("name the package version written once in src/docsUrl.ts, the one package.json and CITATION.cff carry", () => {
    expect(COBENEFITS_VERSION).toBe(pkg.version);
    expect(readFileSync(join(ROOT, "CITATION.cff"), "utf8")).toContain(`version: "${pkg.version}"`);
    expect(docsUrl("errors.md", "error-codes")).toBe(`https://unpkg.com/cobenefits@${pkg.version}/docs/errors.md#error-codes`);
  });

  it("point only to guides that exist in docs/ and that the package ships (files: docs/*.md)", () => {
    const named = sources(join(ROOT, "src")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/docsUrl\("([^"]+)"/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThanOrEqual(7);
    for (const file of new Set(named)) expect(existsSync(join(ROOT, "docs", file)), file).toBe(true);
    expect(pkg.files).toContain("docs/*.md");
  });

  it("leave no relative docs/ path in a message: every one is an absolute link", () => {
    // A message string names a guide as "docs/x.md" only in comments and TSDoc, never in code.
    const relative = sources(join(ROOT, "src")).flatMap((f) =>
      readFileSync(f, "utf8").split("\n").filter((l) => /[`"(]\s*(?:see )?docs\/[a-z-]+\.md|\(docs\/[a-z-]+\.md/.test(l) && !/^\s*(\*|\/\/)/.test(l) && !/note: "|description: "|^\s*"Published/.test(l)).map((l) => `${f}: ${l.trim()}`),
    );
    expect(relative).toEqual([]);
  });
});
