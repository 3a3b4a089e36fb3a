import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, evaluateScenario, toDec, type Scenario } from "../../src/index.js";
import { MAX_EXACT_EMISSION_TONNES } from "../../src/engine.js";
import { thrown } from "../fixtures/thrown.js";

// EMEP/EEA 2019 1.A.3.b.i Diesel Medium Euro 3, Tier 2 Table 3-18: PM2.5 0.0391 g/km.
const carsOf = (stock: string, intensity = "11"): Scenario["baseline"][number] => ({
  id: "cars", sector: "1.A.3.b.i", fuel: "gasDieselOil", technology: "Diesel Medium - Euro 3 - 98/69/EC I", unit: "vkm",
  stock: { unit: "vehicle", level: { kind: "constant", value: stock } }, intensity: { value: intensity, unit: "kvkm/vehicle" },
});
const scrap: Scenario["measures"][number] = {
  id: "scrap", kind: "scrappage", target: { activityIds: ["cars"] }, replacement: null, units: { unit: "vehicle", level: { kind: "constant", value: "50000" } },
};
const scenarioOf = (baseline: Scenario["baseline"]): Scenario => ({ name: "range", years: { start: 2025, end: 2025 }, species: ["PM2.5"], metrics: [], baseline, measures: [scrap] });

describe("the exact engine's range", () => {
  it("is 1e16 t per row, species and year: 40 significant digits, 24 of them decimals of a tonne", () => {
    expect(MAX_EXACT_EMISSION_TONNES).toBe("10000000000000000");
  });

  it("refuses a stock of 1e300 vehicles at the stock, naming the emission and the limit, instead of showing every reduction as 0", () => {
    const e = thrown(() => compileScenario(scenarioOf([carsOf("1e300")])), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "too_big", maximum: "10000000000000000", path: ["baseline", 0, "stock"] });
    // 1e300 vehicles x 11,000 km x 0.0391 g/km = 4.301e296 t
    expect(e.issues[0]?.message).toMatch(/emits 4\.301e\+296 t PM2\.5 in 2025 \(stock 1e\+300 vehicle x intensity 11000 vkm\/vehicle\)/);
  });

  it("points at the intensity when the intensity makes the emission too large", () => {
    const e = thrown(() => compileScenario(scenarioOf([carsOf("100000", "1e40")])), InvalidInputError);
    expect(e.issues[0]?.path).toEqual(["baseline", 0, "intensity"]);
  });

  it("keeps a large but representable fleet exact: 1e12 vehicles, 50,000 scrapped, save exactly 50,000 cars' worth", () => {
    // 50,000 x 11,000 km x 0.0391 g/km = 21.505 t
    const result = evaluateScenario(compileScenario(scenarioOf([carsOf("1000000000000")])));
    expect(toDec(result.attribution[0]!.standalone).toString()).toBe("21.505");
  });
});
