import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/units/decimal.js";
import { annualCosts, capitalRecoveryFactor, measureCostsAt, type CostsSection } from "../../src/costs.js";
import { InvalidInputError } from "../../src/errors.js";
import { thrown } from "../fixtures/thrown.js";
import { HOUSEHOLD_COSTS, householdPlan } from "./fixture.js";

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0));

describe("annual costs in the GAINS convention", () => {
  it("annualises the investment, adds fixed O&M and prices the fuel the measure saves and adds, by hand", () => {
    const rows = annualCosts(householdPlan(), HOUSEHOLD_COSTS).filter((r) => r.year === 2030);
    const society = rows.find((r) => r.perspective === "society")!;
    // 250 households x 24,000 CNY x CRF(4%, 15 yr); CRF = 0.04 x 1.04^15 / (1.04^15 - 1), with
    // 1.04^15 = 1.800943505506915684277314125824 (exact), CRF = 0.089941100370973197331672095071
    // (30 places): 6,000,000 x CRF = 539,646.602225839..., rounded to 539,646.602226.
    expect(society.investment).toBe("539646.602226");
    expect(society.fixedOM).toBe("25000"); // 250 x 100 CNY/household/yr
    expect(society.variableOM).toBe("0");
    // Coal saved 250 x 2 t = 500 t at 600 CNY/t; gas added 500 t x 20 GJ/t x 0.5 / 0.8 = 6,250 GJ at 80 CNY/GJ.
    expect(society.fuel).toBe("200000"); // 500,000 - 300,000
    expect(society.subsidies).toBe("0");
    expect(society.total).toBe("764646.602226");
    // The government pays half the annualised investment (269,823.301113) and 20 CNY per GJ of gas added (125,000).
    const government = rows.find((r) => r.perspective === "government")!;
    expect([government.investment, government.fuel, government.subsidies, government.total]).toEqual(["0", "0", "394823.301113", "394823.301113"]);
    const household = rows.find((r) => r.perspective === "household")!;
    expect([household.investment, household.subsidies, household.total]).toEqual(["539646.602226", "-394823.301113", "369823.301113"]);
  });

  it("adds up the payers' costs to society's exactly, whatever the subsidies (property)", () => {
    const plan = householdPlan();
    const amount = fc.integer({ min: 0, max: 10 ** 9 }).map((n) => new Dec(n).div(1000).toString());
    const share = fc.integer({ min: 0, max: 10 ** 6 }).map((n) => new Dec(n).div(10 ** 6).toString());
    fc.assert(fc.property(share, amount, amount, fc.constantFrom("household", "enterprise", "government"), (s, investment, gas, payer) => {
      const section: CostsSection = { ...HOUSEHOLD_COSTS, discountRate: "0.07", measures: [{ ...HOUSEHOLD_COSTS.measures[0]!, paidBy: payer,
        investment: { value: investment, unit: "CNY/household" },
        subsidies: [{ payer: "government", on: "investment", share: s }, { payer: "enterprise", on: "fuel", fuel: "naturalGas", amount: { value: gas, unit: "CNY/GJ" } }] }] };
      const rows = annualCosts(plan, section);
      for (const year of [2030, 2031]) {
        const inYear = rows.filter((r) => r.year === year);
        const society = inYear.find((r) => r.perspective === "society")!;
        const payers = inYear.filter((r) => r.perspective !== "society");
        expect(sum(payers.map((r) => r.total)).eq(society.total)).toBe(true);
        expect(sum(payers.map((r) => r.subsidies)).isZero()).toBe(true);
        for (const r of inYear) expect(sum([r.investment, r.fixedOM, r.variableOM, r.fuel, r.subsidies]).eq(r.total)).toBe(true);
      }
    }), { numRuns: 40 });
  });

  it("is linear in the investment: I1 + I2 costs what I1 and I2 cost (within the rounding to 1e-6) (property)", () => {
    const plan = householdPlan();
    const investmentOf = (value: string) => new Dec(annualCosts(plan, { ...HOUSEHOLD_COSTS, measures: [{ measure: "toGas", paidBy: "household", investment: { value, unit: "CNY/household" } }] })[0]!.investment);
    const value = fc.integer({ min: 0, max: 10 ** 8 }).map((n) => new Dec(n).div(100));
    fc.assert(fc.property(value, value, (a, b) => {
      const gap = investmentOf(a.plus(b).toString()).minus(investmentOf(a.toString())).minus(investmentOf(b.toString()));
      expect(gap.abs().lte("0.000001")).toBe(true);
    }), { numRuns: 30 });
    // exactly: 250 households x 1 CNY x CRF, rounded
    expect(investmentOf("1")).toEqual(new Dec(250).times(capitalRecoveryFactor("0.04", 15)).toDecimalPlaces(6, Dec.ROUND_HALF_EVEN));
  });

  it("costs a measure at other penetrations without recompiling: at 0.5 of the stock, twice the cost at 0.25", () => {
    const plan = householdPlan();
    // units are replaced by the penetration: 0.25 x 1,000 households = 250 households, as in the scenario
    const quarter = measureCostsAt(plan, HOUSEHOLD_COSTS, { toGas: { kind: "constant", value: "0.25" } });
    expect(quarter[0]).toEqual({ measure: "toGas", year: 2030, total: "764646.602226" });
    const half = measureCostsAt(plan, HOUSEHOLD_COSTS, { toGas: { kind: "constant", value: "0.5" } });
    expect(half[0]!.total).toBe("1529293.204452");
    expect(measureCostsAt(plan, HOUSEHOLD_COSTS, { toGas: { kind: "constant", value: "0.5" } }, "household")[0]!.total).toBe("739646.602226");
  });

  it("refuses a fuel the measure changes without a price, naming the fuel, at costs.prices", () => {
    const e = thrown(() => annualCosts(householdPlan(), { ...HOUSEHOLD_COSTS, prices: [HOUSEHOLD_COSTS.prices![0]!] }));
    expect(e).toBeInstanceOf(InvalidInputError);
    const issue = (e as InvalidInputError).issues[0]!;
    expect(issue.path).toEqual(["costs", "prices"]);
    expect(issue.message).toContain('"naturalGas", which has no price');
  });

  it("leaves a fuel the section declares unpriced out of the costs, and names it on every row it is missing from", () => {
    const section: CostsSection = { ...HOUSEHOLD_COSTS, prices: [HOUSEHOLD_COSTS.prices![1]!], unpricedFuels: [{ fuel: "otherBituminousCoal", reason: "no published price read" }] };
    const society = annualCosts(householdPlan(), section).find((r) => r.perspective === "society")!;
    expect(society.fuel).toBe("500000"); // the gas only: 6,250 GJ x 80 CNY/GJ
    expect(society.unpricedFuels).toEqual(["otherBituminousCoal"]);
  });

  it("refuses a cost row for a measure the scenario does not have, with the nearest id", () => {
    const e = thrown(() => annualCosts(householdPlan(), { ...HOUSEHOLD_COSTS, measures: [{ ...HOUSEHOLD_COSTS.measures[0]!, measure: "toGaz" }] })) as InvalidInputError;
    expect(e.issues[0]!.path).toEqual(["costs", "measures", 0, "measure"]);
    expect(e.issues[0]!.message).toContain("toGas");
  });

  it("refuses a price per unit that the fuel's use cannot be converted to, at the price's unit", () => {
    const prices = [HOUSEHOLD_COSTS.prices![0]!, { fuel: "naturalGas", unit: "CNY/household", value: { kind: "constant" as const, value: "1" } }];
    const e = thrown(() => annualCosts(householdPlan(), { ...HOUSEHOLD_COSTS, prices })) as InvalidInputError;
    expect(e.issues[0]!.path).toEqual(["costs", "prices", 1, "unit"]);
  });

  it("prices coal per GJ through the row's NCV when the activity is in tonnes", () => {
    const prices = [{ fuel: "otherBituminousCoal", unit: "CNY/GJ", value: { kind: "constant" as const, value: "25" } }, HOUSEHOLD_COSTS.prices![1]!];
    const society = annualCosts(householdPlan(), { ...HOUSEHOLD_COSTS, prices }).find((r) => r.perspective === "society")!;
    expect(society.fuel).toBe("250000"); // 500,000 - 500 t x 20 GJ/t x 25 CNY/GJ
  });

  it("converts a cost in another currency by the conversion the section gives", () => {
    const section: CostsSection = { ...HOUSEHOLD_COSTS, conversions: [{ currency: "USD", priceYear: 2020, factor: "6.9" }],
      measures: [{ measure: "toGas", paidBy: "household", fixedOM: { value: "10", unit: "USD/household/yr" } }] };
    expect(annualCosts(householdPlan(), section)[0]!.fixedOM).toBe("17250"); // 250 x 10 USD x 6.9 CNY/USD
  });
});

describe("costs at other penetrations (for the optimiser)", () => {
  it("are linear in the penetration of a measure that overlaps no other: cost(p1 + p2) = cost(p1) + cost(p2) within the rounding (property)", () => {
    const plan = householdPlan();
    const at = (p: Dec) => new Dec(measureCostsAt(plan, HOUSEHOLD_COSTS, { toGas: { kind: "constant", value: p.toString() } })[0]!.total);
    const share = fc.integer({ min: 0, max: 500 }).map((n) => new Dec(n).div(1000));
    fc.assert(fc.property(share, share, (a, b) => {
      expect(at(a.plus(b)).minus(at(a)).minus(at(b)).abs().lte("0.00001")).toBe(true);
    }), { numRuns: 20 });
    expect(at(new Dec(0)).isZero()).toBe(true);
  });
});
