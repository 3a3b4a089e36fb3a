import { compileScenario } from "../../src/index.js";
import type { CostsSection } from "../../src/costs.js";

/**
 * 1,000 households burning 2 t of coal each (NCV 20 GJ/t); 250 of them switch to gas wall-hung
 * boilers (efficiency 0.5 -> 0.8: 1 t of coal becomes 20 x 0.5 / 0.8 = 12.5 GJ of gas), in 2030
 * and 2031. Round numbers for hand computation, not data.
 */
export function householdPlan(units = "250") {
  return compileScenario({
    name: "households", years: { start: 2030, end: 2031 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
    baseline: [{ id: "homes", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20", unit: "GJ/t" },
      stock: { unit: "household", level: { kind: "constant", value: "1000" } }, intensity: { value: "2", unit: "t/household" } }],
    measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["homes"] }, units: { unit: "household", level: { kind: "constant", value: units } },
      to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.8", toUnit: "GJ", lifetime: 15 }],
  });
}

/** Prices and costs for {@link householdPlan}: coal 600 CNY/t, gas 80 CNY/GJ, 24,000 CNY per household over 15 years at 4%, 100 CNY/household/yr. */
export const HOUSEHOLD_COSTS: CostsSection = {
  currency: "CNY", priceYear: 2020, discountRate: "0.04",
  prices: [
    { fuel: "otherBituminousCoal", unit: "CNY/t", value: { kind: "constant", value: "600" } },
    { fuel: "naturalGas", unit: "CNY/GJ", value: { kind: "constant", value: "80" } },
  ],
  measures: [{
    measure: "toGas", paidBy: "household",
    investment: { value: "24000", unit: "CNY/household" },
    fixedOM: { value: "100", unit: "CNY/household/yr" },
    subsidies: [
      { payer: "government", on: "investment", share: "0.5" },
      { payer: "government", on: "fuel", fuel: "naturalGas", amount: { value: "20", unit: "CNY/GJ" } },
    ],
  }],
};
