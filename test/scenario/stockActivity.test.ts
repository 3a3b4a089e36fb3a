import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, StockUnitsError, compileScenario, evaluateScenario, evaluateScenarioFast, factorProvenance, coBenefitSummary, toDec, withPenetrations, type Scenario } from "../../src/index.js";
import { perUnitTableToCsv } from "../../src/report.js";
import { formatResultTable } from "../../src/report.js";
import { compileScenarioFile } from "../../src/files.js";
import { ScenarioFileError } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

// Built-in factors used below (EMEP/EEA 2019, as the provenance table of each plan shows):
// - 1.A.4.b.i lignite (hard and brown coal), Tier 1 Table 3-3: PM2.5 398 g/GJ, with the IPCC 2006
//   lignite default NCV 11.9 GJ/t: 4.7362 t PM2.5 per kt.
// - 1.A.3.b.i Diesel Medium Euro 3, Tier 2 Table 3-18: PM2.5 0.0391 g/km.
const household = (value: string) => ({ unit: "household", level: { kind: "constant" as const, value } });

/** Ulaanbaatar's ger-area stoves, counted in households (202,000 households: Government of Mongolia, 2018). */
const gerStoves = (stock: string, intensity = "5.4"): Scenario["baseline"][number] => ({
  id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", unit: "kt", heatSegment: "ger-households",
  stock: household(stock), intensity: { value: intensity, unit: "t/household" },
});

const scenarioOf = (baseline: Scenario["baseline"], measures: Scenario["measures"] = [], species: Scenario["species"] = ["PM2.5"]): Scenario => ({
  name: "stock", years: { start: 2025, end: 2026 }, species, metrics: [], baseline, measures,
});

/** Grade-5 diesel cars in Seoul, counted in vehicles (illustrative 100,000 cars x 11,000 km/yr). */
const seoulCars: Scenario["baseline"][number] = {
  id: "grade5-diesel-cars", sector: "1.A.3.b.i", fuel: "gasDieselOil", technology: "Diesel Medium - Euro 3 - 98/69/EC I", unit: "vkm",
  stock: { unit: "vehicle", level: { kind: "constant", value: "100000" } }, intensity: { value: "11", unit: "kvkm/vehicle" },
};

describe("an activity given as stock x intensity", () => {
  it("has the level stock x intensity, exactly, in the row's unit: 202,000 households x 5.4 t = 1090.8 kt", () => {
    const plan = compileScenario(scenarioOf([gerStoves("202000")]));
    expect(plan.lineages[0]!.amounts.map(String)).toEqual(["1090.8", "1090.8"]);
    expect(plan.lineages[0]!.stock?.counts.map(String)).toEqual(["202000", "202000"]);
    expect(plan.lineages[0]!.stock?.intensity.map(String)).toEqual(["0.0054", "0.0054"]); // kt per household
  });

  it("emits exactly what the same level given directly emits, and shows its stock and intensity in the result", () => {
    const byStock = evaluateScenario(compileScenario(scenarioOf([gerStoves("202000")])));
    const byLevel = evaluateScenario(compileScenario(scenarioOf([{ id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", unit: "kt", heatSegment: "ger-households", level: { kind: "constant", value: "1090.8" } }])));
    expect(byStock.emissions).toEqual(byLevel.emissions);
    // 1090.8 kt x 4.7362 t/kt (EMEP/EEA 2019 1.A.4.b.i Table 3-3, 398 g/GJ x 11.9 GJ/t)
    expect(byStock.emissions[0]!.baseline).toBe("5166.24696");
    expect(byStock.stocks[0]).toEqual({ activityId: "ger-stoves", year: 2025, stock: "202000", stockUnit: "household", intensity: "0.0054", intensityUnit: "kt/household", level: "1090.8", unit: "kt" });
    expect(byLevel.stocks).toEqual([]);
  });

  it("takes an intensity schedule, so the activity per unit of stock can change over the years", () => {
    const row = { ...gerStoves("1000"), intensity: { unit: "t/household", level: { kind: "interp" as const, points: [{ year: 2025, value: "5" }, { year: 2026, value: "4" }] } } };
    expect(compileScenario(scenarioOf([row])).lineages[0]!.amounts.map(String)).toEqual(["5", "4"]);
  });

  it("scales its emissions linearly with the stock (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 }), (stock, k) => {
        const one = evaluateScenario(compileScenario(scenarioOf([gerStoves(String(stock))])));
        const scaled = evaluateScenario(compileScenario(scenarioOf([gerStoves(String(stock * k))])));
        return toDec(scaled.emissions[0]!.baseline).eq(toDec(one.emissions[0]!.baseline).times(k));
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a level together with a stock, a stock without intensity, and an intensity per another count", () => {
    const both = thrown(() => compileScenario(scenarioOf([{ ...gerStoves("1"), level: { kind: "constant", value: "1" } }])), InvalidInputError);
    expect(both.issues.map((i) => i.path)).toEqual([["baseline", 0, "stock"]]);
    const { intensity: _i, ...noIntensity } = gerStoves("1");
    expect(thrown(() => compileScenario(scenarioOf([noIntensity])), InvalidInputError).issues.map((i) => i.path)).toEqual([["baseline", 0, "intensity"]]);
    const perVehicle = thrown(() => compileScenario(scenarioOf([{ ...gerStoves("1"), intensity: { value: "5", unit: "t/vehicle" } }])), InvalidInputError);
    expect(perVehicle.issues[0]!.path).toEqual(["baseline", 0, "intensity", "unit"]);
    expect(perVehicle.issues[0]!.message).toContain("write t/household");
  });

  it("refuses a negative stock in a year, at the stock", () => {
    const e = thrown(() => compileScenario(scenarioOf([{ ...gerStoves("1"), stock: household("-5") }])), InvalidInputError);
    expect(e.issues[0]!.path).toEqual(["baseline", 0, "stock"]);
  });
});

describe("a measure stated in units of stock", () => {
  it("scraps 21,986 of Seoul's 100,000 grade-5 diesel cars: the penetration is 0.21986 and the reduction 21,986 cars' worth", () => {
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "21986" } }, replacement: null };
    const plan = compileScenario(scenarioOf([seoulCars], [scrap]));
    expect(plan.measures[0]!.penetration.map(String)).toEqual(["0.21986", "0.21986"]);
    const result = evaluateScenario(plan);
    // 21,986 vehicles x 11,000 vkm x 0.0391 g/km (EMEP/EEA 2019 1.A.3.b.i Table 3-18) = 9.4561786 t PM2.5
    expect(result.attribution[0]!.standalone).toBe("9.4561786");
    const perUnit = result.perUnit[0]!;
    expect(perUnit).toMatchObject({ measure: "scrap", basis: "emission factors", source: null, units: "21986", stock: "100000", stockUnit: "vehicle", perUnitUnit: "t/vehicle" });
    expect(perUnit.standalonePerUnit).toBe("0.0004301"); // 11,000 km x 0.0391 g/km
  });

  it("replaces the stoves of 100,000 of Ulaanbaatar's 202,000 ger households", () => {
    const swap = {
      id: "electric-heaters", kind: "stoveReplacement" as const, target: { activityIds: ["ger-stoves"] }, units: { unit: "household", level: { kind: "step" as const, steps: [{ year: 2025, value: "0" }, { year: 2026, value: "100000" }] } },
      to: { technology: "electric heater", fuel: "electricity" }, fuelSaving: "0.5", toUnit: "MWh",
    };
    const plan = compileScenario({ ...scenarioOf([gerStoves("202000")], [swap]), onMissingFactor: "omit", gridFactor: { id: "grid.MN.2022.CarbonFootprint" } });
    expect(plan.measures[0]!.units?.counts.map(String)).toEqual(["0", "100000"]);
    const result = evaluateScenario(plan);
    // 100,000 households x 5.4 t x 4.7362 t PM2.5/kt (EMEP/EEA 2019 1.A.4.b.i Table 3-3) = 2557.548 t
    expect(toDec(result.attribution.find((a) => a.year === 2026)!.standalone).toDecimalPlaces(6).toString()).toBe("2557.548");
    // per household: 5.4 t x 4.7362 kg/t = 25.57548 kg; none treated in 2025
    expect(toDec(result.perUnit.find((p) => p.year === 2026)!.standalonePerUnit!).toDecimalPlaces(9).toString()).toBe("0.02557548");
    expect(result.perUnit.find((p) => p.year === 2025)!.standalonePerUnit).toBeNull();
  });

  it("gives the penetration units / stock, the same results as that penetration given directly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (stock, u) => {
        const units = Math.min(u, stock);
        const measure = (how: object) => ({ id: "dpf", kind: "dpfRetrofit" as const, target: { activityIds: ["grade5-diesel-cars"] }, removal: { "PM2.5": "0.9" }, ...how }) as Scenario["measures"][number];
        const cars = { ...seoulCars, stock: { unit: "vehicle", level: { kind: "constant" as const, value: String(stock) } } };
        const byUnits = evaluateScenario(compileScenario(scenarioOf([cars], [measure({ units: { unit: "vehicle", level: { kind: "constant", value: String(units) } } })])));
        const p = toDec(units).div(stock).toString();
        const byPenetration = evaluateScenario(compileScenario(scenarioOf([cars], [measure({ penetration: { kind: "constant", value: p } })])));
        expect(byUnits.emissions).toEqual(byPenetration.emissions);
        expect(byUnits.attribution).toEqual(byPenetration.attribution);
      }),
      { numRuns: 30 },
    );
  });

  it("sums the stock of every row it targets", () => {
    const more = { ...seoulCars, id: "more-cars", stock: { unit: "vehicle", level: { kind: "constant" as const, value: "60000" } } };
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { technology: seoulCars.technology! }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "40000" } }, replacement: null };
    expect(compileScenario(scenarioOf([seoulCars, more], [scrap])).measures[0]!.penetration.map(String)).toEqual(["0.25", "0.25"]);
  });

  it("refuses more units than the stock, naming both figures, at its units", () => {
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "100001" } }, replacement: null };
    const e = thrown(() => compileScenario(scenarioOf([seoulCars], [scrap])), StockUnitsError);
    expect(e.code).toBe("UNITS_EXCEED_STOCK");
    expect(e.path).toEqual(["measures", 0, "units"]);
    expect([e.year, e.units, e.stock, e.measureId]).toEqual([2025, "100001", "100000", "scrap"]);
  });

  it("refuses a target with no stock, or a stock in another count", () => {
    const byLevel = { ...seoulCars, stock: undefined, intensity: undefined, level: { kind: "constant" as const, value: "1.1e9" } };
    const { stock: _s, intensity: _i, ...levelRow } = byLevel;
    const scrap = (unit: string) => ({ id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit, level: { kind: "constant" as const, value: "1" } }, replacement: null });
    const none = thrown(() => compileScenario(scenarioOf([levelRow], [scrap("vehicle")])), StockUnitsError);
    expect([none.code, none.activityIds]).toEqual(["NO_STOCK", ["grade5-diesel-cars"]]);
    const other = thrown(() => compileScenario(scenarioOf([seoulCars], [scrap("household")])), StockUnitsError);
    expect([other.code, other.path]).toEqual(["NO_STOCK", ["measures", 0, "units", "unit"]]);
  });

  it("needs a penetration or units, never both", () => {
    const scrap = { id: "scrap", kind: "scrappage", target: { activityIds: ["grade5-diesel-cars"] }, replacement: null };
    expect(thrown(() => compileScenario(scenarioOf([seoulCars], [scrap as never])), InvalidInputError).issues.map((i) => i.path)).toEqual([["measures", 0, "penetration"]]);
    const both = { ...scrap, penetration: { kind: "constant", value: "0.1" }, units: { unit: "vehicle", level: { kind: "constant", value: "1" } } };
    expect(thrown(() => compileScenario(scenarioOf([seoulCars], [both as never])), InvalidInputError).issues.map((i) => i.path)).toEqual([["measures", 0, "units"]]);
  });

  it("gives way to a penetration from withPenetrations, which drops its per-unit rows", () => {
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "21986" } }, replacement: null };
    const plan = withPenetrations(compileScenario(scenarioOf([seoulCars], [scrap])), { scrap: { kind: "constant", value: "0.5" } });
    expect(plan.measures[0]!.penetration.map(String)).toEqual(["0.5", "0.5"]);
    expect(evaluateScenario(plan).perUnit).toEqual([]);
  });
});

describe("per-unit results, exact and fast", () => {
  it("agree within 1e-9 relative", () => {
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "interp" as const, points: [{ year: 2025, value: "7" }, { year: 2026, value: "21986" }] } }, replacement: null };
    const dpf = { id: "dpf", kind: "dpfRetrofit" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "7372" } }, removal: { "PM2.5": "0.9" } };
    const plan = compileScenario(scenarioOf([seoulCars], [scrap, dpf], ["PM2.5", "NOx"]));
    const exact = evaluateScenario(plan).perUnit;
    const fast = evaluateScenarioFast(plan).perUnit;
    expect(fast.map((r) => [r.year, r.measure, r.species, r.basis, r.units])).toEqual(exact.map((r) => [r.year, r.measure, r.species, r.basis, r.units]));
    exact.forEach((r, i) => {
      const f = fast[i]!.shapleyPerUnit!;
      const x = Number(r.shapleyPerUnit);
      expect(Math.abs(f - x)).toBeLessThanOrEqual(1e-9 * Math.max(1e-30, Math.abs(x)));
    });
  });

  it("are written to CSV with their basis, and the text table names the units treated", () => {
    const scrap = { id: "scrap", kind: "scrappage" as const, target: { activityIds: ["grade5-diesel-cars"] }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "21986" } }, replacement: null };
    const plan = compileScenario(scenarioOf([seoulCars], [scrap]));
    const result = evaluateScenario(plan);
    expect(perUnitTableToCsv(result.perUnit).split("\n")[1]).toBe("2025,scrap,emission factors,,PM2.5,21986,100000,vehicle,9.4561786,9.4561786,0.0004301,0.0004301,t/vehicle");
    const text = formatResultTable(result, coBenefitSummary(result, plan.scenario));
    expect(text).toContain("Reduction per unit treated in 2026");
    expect(text).toMatch(/scrap\s+21,986 vehicle\s+emission factors/);
    expect(factorProvenance(plan).every((r) => r.layer !== "user-measured")).toBe(true);
  });
});

describe("a scenario file with stocks", () => {
  const yaml = (intensityUnit: string) => `name: Ulaanbaatar stoves
years: { start: 2025, end: 2025 }
species: [PM2.5]
metrics: []
baseline:
  - id: ger-stoves
    sector: 1.A.4.b.i
    fuel: lignite
    unit: kt
    stock: { unit: households, level: { kind: constant, value: "202000" } }
    intensity: { value: "5.4", unit: ${intensityUnit} }
measures:
  - id: swap
    kind: scrappage
    target: { activityIds: [ger-stoves] }
    units: { unit: household, level: { kind: constant, value: "101000" } }
    replacement: null
`;

  it("compiles households and units of households from YAML", () => {
    const plan = compileScenarioFile(yaml("t/household"), { fileName: "ub.yaml" });
    expect(plan.measures[0]!.penetration.map(String)).toEqual(["0.5"]);
    expect(plan.lineages[0]!.amounts.map(String)).toEqual(["1090.8"]);
  });

  it("locates an intensity per the wrong count at its line", () => {
    const e = thrown(() => compileScenarioFile(yaml("t/vehicle"), { fileName: "ub.yaml" }), ScenarioFileError);
    expect(e.issues.map((i) => [i.path, i.line])).toEqual([[["baseline", 0, "intensity", "unit"], 11]]);
  });
});

describe("floor area as a stock", () => {
  it("gives heat demand as m2 x GJ/m2, and a retrofit stated in m2 gets units / floor area", () => {
    const offices = { id: "offices", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", heatSegment: "offices", stock: { unit: "m2", level: { kind: "constant" as const, value: "1500000" } }, intensity: { value: "0.5", unit: "GJ/m2" } };
    const retrofit = { id: "retrofit", kind: "buildingRetrofit" as const, target: { heatSegment: "offices" }, units: { unit: "m2", level: { kind: "constant" as const, value: "300000" } }, demandReduction: "0.3" };
    const plan = compileScenario(scenarioOf([offices], [retrofit], ["CO2"]));
    expect(plan.lineages[0]!.amounts.map(String)).toEqual(["750", "750"]); // 1.5e6 m2 x 0.5 GJ/m2 = 750 TJ
    expect(plan.measures[0]!.penetration.map(String)).toEqual(["0.2", "0.2"]);
    const result = evaluateScenario(plan);
    // 300,000 m2 x 0.5 GJ x 0.3 = 45 TJ saved; per m2, 0.3 x 0.5 GJ x the gas factor
    const row = result.perUnit[0]!;
    expect(toDec(row.standalone).div(toDec(result.emissions[0]!.baseline)).toString()).toBe("0.06"); // 45 / 750 TJ
    expect(row.perUnitUnit).toBe("t/m2");
  });
});

describe("a measure in units whose target matches no baseline row", () => {
  it("is refused with NO_STOCK, not as units beyond a stock of 0", () => {
    const dpf = { id: "dpf", kind: "dpfRetrofit" as const, target: { technology: "Diesel Medium - Euro 6 2020+" }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "10" } }, removal: { "PM2.5": "0.9" } };
    const e = thrown(() => compileScenario(scenarioOf([seoulCars], [dpf])), StockUnitsError);
    expect([e.code, e.path, e.activityIds]).toEqual(["NO_STOCK", ["measures", 0, "units"], []]);
  });
});

describe("a measure in units whose target matches no row because a row's technology is misspelt", () => {
  it("reports the misspelt technology first, with the technology meant as the nearest, not NO_STOCK", () => {
    // "98/69/EC l" (a lower-case L for the capital I of "98/69/EC I", EMEP/EEA 2019 1.A.3.b.i-iv Tier 2)
    const misspelt = { ...seoulCars, technology: "Diesel Medium - Euro 3 - 98/69/EC l" };
    const dpf = { id: "dpf", kind: "dpfRetrofit" as const, target: { technology: "Diesel Medium - Euro 3 - 98/69/EC I" }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "7372" } }, removal: { "PM2.5": "0.9" } };
    for (const onMissingFactor of ["error", "omit"] as const) {
      const e = thrown(() => compileScenario({ ...scenarioOf([misspelt], [dpf]), onMissingFactor }), InvalidInputError);
      expect(e.issues.map((i) => i.path)).toEqual([["baseline", 0, "technology"]]);
      expect(e.issues[0]!.message).toContain('nearest technologies for this sector and fuel: Diesel Medium - Euro 3 - 98/69/EC I;');
    }
  });

  it("is still NO_STOCK when the rows compile, one error per such measure", () => {
    const dpf = (id: string) => ({ id, kind: "dpfRetrofit" as const, target: { technology: "Diesel Medium - Euro 6 2020+" }, units: { unit: "vehicle", level: { kind: "constant" as const, value: "10" } }, removal: { "PM2.5": "0.9" } });
    const two = thrown(() => compileScenario(scenarioOf([seoulCars], [dpf("a"), dpf("b")])), InvalidInputError);
    expect(two.issues.map((i) => [i.path, (i.cause as StockUnitsError).code])).toEqual([[["measures", 0, "units"], "NO_STOCK"], [["measures", 1, "units"], "NO_STOCK"]]);
  });
});
