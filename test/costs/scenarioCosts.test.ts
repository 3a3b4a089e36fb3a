import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { type CostsSection, macCurve, scenarioCosts } from "../../src/costs.js";
import { InvalidInputError } from "../../src/errors.js";
import { thrown } from "../fixtures/thrown.js";
import { HOUSEHOLD_COSTS, householdPlan } from "./fixture.js";

describe("the costs of a scenario: NPV, cost per tonne, abatement cost curve", () => {
  it("discounts the annual costs to the first year at the stated rate, per perspective, and the perspectives add up exactly", () => {
    const plan = householdPlan();
    const costs = scenarioCosts(plan, evaluateScenario(plan), HOUSEHOLD_COSTS);
    const npv = (p: string) => costs.npv.find((r) => r.perspective === p)!.npv;
    // 764,646.602226 in 2030 and 2031 (see annualCosts.test.ts); 1/1.04 = 0.961538461538 (12 places):
    // 764,646.602226 x (1 + 0.961538461538) = 1,499,883.719750647086183588
    expect(npv("society")).toBe("1499883.719750647086183588");
    expect(npv("household")).toBe("725422.629106098543091794");
    expect(new Dec(npv("household")).plus(npv("government")).eq(npv("society"))).toBe(true);
    expect(costs.npv[0]).toMatchObject({ npvYear: 2030, firstYear: 2030, lastYear: 2031 });
  });

  it("gives the cost per tonne as the annual cost over the measure's Shapley reduction, per species and per metric", () => {
    const plan = householdPlan();
    const result = evaluateScenario(plan);
    const costs = scenarioCosts(plan, result, HOUSEHOLD_COSTS);
    const so2 = result.attribution.find((a) => a.year === 2030 && a.species === "SO2")!.shapley;
    const row = costs.perTonne.find((r) => r.year === 2030 && r.perspective === "society" && r.of === "SO2")!;
    expect(new Dec(so2).gt(0)).toBe(true);
    expect(row).toMatchObject({ kind: "species", status: "ok", unit: "CNY/t", cost: "764646.602226", reduction: so2 });
    expect(row.costPerTonne).toBe(new Dec("764646.602226").div(so2).toDecimalPlaces(6, Dec.ROUND_HALF_EVEN).toString());
    const co2e = costs.perTonne.find((r) => r.year === 2030 && r.perspective === "society" && r.kind === "co2e")!;
    expect(co2e).toMatchObject({ of: "AR6-GWP100", unit: "CNY/t CO2-eq" });
  });

  it("does not divide by a zero or negative reduction: it says noReduction or emissionsRise instead", () => {
    // A low-NOx retrofit with a 1% fuel penalty: NOx falls, CO2 rises. A filter without one on
    // other boilers: NOx falls, CO2 is untouched (0).
    const plan = compileScenario({ name: "penalty", years: { start: 2030, end: 2030 }, species: ["NOx", "CO2"], metrics: [],
      baseline: [
        { id: "boilers", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "100" } },
        { id: "others", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "100" } },
      ],
      measures: [
        { id: "lowNox", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { NOx: "0.6" }, energyPenalty: "0.01" },
        { id: "scr", kind: "controlDevice", target: { activityIds: ["others"] }, penetration: { kind: "constant", value: "1" }, removal: { NOx: "0.6" } },
      ] });
    const section: CostsSection = { currency: "CNY", priceYear: 2020, discountRate: "0.05", prices: [{ fuel: "naturalGas", unit: "CNY/GJ", value: { kind: "constant", value: "80" } }],
      measures: [{ measure: "lowNox", paidBy: "enterprise", variableOM: { value: "1000", unit: "CNY/TJ" } }, { measure: "scr", paidBy: "enterprise", variableOM: { value: "1000", unit: "CNY/TJ" } }] };
    const costs = scenarioCosts(plan, evaluateScenario(plan), section);
    const status = (of: string, measure = "lowNox") => costs.perTonne.find((r) => r.of === of && r.measure === measure && r.perspective === "society")!;
    // 100 TJ x 1,000 CNY/TJ + 1% of 100 TJ = 1,000 GJ of gas at 80 CNY/GJ = 180,000 CNY/yr
    expect(status("NOx")).toMatchObject({ status: "ok", cost: "180000" });
    expect(status("CO2", "scr")).toMatchObject({ status: "noReduction", costPerTonne: null, reduction: "0", cost: "100000" });
    expect(status("CO2")).toMatchObject({ status: "emissionsRise", costPerTonne: null });
    expect(new Dec(status("CO2").reduction).lt(0)).toBe(true);
    const curve = macCurve(costs, { of: "CO2", year: 2030 });
    expect(curve.steps).toEqual([]);
    expect(curve.excluded).toEqual([{ measure: "lowNox", status: "emissionsRise", reduction: status("CO2").reduction, cost: "180000" }, { measure: "scr", status: "noReduction", reduction: "0", cost: "100000" }]);
  });

  it("orders the curve cheapest first, and its steps span the measures' combined reduction (Shapley shares add up)", () => {
    const plan = compileScenario({ name: "two", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
      baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
      measures: [
        { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } },
        { id: "lowS", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.5" } },
      ] });
    const result = evaluateScenario(plan);
    const section: CostsSection = { currency: "CNY", priceYear: 2020, discountRate: "0.05", measures: [
      { measure: "fgd", paidBy: "enterprise", variableOM: { value: "5000", unit: "CNY/TJ" } },
      { measure: "lowS", paidBy: "enterprise", variableOM: { value: "100", unit: "CNY/TJ" } },
    ] };
    const curve = macCurve(scenarioCosts(plan, result, section), { of: "SO2", year: 2030 });
    expect(curve.steps.map((s) => s.measure)).toEqual(["lowS", "fgd"]);
    const combined = result.emissions.reduce((s, r) => s.plus(r.reduction), new Dec(0));
    expect(new Dec(curve.steps[1]!.cumulativeEnd).eq(combined)).toBe(true);
    expect(curve.steps[0]!.cumulativeStart).toBe("0");
    expect(curve.steps[1]!.cumulativeStart).toBe(curve.steps[0]!.cumulativeEnd);
  });

  it("lists the measures that have no costs, and names a species the curve does not know", () => {
    const plan = householdPlan();
    const costs = scenarioCosts(plan, evaluateScenario(plan), { ...HOUSEHOLD_COSTS, measures: [] });
    expect(costs.uncosted).toEqual(["toGas"]);
    const e = thrown(() => macCurve(scenarioCosts(plan, evaluateScenario(plan), HOUSEHOLD_COSTS), { of: "SO3", year: 2030 })) as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]!.message).toContain("SO2");
  });

  it("refuses to cost a scenario that has no costs section when none is passed", () => {
    const plan = householdPlan();
    const e = thrown(() => scenarioCosts(plan, evaluateScenario(plan))) as InvalidInputError;
    expect(e.issues[0]!.path).toEqual(["costs"]);
  });
});

describe("the sources of cost rows", () => {
  it("must be in the citation registry: a source id that is not is refused at its path, with the nearest ids", () => {
    const plan = householdPlan();
    const section: CostsSection = { ...HOUSEHOLD_COSTS, prices: [{ ...HOUSEHOLD_COSTS.prices![0]!, source: { id: "EMEP-EEA-2019-1A5", table: "none" } }, HOUSEHOLD_COSTS.prices![1]!] };
    const e = thrown(() => scenarioCosts(plan, evaluateScenario(plan), section)) as InvalidInputError;
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["costs", "prices", 0, "source", "id"], "unknown_reference"]]);
    expect(e.issues[0]!.message).toContain("EMEP-EEA-2019-1A4");
  });
});
