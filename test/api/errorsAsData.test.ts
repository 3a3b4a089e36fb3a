import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CobenefitsError, ERROR_CODES, ISSUE_CODES, InvalidInputError, MissingFactorError, SPECIES, UnknownFactorError, UnknownTechnologyError,
  compileScenario, createFactorSet, lookupFactor,
} from "../../src/index.js";
import type { Scenario } from "../../src/index.js";
import { ScenarioFileError, compileScenarioFile } from "../../src/files.js";
import { BUSES, STOVES } from "../measures/fixtures.js";
import { thrown } from "../fixtures/thrown.js";

// Issue 9, item 4: errors are data all the way through: a code from one list, typed fields, the
// original kept as `cause`, one class for one or many missing factors, messages that speak of the
// user's input, suggestions computed only when a message is read.

const scenario = (over: Partial<Scenario> = {}): Scenario => ({
  name: "t", years: { start: 2030, end: 2030 }, species: [...SPECIES], metrics: [], baseline: [STOVES, BUSES], measures: [], onMissingFactor: "error", ...over,
});
const thrownError = (f: () => unknown): CobenefitsError => thrown(f, CobenefitsError);
/** Every text the error shows about the scenario: its message, its issues', its gaps' reasons. */
const texts = (e: CobenefitsError): string[] => [
  e.message,
  ...(e instanceof InvalidInputError ? e.issues.map((i) => i.message) : []),
  ...(e instanceof MissingFactorError ? e.missing.map((m) => m.reason) : []),
];

describe("messages speak of the user's input, never of internal accounting rows", () => {
  it("says baseline[1], never activities[0], for missing factors of two rows, in one MissingFactorError listing every one", () => {
    // the same scenario under "omit" lists which rows miss a factor; under "error" each missing factor is one problem
    const gaps = compileScenario(scenario({ onMissingFactor: "omit" })).missing;
    const rows = [...new Set(gaps.map((g) => g.activityId))];
    expect(rows).toEqual(["stoves", "buses"]); // both rows miss a factor for some of the species
    const e = thrownError(() => compileScenario(scenario()));
    expect(e).toBeInstanceOf(MissingFactorError);
    expect(e.code).toBe("MISSING_FACTOR");
    // every gap "omit" lists, each species of each row, at its row (review 10, defect 10)
    const rowPath = (id: string | undefined) => ["baseline", id === "stoves" ? 0 : 1];
    expect((e as MissingFactorError).missing.map((m) => [m.activityId, m.species, m.path])).toEqual(gaps.map((g) => [g.activityId, g.species, rowPath(g.activityId)]));
    for (const text of texts(e)) expect(text).not.toContain("activities[");
    expect(e.message).toContain("baseline[1]");
  });

  it("locates each missing factor of a scenario file at its own row's line", () => {
    const e = thrownError(() => compileScenarioFile(JSON.stringify(scenario(), null, 2), { fileName: "city.json" }));
    expect(e).toBeInstanceOf(ScenarioFileError);
    expect(e.code).toBe("MISSING_FACTOR");
    const issues = (e as ScenarioFileError).issues;
    const gaps = compileScenario(scenario({ onMissingFactor: "omit" })).missing;
    expect(issues.map((i) => [i.path, i.errorCode])).toEqual(gaps.map((g) => [["baseline", g.activityId === "stoves" ? 0 : 1], "MISSING_FACTOR"]));
    for (const i of issues) expect(i.line).toBeGreaterThan(1);
    expect(e.message).not.toContain("activities[");
  });

  it("uses the same class for one missing factor", () => {
    const species = compileScenario(scenario({ baseline: [BUSES], onMissingFactor: "omit" })).missing[0]!.species as Scenario["species"][number];
    const e = thrownError(() => compileScenario(scenario({ baseline: [BUSES], species: [species] })));
    expect(e).toBeInstanceOf(MissingFactorError);
    expect((e as MissingFactorError).missing).toHaveLength(1);
    expect((e as MissingFactorError).activityId).toBe("buses");
    expect(e.message).not.toContain("activities[");
  });

  it("locates an unknown technology at baseline[0].technology, keeping the lookup error as the issue's cause", () => {
    const e = thrownError(() => compileScenario(scenario({ species: ["SO2"], baseline: [{ ...STOVES, technology: "Stoker" }] })));
    expect(e).toBeInstanceOf(InvalidInputError);
    const issue = (e as InvalidInputError).issues[0]!;
    expect(issue).toMatchObject({ code: "error", errorCode: "UNKNOWN_TECHNOLOGY", path: ["baseline", 0, "technology"] });
    expect(issue.cause).toBeInstanceOf(UnknownTechnologyError);
    expect((issue.cause as UnknownTechnologyError).technology).toBe("Stoker");
    for (const text of texts(e)) expect(text).not.toContain("activities[");
  });

  it("relocates a refused electricity row (power counted twice) at baseline[0].sector", () => {
    const power = { id: "power", sector: "1.A.1.a", fuel: "electricity", unit: "MWh", level: { kind: "constant", value: "1" } } as const;
    const e = thrownError(() => compileScenario(scenario({ species: ["CO2"], baseline: [power], gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" } })));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.map((i) => i.path)).toEqual([["baseline", 0, "sector"]]);
    for (const text of texts(e)) expect(text).not.toContain("activities[");
  });
});

describe("suggestions are computed only when a message is read", () => {
  it("does not compute an unknown factor's nearest keys until its message or nearest is read", () => {
    let computed = 0;
    const e = new UnknownFactorError({ sector: "1.A.4.b.i", fuel: "peat", pollutant: "NH3" }, () => {
      computed++;
      return ["1.A.4.b.i / peat / NOx"];
    });
    expect(e.summary).toBe("no emission factor for 1.A.4.b.i / peat / NH3");
    expect(computed).toBe(0);
    expect(e.message).toContain("nearest valid keys: 1.A.4.b.i / peat / NOx");
    expect(e.nearest).toEqual(["1.A.4.b.i / peat / NOx"]);
    expect(computed).toBe(1); // once, shared by the message and `nearest`
  });

  it("lists a gap under omit by what is missing, without suggestions", () => {
    const gap = compileScenario(scenario({ onMissingFactor: "omit" })).missing[0]!;
    expect(gap.reason).not.toMatch(/nearest|activities\[/);
  });

  it("still names the nearest keys when a lookup fails and its message is read", () => {
    const e = thrownError(() => lookupFactor(createFactorSet(), { sector: "1.A.4.b.i", fuel: "peat", pollutant: "NH3" }));
    expect(e.code).toBe("UNKNOWN_FACTOR");
    // the nearest key by edit distance: same sector and pollutant, another fuel
    expect((e as UnknownFactorError).nearest[0]).toBe("1.A.4.b.i / biomass / NH3");
    expect(e.message).toContain("nearest valid keys: 1.A.4.b.i / biomass / NH3");
  });
});

describe("codes are one documented list", () => {
  it("types every thrown code as an ErrorCode and every issue code as an IssueCode", () => {
    const e = thrownError(() => compileScenario({ ...scenario(), species: ["SO2", "SO2"], colour: "red" } as never)) as InvalidInputError;
    expect(ERROR_CODES).toContain(e.code);
    expect(e.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["duplicate", "unknown_key"]));
    for (const i of e.issues) expect(ISSUE_CODES).toContain(i.code);
  });

  it("lists every error code and issue code in docs/errors.md", () => {
    const doc = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");
    for (const code of [...ERROR_CODES, ...ISSUE_CODES]) expect(doc, code).toContain(`\`${code}\``);
  });
});
