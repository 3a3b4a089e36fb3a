import { describe, expect, it } from "vitest";
import { ScenarioFileError, compileScenarioFile, parseScenarioFile } from "../../src/files.js";

const BASE = [
  "name: base", //                                                    1
  "years: { start: 2030, end: 2031 }", //                             2
  "species: [SO2, NOx]", //                                           3
  "metrics: []", //                                                   4
  "factors:", //                                                      5
  "  onMissing: keep", //                                             6 (unknown key, only when validated)
  "baseline:", //                                                     7
  "  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: 100 } }", // 8
  "  - { id: boilers, sector: 1.A.2, fuel: anthracite, unit: TJ, level: { kind: constant, value: 50 } }", //      9
  "measures:", //                                                     10
  "  - id: fgd", //                                                   11
  "    kind: controlDevice", //                                       12
  "    target: { activityIds: [boilers] }", //                         13
  "    penetration: { kind: interp, points: [{ year: 2030, value: 0.5 }, { year: 2031, value: 0.9 }] }", // 14
  "    removal: { SO2: 0.9 }", //                                      15
  "  - id: curtail", //                                               16
  "    kind: seasonalCurtailment", //                                 17
  "    target: { activityIds: [stoves] }", //                          18
  "    months: [1, 2]", //                                            19
  "    curtailment: 0.1", //                                          20
  "    penetration: { kind: constant, value: 1 }", //                 21
].join("\n");
const CLEAN_BASE = BASE.replace("factors:\n  onMissing: keep\n", "");

function files(extra: Record<string, string>, base = CLEAN_BASE): (path: string) => string {
  const all: Record<string, string> = { "dir/base.yaml": base, ...extra };
  return (path) => {
    if (!Object.hasOwn(all, path)) throw new Error("no such file");
    return all[path]!;
  };
}
const read = (text: string, extra: Record<string, string> = {}, base?: string) =>
  parseScenarioFile(text, { fileName: "variant.yaml", filePath: "dir/variant.yaml", readFile: files(extra, base) });
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioFileError) return e;
    throw e;
  }
  throw new Error("expected a ScenarioFileError");
};

describe("a scenario that extends a base scenario", () => {
  it("takes every field it does not give from the base, read relative to its own folder", () => {
    const s = read("extends: base.yaml\nname: variant\n");
    expect(s.name).toBe("variant");
    expect(s.years).toEqual({ start: 2030, end: 2031 });
    expect(s.baseline.map((b) => b.id)).toEqual(["stoves", "boilers"]);
    expect(s.measures.map((m) => m.id)).toEqual(["fgd", "curtail"]);
  });

  it("merges a measure of the same id field by field, and a mapping deeply", () => {
    const s = read("extends: base.yaml\nmeasures:\n  - { id: fgd, removal: { SO2: 0.95 } }\n");
    const fgd = s.measures.find((m) => m.id === "fgd") as unknown as { removal: unknown; penetration: unknown; target: unknown };
    expect(fgd.removal).toEqual({ SO2: "0.95" }); // the variant's number, read exactly as written
    expect(fgd.target).toEqual({ activityIds: ["boilers"] });
    expect(fgd.penetration).toEqual({ kind: "interp", points: [{ year: 2030, value: "0.5" }, { year: 2031, value: "0.9" }] });
  });

  it("replaces a list that is not keyed by id (a schedule's points, species) whole", () => {
    const s = read("extends: base.yaml\nspecies: [SO2]\nmeasures:\n  - { id: fgd, penetration: { points: [{ year: 2031, value: 1 }] } }\n");
    expect(s.species).toEqual(["SO2"]);
    expect((s.measures[0] as unknown as { penetration: unknown }).penetration).toEqual({ kind: "interp", points: [{ year: 2031, value: "1" }] });
  });

  it("replaces a mapping of another kind whole (a constant schedule in place of an interpolated one)", () => {
    const s = read("extends: base.yaml\nmeasures:\n  - { id: fgd, penetration: { kind: constant, value: 0.7 } }\n");
    expect((s.measures[0] as unknown as { penetration: unknown }).penetration).toEqual({ kind: "constant", value: "0.7" });
  });

  it("removes a base item with remove: true and adds new ids after the base's items", () => {
    const s = read("extends: base.yaml\nmeasures:\n  - { id: fgd, remove: true }\n  - { id: fgd2, kind: controlDevice, target: { activityIds: [stoves] }, penetration: { kind: constant, value: 1 }, removal: { SO2: 0.5 } }\n");
    expect(s.measures.map((m) => m.id)).toEqual(["curtail", "fgd2"]);
  });

  it("follows a chain of bases, each relative to the file that names it", () => {
    const s = read("extends: ../mid/mid.yaml\nname: top\n", { "mid/mid.yaml": "extends: ../dir/base.yaml\nname: mid\nspecies: [NOx]\n" });
    expect([s.name, s.species]).toEqual(["top", ["NOx"]]);
  });

  it("locates a problem of a value the variant gives in the variant, at its line", () => {
    const e = issuesOf(() => read("extends: base.yaml\nmeasures:\n  - id: fgd\n    removal: { SO2: high }\n"));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ file: "variant.yaml", line: 4, path: ["measures", 0, "removal", "SO2"] });
  });

  it("locates a problem of a value the base gives in the base file, at its line, even under a merged item", () => {
    const e = issuesOf(() => read("extends: base.yaml\nmeasures:\n  - { id: fgd, removal: { SO2: 0.95 } }\n", {}, BASE));
    expect(e.issues.map((i) => [i.file, i.line, i.code])).toEqual([["base.yaml", 6, "unknown_key"]]);
    expect(e.message).toContain("base.yaml:6:3 factors");
  });

  it("locates each compile problem in the file that holds it: an unknown fuel in the variant, a curtailment without a monthly profile in the base", () => {
    const e = issuesOf(() => compileScenarioFile("extends: base.yaml\nbaseline:\n  - { id: boilers, fuel: unobtainium }\n", { fileName: "variant.yaml", filePath: "dir/variant.yaml", readFile: files({}) }));
    expect(e.issues.map((i) => [i.file, i.line, i.path.join(".")])).toEqual([["base.yaml", 16, "measures.1.target"], ["variant.yaml", 3, "baseline.1.fuel"]]);
    expect(e.message).toContain("variant.yaml:3:26 baseline[1].fuel: unknown fuel \"unobtainium\"");
  });

  it("refuses a remove that names no base item, with the nearest id, at the item's line", () => {
    const e = issuesOf(() => read("extends: base.yaml\nmeasures:\n  - { id: fdg, remove: true }\n"));
    expect(e.issues[0]).toMatchObject({ file: "variant.yaml", line: 3 });
    expect(e.issues[0]!.message).toContain('did you mean "fgd"?');
  });

  it("refuses a remove that also changes fields", () => {
    const e = issuesOf(() => read("extends: base.yaml\nmeasures:\n  - { id: fgd, remove: true, removal: { SO2: 0.5 } }\n"));
    expect(e.issues[0]!.message).toContain('remove "removal"');
  });

  it("refuses a cycle, naming the chain, at the extends line", () => {
    const e = issuesOf(() => read("name: v\nextends: ../dir/a.yaml\n", { "dir/a.yaml": "extends: variant.yaml\n" }));
    // found where the cycle closes: in a.yaml, at its extends line
    expect(e.issues[0]).toMatchObject({ file: "../dir/a.yaml", line: 1 });
    expect(e.issues[0]!.message).toContain("dir/variant.yaml -> dir/a.yaml -> dir/variant.yaml");
  });

  it("refuses a base it cannot read, and extends without a reader", () => {
    expect(issuesOf(() => read("extends: nowhere.yaml\n")).issues[0]!.message).toBe('cannot read the base scenario "nowhere.yaml" (dir/nowhere.yaml): no such file');
    expect(issuesOf(() => parseScenarioFile("extends: base.yaml\n", { fileName: "v.yaml" })).issues[0]!.message).toContain("pass readFile");
  });

  it("leaves the base's own file content untouched (a base read twice gives the same scenario)", () => {
    const reader = files({});
    const a = parseScenarioFile("extends: base.yaml\nmeasures:\n  - { id: fgd, remove: true }\n", { fileName: "v.yaml", filePath: "dir/v.yaml", readFile: reader });
    const b = parseScenarioFile("extends: base.yaml\n", { fileName: "w.yaml", filePath: "dir/w.yaml", readFile: reader });
    expect([a.measures.length, b.measures.length]).toEqual([1, 2]);
  });
});
