import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
const typedoc = JSON.parse(read("typedoc.json")) as { readme: string; includeVersion: boolean; projectDocuments: string[]; entryPoints: string[] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (["expected", "output", "node_modules"].includes(f) ? [] : files(p)) : [relative(ROOT, p)];
  });
}

describe("the documentation site (npm run docs, typedoc.json)", () => {
  it("opens on the README, shows the version, and has the guides and the examples' READMEs beside the API", () => {
    expect(typedoc.readme).toBe("README.md");
    expect(typedoc.includeVersion).toBe(true);
    expect(typedoc.projectDocuments).toEqual(["docs/*.md", "examples/*/README.md"]);
  });

  it("names each entry's module as it is imported: cobenefits, cobenefits/files ...", () => {
    for (const entry of typedoc.entryPoints) {
      const name = entry === "src/index.ts" ? "cobenefits" : `cobenefits/${entry.replace(/^src\/|\.ts$/g, "")}`;
      expect(read(entry), entry).toMatch(new RegExp(`^ \\* @module ${name}$`, "m"));
    }
  });

  it("links every example (scenario files, TypeScript examples, notebooks, READMEs) from docs/examples.md, and the package ships them", () => {
    const guide = read("docs/examples.md");
    const linked = new Set([...guide.matchAll(/\]\(\.\.\/(examples\/[^)#]+)\)/g)].map((m) => m[1]!));
    // the planner is one example: its README is linked; its page's sources are not scenario examples
    const examples = files(join(ROOT, "examples")).filter((f) => /\.(ya?ml|ts|ipynb|md)$/.test(f) && !f.endsWith("setup.mjs") && (!f.startsWith("examples/planner/") || f === "examples/planner/README.md"));
    expect(examples.filter((f) => !linked.has(f))).toEqual([]);
    for (const f of linked) expect(existsSync(join(ROOT, f)), f).toBe(true);
    const pkgFiles = (JSON.parse(read("package.json")) as { files: string[] }).files;
    expect(pkgFiles).toEqual(expect.arrayContaining(["examples/*/README.md", "examples/*/*.yaml", "examples/*.ts", "examples/*/*.ts", "examples/notebooks/*.ipynb"]));
  });
});
