import { describe, expect, it } from "vitest";
import { InvalidInputError, computeEmissions, compileScenario, createFactorSet, ncvRangeIssues, type Scenario } from "../../src/index.js";
import { IPCC2006_NCV } from "../../src/factors/tables/ipcc2006Ncv.js";
import { thrown } from "../fixtures/thrown.js";

// IPCC 2006 Vol. 2 Table 1.2: lignite 11.9 TJ/Gg, lower 5.5, upper 21.6; gas/diesel oil 43.0 (41.4-43.3).
// The lower and upper values were read in a secondary transcription (the rows' `via`).
const boilers = (netCalorificValue: { readonly value: string; readonly unit: string; readonly outsideIpccRange?: string }) => ({ id: "boilers", sector: "1.A.4.a.i", fuel: "lignite", activityLevel: { value: "1000", unit: "t" }, netCalorificValue });

describe("an NCV outside the IPCC 2006 Table 1.2 range of its fuel", () => {
  it("is refused with the range and the table: 5000 GJ/t (a kcal/kg figure) and 3500 kcal/g", () => {
    const [issue] = ncvRangeIssues("lignite", { value: "5000", unit: "GJ/t" }, ["baseline", 0, "netCalorificValue"]);
    expect(issue).toMatchObject({ code: "out_of_range", minimum: "5.5", maximum: "21.6", path: ["baseline", 0, "netCalorificValue", "value"] });
    expect(issue?.message).toMatch(/5000 GJ\/t is outside the lower-upper range of lignite in IPCC 2006 Vol\. 2 Table 1\.2, 5\.5-21\.6 TJ\/Gg/);
    // 3500 kcal/g = 3500 x 4.1868 kJ/g = 14653.8 GJ/t
    expect(ncvRangeIssues("lignite", { value: "3500", unit: "kcal/g" }, [])[0]?.message).toMatch(/it is 14650 GJ\/t/);
  });

  it("accepts values within the range, bounds included, in any energy per mass unit", () => {
    expect(ncvRangeIssues("lignite", { value: "3500", unit: "kcal/kg" }, [])).toEqual([]); // 14.65 GJ/t
    expect(ncvRangeIssues("lignite", { value: "5.5", unit: "GJ/t" }, [])).toEqual([]);
    expect(ncvRangeIssues("lignite", { value: "21.6", unit: "MJ/kg" }, [])).toEqual([]);
  });

  it("is accepted when the row says why, and the reason is shown in the provenance of the energy step", () => {
    const inv = computeEmissions([boilers({ value: "23", unit: "GJ/t", outsideIpccRange: "dried lignite, laboratory report 2024-17" })], { factors: createFactorSet(), species: ["PM2.5"] });
    const steps = inv.rows[0]!.conversions.map((c) => c.description).join("; ");
    expect(steps).toMatch(/stated as outside the IPCC 2006 Vol\. 2 Table 1\.2 range of the fuel: dried lignite, laboratory report 2024-17/);
  });

  it("is refused in an activity, a scenario's baseline row and a userNcv row, each at its field", () => {
    const a = thrown(() => computeEmissions([boilers({ value: "5000", unit: "GJ/t" })], { factors: createFactorSet(), species: ["PM2.5"] }), InvalidInputError);
    expect(a.issues[0]).toMatchObject({ code: "out_of_range", path: ["activities", 0, "netCalorificValue", "value"] });
    const scenario: Scenario = {
      name: "ncv", years: { start: 2025, end: 2025 }, species: ["PM2.5"], metrics: [], measures: [],
      baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "lignite", unit: "t", level: { kind: "constant", value: "1000" }, netCalorificValue: { value: "5000", unit: "GJ/t" } }],
    };
    const s = thrown(() => compileScenario(scenario), InvalidInputError);
    expect(s.issues[0]).toMatchObject({ code: "out_of_range", path: ["baseline", 0, "netCalorificValue", "value"] });
    const u = thrown(() => createFactorSet({ userNcv: [{ id: "mine.lignite", fuel: "lignite", value: "3500", unit: "kcal/g", source: { id: "IPCC2006-V2-Ch1", table: "Table 1.2" }, quality: "userSupplied" }] }), InvalidInputError);
    expect(u.issues[0]).toMatchObject({ code: "out_of_range", path: ["userNcv", 0, "value"] });
  });

  it("checks against every built-in range, each bracketing its default value", () => {
    const ranged = IPCC2006_NCV.filter((r) => r.ci !== undefined);
    expect(ranged.map((r) => r.fuel).sort()).toEqual(["anthracite", "gasDieselOil", "lignite", "lpg", "motorGasoline", "naturalGas", "otherBituminousCoal", "residualFuelOil", "subBituminousCoal"]);
    for (const r of ranged) {
      expect(ncvRangeIssues(r.fuel, { value: r.value, unit: r.unit }, [])).toEqual([]);
      expect(r.via).toMatch(/not checked against the PDF/);
    }
  });
});
