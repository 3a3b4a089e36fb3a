import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
type Conditions = { require?: { types?: string } };
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | Conditions>; typesVersions: Record<string, Record<string, string[]>>; files: string[]; license: string; homepage?: string; repository?: unknown; bugs?: unknown;
};

describe("package.json (issue 14, a lean and complete package)", () => {
  it("maps every subpath for TypeScript's node10 resolution too (typesVersions), to the types `require` gets, so attw is clean on every profile", () => {
    // A new entry in "exports" needs its line in "typesVersions" (and tsup.config.ts, and
    // test/api/publicApi.test.ts); `npm run lint:package` runs attw on all profiles.
    const mapped = pkg.typesVersions["*"]!;
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === "." || subpath === "./package.json") continue;
      const key = subpath.slice(2);
      const expected = typeof target === "string" ? target : target.require?.types;
      expect(mapped[key], `typesVersions["*"]["${key}"]`).toEqual([expected]);
    }
    expect(Object.keys(mapped).length).toBe(Object.keys(pkg.exports).length - 2);
  });

  it("ships the MIT licence, the citation file and the guides that messages link to", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the cobenefits authors\n/);
    expect(readFileSync(join(ROOT, "CITATION.cff"), "utf8")).toMatch(/^cff-version: 1\.2\.0$/m);
    for (const f of ["LICENSE", "CITATION.cff", "docs/*.md"]) expect(pkg.files).toContain(f);
    expect(existsSync(join(ROOT, "docs", "getting-started.md"))).toBe(true);
  });

  it("names its npm page as homepage, and no repository or issue tracker, since none is public", () => {
    expect(pkg.homepage).toBe("https://www.npmjs.com/package/cobenefits");
    expect(pkg.repository).toBeUndefined();
    expect(pkg.bugs).toBeUndefined();
  });
});
