import { MEASURE_KINDS } from "../../src/engine.js";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileScenarioFile } from "../../src/files/parseScenarioFile.js";
import { measureSchema } from "../../src/measures/registry.js";

// What a new user copies from the guides must work: every complete scenario in a ```yaml block
// compiles, every measure snippet of the catalogue is a valid measure, and every path into the
// installed package that the guides give exists in the package.
const ROOT = new URL("../../", import.meta.url).pathname;
const GUIDES = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const blocks = (file: string) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const packageFiles = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] }).files;

describe("the guides' YAML", () => {
  for (const file of GUIDES) {
    const scenarios = blocks(file).filter((b) => /^baseline:/m.test(b) && /^measures:/m.test(b));
    for (const [i, text] of scenarios.entries()) {
      it(`${file}: scenario ${i + 1} compiles as written`, () => {
        expect(() => compileScenarioFile(text, { fileName: `${file}#${i + 1}.yaml` })).not.toThrow();
      });
    }
  }

  it("docs/measures-catalogue.md: every measure snippet is a valid measure, one per kind", () => {
    const kinds = new Set<string>();
    for (const text of blocks("docs/measures-catalogue.md").filter((b) => /^measures:/m.test(b) && !/^baseline:/m.test(b))) {
      for (const m of (parse(text) as { measures: unknown[] }).measures) {
        const r = measureSchema.safeParse(m);
        expect(r.error?.issues ?? [], JSON.stringify(m)).toEqual([]);
        kinds.add((m as { kind: string }).kind);
      }
    }
    expect(kinds.size).toBe(Object.keys(MEASURE_KINDS).length);
  });

  it("every path into the installed package that a guide or example gives exists and is shipped", () => {
    const files = [...GUIDES, ...readdirSync(join(ROOT, "examples"), { recursive: true }).map(String).filter((f) => f.endsWith(".yaml")).map((f) => `examples/${f}`)];
    for (const file of files) {
      for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(/node_modules\/cobenefits\/([\w./-]+\.json)/g)) {
        const inPackage = m[1]!;
        expect(existsSync(join(ROOT, inPackage)), `${file}: ${inPackage}`).toBe(true);
        expect(packageFiles.some((f) => inPackage.startsWith(`${f}/`) || inPackage === f), `${inPackage} is in package.json files`).toBe(true);
      }
    }
  });
});
