import { describe, expect, it } from "vitest";
import { computeEmissions } from "../../src/accounting/computeEmissions.js";
import { InvalidInputError, UnitError, UnitSyntaxError, UnknownUnitError } from "../../src/errors.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { STOVES } from "../measures/fixtures.js";
import { thrown } from "../fixtures/thrown.js";

// Issue 8, defects 1 and 3, through the public entry points: a unit with a number in front, or a
// name that is an object property, is a typed error at the field it was written in.


const boilers = { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "100", unit: "kt" } };
const emissionsOf = (row: object) => computeEmissions([row as typeof boilers], { factors: createFactorSet(), species: ["NOx"] });

describe("computeEmissions names the unit field that is refused", () => {
  it("refuses an activity unit with a number in front (1000t), at activityLevel.unit", () => {
    const e = thrown(() => emissionsOf({ ...boilers, activityLevel: { value: "100", unit: "1000t" } })) as UnitSyntaxError;
    expect(e).toBeInstanceOf(UnitSyntaxError);
    expect(e.path).toEqual(["activities", 0, "activityLevel", "unit"]);
    expect(e.nearest[0]).toBe("kt");
  });

  it("refuses an NCV unit with a number in front (GJ/1000t), at netCalorificValue.unit", () => {
    const e = thrown(() => emissionsOf({ ...boilers, netCalorificValue: { value: "20", unit: "GJ/1000t" } })) as UnitSyntaxError;
    expect(e).toBeInstanceOf(UnitSyntaxError);
    expect(e.path).toEqual(["activities", 0, "netCalorificValue", "unit"]);
    expect(e.nearest[0]).toBe("GJ/kt");
  });

  it.each(["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"])("refuses the activity unit %s with a typed error", (unit) => {
    const e = thrown(() => emissionsOf({ ...boilers, activityLevel: { value: "100", unit } }));
    expect(e).toBeInstanceOf(UnknownUnitError);
    expect((e as UnitError).path).toEqual(["activities", 0, "activityLevel", "unit"]);
  });

  it("refuses the NCV unit constructor/t with a typed error", () => {
    const e = thrown(() => emissionsOf({ ...boilers, netCalorificValue: { value: "20", unit: "constructor/t" } }));
    expect(e).toBeInstanceOf(UnknownUnitError);
    expect((e as UnitError).path).toEqual(["activities", 0, "netCalorificValue", "unit"]);
  });

  it("gives the same emissions for 1 kt as for 1000 t written in the value", () => {
    const inKt = emissionsOf({ ...boilers, activityLevel: { value: "1", unit: "kt" } }).totals;
    const inT = emissionsOf({ ...boilers, activityLevel: { value: "1000", unit: "t" } }).totals;
    expect(inT).toEqual(inKt);
  });
});

describe("createFactorSet names the unit of a user factor row that is refused", () => {
  it("refuses a factor unit with a number in front (1000g/GJ), at the row's unit", () => {
    const rows = CITY_TABLE.rows.map((r, i) => (i === 0 ? { ...r, unit: "1000g/GJ" } : r));
    const e = thrown(() => createFactorSet({ userTables: [{ ...CITY_TABLE, rows }], userCitations: [CITY_CITATION] }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.map((i) => i.path)).toEqual([["userTables", 0, "rows", 0, "unit"]]);
  });

  it("refuses a user NCV unit with a number in front (GJ/1000t), at the NCV's unit", () => {
    const ncv = { id: "n", fuel: "otherBituminousCoal", value: "20", unit: "GJ/1000t", source: { id: CITY_CITATION.id, table: "T1" }, quality: "userSupplied" } as const;
    const e = thrown(() => createFactorSet({ userNcv: [ncv], userCitations: [CITY_CITATION] }));
    expect((e as InvalidInputError).issues.map((i) => i.path)).toEqual([["userNcv", 0, "unit"]]);
  });
});

describe("compileScenario refuses a scenario whose units are outside the grammar", () => {
  const scenario = (baseline: Scenario["baseline"]): Scenario => ({
    name: "t", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline, measures: [], onMissingFactor: "omit",
  });
  const issuesOf = (s: Scenario) => (thrown(() => compileScenario(s)) as InvalidInputError).issues;

  it("refuses an activity unit with a number in front (1000t) at its baseline row, naming kt", () => {
    const [issue, ...rest] = issuesOf(scenario([{ ...STOVES, unit: "1000t" }]));
    expect(rest).toEqual([]);
    expect(issue?.path.slice(0, 2)).toEqual(["baseline", 0]);
    expect(issue?.message).toContain('"1000t" is not a unit');
    expect(issue?.message).toContain('"kt"');
  });

  it("refuses an NCV unit that is an object property (constructor/t) at its baseline row", () => {
    const [issue] = issuesOf(scenario([{ ...STOVES, unit: "kt", netCalorificValue: { value: "20", unit: "constructor/t" } }]));
    expect(issue?.path.slice(0, 2)).toEqual(["baseline", 0]);
    expect(issue?.message).toContain('unknown unit "constructor/t"');
  });

  it("refuses a fuel switch to a scaled unit (1000GJ) at its toUnit", () => {
    const s: Scenario = {
      ...scenario([STOVES]),
      measures: [{ id: "to-gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "1000GJ" }],
    };
    expect(issuesOf(s).map((i) => i.path)).toEqual([["measures", 0, "toUnit"]]);
  });
});
