import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The pipeline, in order: each layer may import only from layers before it (and from the
// cross-cutting root files errors.ts and nearestStrings.ts). See docs/architecture.md.
const LAYERS = ["units", "citations", "metrics", "factors", "activity", "accounting", "inventory", "measures", "attribution", "scenario", "costs", "impacts", "uncertainty", "optimise", "report", "files", "cli"];
const SRC = join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function layerOf(file: string): string | undefined {
  const top = relative(SRC, file).split("/")[0];
  if (top === "errors") return undefined; // cross-cutting, like errors.ts
  return LAYERS.includes(top ?? "") ? top : undefined;
}

describe("architecture", () => {
  const all = files(SRC);

  it("keeps every source file inside a known layer or at the root", () => {
    for (const f of all) {
      const rel = relative(SRC, f);
      expect(rel.includes("/") && !rel.startsWith("errors/") ? layerOf(f) : rel, rel).toBeDefined();
    }
  });

  it("lets each layer import only from the layers before it", () => {
    const violations: string[] = [];
    for (const f of all) {
      const from = layerOf(f);
      if (from === undefined) continue;
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/from\s+"(\.[^"]+)"/g)) {
        const target = join(f, "..", m[1] ?? "");
        const to = layerOf(target);
        if (to !== undefined && LAYERS.indexOf(to) > LAYERS.indexOf(from)) violations.push(`${relative(SRC, f)} -> ${m[1]}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("never imports mathjs: the unit grammar computes exact factors from its registry (mathjs is the test oracle, test/units/unitAlgebra.test.ts)", () => {
    const users = all.filter((f) => /from\s+"mathjs"/.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
    expect(users).toEqual([]);
  });

  it("imports zod by named imports only (no bare z)", () => {
    const bare = all.filter((f) => /import\s+(\*\s+as\s+)?z\s+from\s+"zod"|import\s*\{\s*z\s*[,}]/.test(readFileSync(f, "utf8")));
    expect(bare.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("keeps every source file under 400 lines", () => {
    const long = all.filter((f) => readFileSync(f, "utf8").split("\n").length > 400).map((f) => relative(SRC, f));
    expect(long).toEqual([]);
  });
});
