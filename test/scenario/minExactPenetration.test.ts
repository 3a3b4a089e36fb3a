import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, evaluateScenario, toDec, type Scenario } from "../../src/index.js";
import { MIN_EXACT_PENETRATION } from "../../src/engine.js";
import { thrown } from "../fixtures/thrown.js";

// EMEP/EEA 2019 1.A.3.b.i Diesel Medium Euro 3, Tier 2 Table 3-18: PM2.5 0.0391 g/km.
// Review of issue 10, defect 14: a stock of 1e300 vehicles validated and every reduction showed 0.
const carsOf = (stock: string): Scenario["baseline"][number] => ({
  id: "cars", sector: "1.A.3.b.i", fuel: "gasDieselOil", technology: "Diesel Medium - Euro 3 - 98/69/EC I", unit: "vkm",
  stock: { unit: "vehicle", level: { kind: "constant", value: stock } }, intensity: { value: "11", unit: "kvkm/vehicle" },
});
const scrap = (how: object): Scenario["measures"][number] => ({ id: "scrap", kind: "scrappage", target: { activityIds: ["cars"] }, replacement: null, ...how }) as Scenario["measures"][number];
const byUnits = scrap({ units: { unit: "vehicle", level: { kind: "constant", value: "50000" } } });
const scenarioOf = (stock: string, measure = byUnits): Scenario => ({ name: "range", years: { start: 2025, end: 2025 }, species: ["PM2.5"], metrics: [], baseline: [carsOf(stock)], measures: [measure] });

describe("penetrations the exact engine carries", () => {
  it("start at 1e-24: a reduction keeps the 16 significant digits of the float64 fast path (blended factors keep 40 decimals)", () => {
    expect(MIN_EXACT_PENETRATION).toBe("1e-24");
  });

  it("refuses 50,000 vehicles of a stock of 1e300 at the stock, naming the units, the stock and the share, instead of showing 0", () => {
    const e = thrown(() => compileScenario(scenarioOf("1e300")), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "out_of_range", minimum: "1e-24", path: ["baseline", 0, "stock"] });
    expect(e.issues[0]?.message).toMatch(/treats 50000 vehicle of a stock of 1e\+300 vehicle in 2025 .*a share of 5e-296, below the 1e-24/);
  });

  it("refuses a positive penetration below 1e-24 given directly, at the penetration, and allows exactly 0", () => {
    const e = thrown(() => compileScenario(scenarioOf("100000", scrap({ penetration: { kind: "constant", value: "1e-30" } }))), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "out_of_range", path: ["measures", 0, "penetration"] });
    expect(e.issues[0]?.message).toMatch(/penetration in 2025 is 1e-30/);
    expect(() => compileScenario(scenarioOf("100000", scrap({ penetration: { kind: "constant", value: "0" } })))).not.toThrow();
  });

  it("keeps a large but representable fleet exact: 50,000 of 1e20 vehicles save exactly 50,000 cars' worth", () => {
    // 50,000 x 11,000 km x 0.0391 g/km = 21.505 t
    const result = evaluateScenario(compileScenario(scenarioOf("100000000000000000000")));
    expect(toDec(result.attribution[0]!.standalone).toString()).toBe("21.505");
  });
});
