import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DuplicateIdError, InvalidInputError, ScenarioFileError, type InputIssue } from "../../src/errors.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { createCitationRegistry } from "../../src/citations/registry.js";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { MAX_DECIMAL_EXPONENT, isDecimalString, parseDecimal } from "../../src/units/decimal.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { thrown } from "../fixtures/thrown.js";

const STOVES = { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } } as const;
const FGD = { id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } } as const;
const scenario = (over: Partial<Record<keyof Scenario, unknown>> = {}): Scenario =>
  ({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"], baseline: [STOVES], measures: [FGD], ...over }) as Scenario;

const issuesOf = (f: () => unknown): readonly InputIssue[] => thrown(f, InvalidInputError).issues;
const fileIssues = (text: string) => {
  try {
    compileScenarioFile(text, { fileName: "city.yaml" });
  } catch (e) {
    if (e instanceof ScenarioFileError) return e.issues.map((i) => ({ path: i.path, line: i.line, message: i.message }));
    throw e;
  }
  throw new Error("expected the file to be refused");
};

/** A scenario file whose lines are known: line n is LINES[n - 1]. */
const file = (over: { species?: string; metrics?: string; value?: string; grid?: string; second?: string; measures?: string[] } = {}) =>
  [
    "name: demo", // 1
    "years: { start: 2030, end: 2030 }", // 2
    `species: ${over.species ?? "[SO2, CO2]"}`, // 3
    `metrics: ${over.metrics ?? "[AR6-GWP100]"}`, // 4
    "baseline:", // 5
    `  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: ${over.value ?? '"100"'} } }`, // 6
    `  - { id: ${over.second ?? "boilers"}, sector: 1.A.4.a.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: "50" } }`, // 7
    ...(over.grid === undefined ? [] : [`gridFactor: { id: ${over.grid} }`]), // 8 when given
    "measures:",
    ...(over.measures ?? ["  - { id: fgd, kind: controlDevice, target: { activityIds: [stoves] }, penetration: { kind: constant, value: \"0.5\" }, removal: { SO2: \"0.9\" } }"]),
  ].join("\n");

describe("a species, metric or id listed twice is refused, never counted twice (issue 8, defect 2)", () => {
  it("refuses a species listed twice, at the repetition, naming the first", () => {
    expect(issuesOf(() => compileScenario(scenario({ species: ["PM2.5", "SO2", "CO2", "CO2"] })))).toMatchObject([
      { code: "duplicate", path: ["species", 3], message: '"CO2" is listed twice (first at species[2])' },
    ]);
  });

  it("refuses a metric listed twice (it would double the CO2e)", () => {
    expect(issuesOf(() => compileScenario(scenario({ metrics: ["AR6-GWP100", "AR6-GWP100"] })))).toMatchObject([
      { code: "duplicate", path: ["metrics", 1], message: '"AR6-GWP100" is listed twice (first at metrics[0])' },
    ]);
  });

  it("refuses repeated activity, measure and built-in table ids, each at its own path, all at once", () => {
    const paths = issuesOf(() =>
      compileScenario(scenario({ baseline: [STOVES, STOVES], measures: [FGD, FGD], factors: { builtinTables: ["ipcc-2006-stationary", "ipcc-2006-stationary"] } })),
    ).map((i) => i.path);
    expect(paths).toEqual([["baseline", 1, "id"], ["measures", 1, "id"], ["factors", "builtinTables", 1]]);
  });

  it("reports a repetition together with the other problems of the scenario", () => {
    const paths = issuesOf(() => compileScenario(scenario({ species: ["SO2", "SO2"], years: { start: 2030 } }))).map((i) => i.path);
    expect(paths).toContainEqual(["years", "end"]);
    expect(paths).toContainEqual(["species", 1]);
  });

  it("locates repetitions in a file at their lines", () => {
    const issues = fileIssues(file({ species: "[PM2.5, SO2, CO2, CO2]", metrics: "[AR6-GWP100, AR6-GWP100]", second: "stoves" }));
    expect(issues.map((i) => [i.path, i.line])).toEqual([
      [["species", 3], 3],
      [["metrics", 1], 4],
      [["baseline", 1, "id"], 7],
    ]);
    expect(issues[0]?.message).toBe('"CO2" is listed twice (first at species[2])');
  });

  it("refuses a user table id used twice, from code and in a scenario's factors", () => {
    const again = { ...CITY_TABLE, rows: [] };
    try {
      createFactorSet({ userTables: [CITY_TABLE, again], userCitations: [CITY_CITATION] }, ["factors"]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DuplicateIdError);
      expect((e as DuplicateIdError).code).toBe("DUPLICATE_TABLE_ID");
      expect((e as DuplicateIdError).path).toEqual(["factors", "userTables", 1, "id"]);
      expect((e as DuplicateIdError).message).toMatch(/table id "test-city-2024" is listed twice \(first at factors\.userTables\[0\]\.id\)/);
    }
  });

  it("refuses a user citation id listed twice among the user's citations", () => {
    try {
      createFactorSet({ userCitations: [CITY_CITATION, CITY_CITATION] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DuplicateIdError);
      expect((e as DuplicateIdError).path).toEqual(["userCitations", 1, "id"]);
      expect((e as DuplicateIdError).message).toMatch(/listed twice \(first at userCitations\[0\]\.id\)/);
    }
    expect(() => createCitationRegistry([CITY_CITATION, CITY_CITATION])).toThrow(/defined twice/);
  });

  it("gives the same numbers whatever the order of the species and metrics", () => {
    const species = ["PM2.5", "SO2", "CO2", "CH4", "BC"] as const;
    const metrics = ["AR6-GWP100", "AR6-GWP20", "AR5-GWP100"];
    const key = (r: ReturnType<typeof evaluateScenario>) => ({
      emissions: Object.fromEntries(r.emissions.map((e) => [`${e.year}|${e.sector}|${e.scope}|${e.species}`, [e.baseline, e.scenario]])),
      attribution: Object.fromEntries(r.attribution.map((a) => [`${a.measure}|${a.species}`, [a.standalone, a.sequential, a.shapley]])),
      co2e: Object.fromEntries(r.co2e.map((c) => [c.metric, [c.baseline, c.scenario]])),
      co2eAttribution: Object.fromEntries(r.co2eAttribution.map((c) => [`${c.metric}|${c.measure}`, c.shapley])),
    });
    const reference = key(evaluateScenario(compileScenario(scenario({ species: [...species], metrics }))));
    fc.assert(
      fc.property(fc.shuffledSubarray([...species], { minLength: 5, maxLength: 5 }), fc.shuffledSubarray(metrics, { minLength: 3, maxLength: 3 }), (sp, ms) => {
        expect(key(evaluateScenario(compileScenario(scenario({ species: sp, metrics: ms }))))).toEqual(reference);
      }),
      { numRuns: 15 },
    );
  });
});

describe("decimals out of range are refused when read, with their path (issue 8, defect 9)", () => {
  it("refuses a value that decimal arithmetic would turn into Infinity or 0, from code", () => {
    for (const value of ["1e9999999999999999", "1e-9999999999999999", `1e${MAX_DECIMAL_EXPONENT + 1}`]) {
      const issues = issuesOf(() => compileScenario(scenario({ baseline: [{ ...STOVES, level: { kind: "constant", value } }] })));
      expect(issues).toMatchObject([{ path: ["baseline", 0, "level", "value"], message: expect.stringMatching(/is out of range: a decimal must be 0 or between 1e-100000 and 1e100001/) }]);
    }
  });

  it("refuses it in a file at its line, quoted or written as a plain number", () => {
    for (const value of ['"1e9999999999999999"', "1e9999999999999999"]) {
      expect(fileIssues(file({ value })).map((i) => [i.path, i.line])).toEqual([[["baseline", 0, "level", "value"], 6]]);
    }
  });

  it("refuses it in a user factor table too", () => {
    const table = { ...CITY_TABLE, rows: [{ ...CITY_TABLE.rows[0]!, value: "1e9999999999999999" }] };
    const paths = issuesOf(() => createFactorSet({ userTables: [table], userCitations: [CITY_CITATION] }, ["factors"])).map((i) => i.path);
    expect(paths).toEqual([["factors", "userTables", 0, "rows", 0, "value"]]);
  });

  it("still computes 1e400 and a number written with 100,000 digits exactly", () => {
    for (const value of ["1e400", "1".repeat(100_000), `0.${"1".repeat(100_000)}`]) {
      const r = evaluateScenario(compileScenario(scenario({ baseline: [{ ...STOVES, level: { kind: "constant", value } }] })));
      expect(r.emissions.every((e) => /^[0-9.e+-]+$/.test(e.baseline) && !/NaN|Infinity/.test(e.baseline))).toBe(true);
    }
    const r = evaluateScenario(compileScenario(scenario({ baseline: [{ ...STOVES, level: { kind: "constant", value: "1e400" } }] })));
    expect(r.emissions.find((e) => e.species === "SO2")?.baseline).toBe("9e+399"); // 1e400 TJ x 0.9 t SO2/TJ
  });

  it("reads the range limits exactly: 0 always, magnitudes from 1e-100000 to below 1e100001", () => {
    expect(["0", "0e99999999999999999999", "1e100000", "9.99e100000", "1e-100000", "-1e100000"].map(isDecimalString)).toEqual([true, true, true, true, true, true]);
    expect(["1e100001", "1e-100001", "1e9999999999999999", "NaN"].map(isDecimalString)).toEqual([false, false, false, false]);
    expect(() => parseDecimal("1e9999999999999999", "mass")).toThrow(/mass: 1e9999999999999999 is out of range/);
  });
});

describe("compile errors point at the field at fault (issue 8, defect 10)", () => {
  it("locates an unknown grid factor id at gridFactor.id, with the nearest ids", () => {
    const issues = issuesOf(() => compileScenario(scenario({ gridFactor: { id: "grid.CN.2022.MEE-NBS.national-averag" } })));
    expect(issues).toMatchObject([{ code: "unknown_reference", path: ["gridFactor", "id"], message: expect.stringMatching(/unknown grid factor id "grid\.CN\.2022\.MEE-NBS\.national-averag"; nearest: grid\.CN\.2022\.MEE-NBS\.national-average/) }]);
    expect(fileIssues(file({ grid: "grid.XX.nowhere" })).map((i) => [i.path, i.line])).toEqual([[["gridFactor", "id"], 8]]);
  });

  it("locates an overclaim at the penetration of the last claiming measure, at its line in a file", () => {
    const swap = (id: string, p: string) => `  - { id: ${id}, kind: fuelSwitch, target: { activityIds: [stoves] }, penetration: { kind: constant, value: "${p}" }, to: { fuel: naturalGas }, efficiencyFrom: "0.5", efficiencyTo: "0.8", toUnit: GJ }`;
    const issues = fileIssues(file({ measures: [swap("swap", "0.5"), swap("swap2", "0.6")] }));
    expect(issues.map((i) => [i.path, i.line])).toEqual([[["measures", 1, "penetration"], 10]]);
    expect(issues[0]?.message).toMatch(/measures swap and swap2 together claim 1\.1 of activity "stoves"/);
  });
});

describe("free text and ids have a length limit (issue 8, defect 12)", () => {
  it("refuses a name over 2000 characters and an id over 200, without echoing them whole", () => {
    const issues = issuesOf(() => compileScenario(scenario({ name: "n".repeat(2001), baseline: [{ ...STOVES, id: "s".repeat(201) }], measures: [] })));
    expect(issues.map((i) => i.path)).toEqual([["name"], ["baseline", 0, "id"]]);
    expect(issues[1]?.message).toMatch(/\(201 characters\) is longer than 200 characters/);
    expect(issues.every((i) => i.message.length < 200)).toBe(true);
  });

  it("refuses a measure label over 2000 characters at its path", () => {
    const paths = issuesOf(() => compileScenario(scenario({ measures: [{ ...FGD, label: "l".repeat(2001) }] }))).map((i) => i.path);
    expect(paths).toEqual([["measures", 0, "label"]]);
  });

  it("refuses a long key in a user factor table without echoing it whole", () => {
    const table = { ...CITY_TABLE, rows: [{ ...CITY_TABLE.rows[0]!, ["k".repeat(201)]: "x" }] };
    const issues = issuesOf(() => createFactorSet({ userTables: [table], userCitations: [CITY_CITATION] }, ["factors"]));
    expect(issues[0]).toMatchObject({ code: "too_big", path: ["factors", "userTables", 0, "rows", 0], message: `a key "${"k".repeat(30)}..." (201 characters) is longer than 200 characters` });
  });

  it("accepts text at the limits", () => {
    expect(() => compileScenario(scenario({ name: "n".repeat(2000), description: "d".repeat(2000), measures: [{ ...FGD, id: "m".repeat(200), label: "l".repeat(2000) }] }))).not.toThrow();
  });

  it("refuses a long citation title from code", () => {
    const paths = issuesOf(() => createCitationRegistry([{ ...CITY_CITATION, title: "t".repeat(2001) }])).map((i) => i.path);
    expect(paths).toEqual([[0, "title"]]);
  });
});

describe("what a reviewer found repeated after issue 8", () => {
  it("refuses an activity id listed twice in a measure's target", () => {
    const twice = { ...FGD, target: { activityIds: ["stoves", "stoves"] } };
    expect(issuesOf(() => compileScenario(scenario({ measures: [twice] }))).map((i) => [i.path.join("."), i.message])).toEqual([
      ["measures.0.target.activityIds.1", 'activity id "stoves" is listed twice (first at measures[0].target.activityIds[0])'],
    ]);
  });

  it("refuses a second NCV for the same fuel, which lookups would silently ignore (the result depended on row order)", () => {
    const source = { id: "IPCC2006-V2-Ch1", table: "1.2" };
    const ncv = (id: string, value: string) => ({ id, fuel: "otherBituminousCoal", value, unit: "GJ/t", source, quality: "userSupplied" });
    const issues = issuesOf(() => createFactorSet({ userNcv: [ncv("n1", "20"), ncv("n2", "30")] } as never));
    expect(issues.map((i) => i.path.join("."))).toEqual(["userNcv.1.fuel"]);
    expect(issuesOf(() => createFactorSet({ userNcv: [ncv("n1", "20"), { ...ncv("n1", "25"), fuel: "anthracite" }] } as never)).map((i) => i.path.join("."))).toEqual(["userNcv.1.id"]);
  });
});
