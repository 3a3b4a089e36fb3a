import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { MEASURE_KINDS } from "../../src/engine.js";

// Adding a measure kind is its file, one registry line, its doc entry and its test
// (docs/architecture.md, "Adding a measure kind"). These checks keep it so: no table elsewhere in
// src/ is keyed by kind names, and every kind is documented and tested.
const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** A file's code without its comments (TSDoc examples name kinds, as users write them). */
const code = (file: string) => readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
const kinds = Object.keys(MEASURE_KINDS);

describe("measure kinds", () => {
  it("are named in code only by their own file and the registry", () => {
    const elsewhere = files(SRC).flatMap((f) => {
      const rel = relative(SRC, f);
      const text = code(f);
      return kinds.filter((k) => rel !== `measures/${k}.ts` && rel !== "measures/registry.ts" && new RegExp(`["'\`]${k}["'\`]|\\b${k}\\s*:`).test(text)).map((k) => `${rel}: ${k}`);
    });
    expect(elsewhere).toEqual([]);
  });

  it("each have an entry in docs/measures-catalogue.md", () => {
    const catalogue = readFileSync(join(ROOT, "docs", "measures-catalogue.md"), "utf8");
    expect(kinds.filter((k) => !new RegExp(`^## ${k}$`, "m").test(catalogue))).toEqual([]);
  });

  it("each have a test in test/measures", () => {
    const tests = files(join(ROOT, "test", "measures")).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(kinds.filter((k) => !new RegExp(`(describe|it)\\("[^"]*\\b${k}\\b`).test(tests))).toEqual([]);
  });
});
