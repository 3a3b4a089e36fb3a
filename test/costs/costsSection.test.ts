import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRecoveryFactor, discountFactor, parseCostsSection } from "../../src/costs.js";
import { parseScenarioFile } from "../../src/files.js";
import { InvalidInputError, ScenarioFileError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";

const FILE = [
  "name: demo",
  "years: { start: 2030, end: 2031 }",
  "species: [SO2]",
  "metrics: []",
  "baseline:",
  "  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: 100 } }",
  "measures: []",
  "costs:",
  "  currency: CNY",
  "  priceYear: 2020",
];

describe("the costs section", () => {
  it("has no default discount rate: a section without one is refused at costs.discountRate, with its line in a file", () => {
    const e = thrown(() => parseCostsSection({ currency: "CNY", priceYear: 2020, measures: [] }, ["costs"])) as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["costs", "discountRate"], "missing"]]);
    const f = thrown(() => parseScenarioFile([...FILE, "  measures: []"].join("\n"), { fileName: "demo.yaml" })) as ScenarioFileError;
    expect(f).toBeInstanceOf(ScenarioFileError);
    const issue = f.issues.find((i) => i.path.join(".") === "costs.discountRate")!;
    expect(issue.message).toContain("discountRate");
    expect(issue.line).toBe(9); // the section's first line (line 9, "currency: CNY"): the missing key has none of its own
  });

  it("refuses a cost in another currency or price year without a conversion, at the row, with its line", () => {
    const text = [...FILE, '  discountRate: "0.04"', "  measures:", "    - measure: m", "      paidBy: household",
      "      investment: { value: \"3000\", unit: USD/household }", "      fixedOM: { value: \"10\", unit: CNY/household/yr, priceYear: 2015 }"].join("\n");
    const f = thrown(() => parseScenarioFile(text, { fileName: "demo.yaml" })) as ScenarioFileError;
    const paths = f.issues.map((i) => [i.path.join("."), i.line]);
    expect(paths).toEqual([["costs.measures.0.investment", 15], ["costs.measures.0.fixedOM", 16]]);
    expect(f.issues[0]!.message).toContain("USD at price year 2020 is not the section's CNY at 2020: give a conversion");
    expect(f.issues[1]!.message).toContain("CNY at price year 2015");
  });

  it("accepts a cost in another currency when the section converts it, and refuses a unit without a currency", () => {
    const ok = parseCostsSection({ currency: "CNY", priceYear: 2020, discountRate: "0.04", conversions: [{ currency: "USD", priceYear: 2020, factor: "6.9" }],
      measures: [{ measure: "m", paidBy: "household", investment: { value: "3000", unit: "USD/household" } }] });
    expect(ok.conversions?.[0]?.factor).toBe("6.9");
    const e = thrown(() => parseCostsSection({ currency: "CNY", priceYear: 2020, discountRate: "0.04", measures: [{ measure: "m", paidBy: "household", investment: { value: "3000", unit: "household" } }] })) as InvalidInputError;
    expect(e.issues[0]!.path).toEqual(["costs", "measures", 0, "investment", "unit"]);
  });

  it("refuses a measure priced twice, a fixed O&M not per year, and a subsidy on a cost the measure does not have", () => {
    const e = thrown(() => parseCostsSection({ currency: "CNY", priceYear: 2020, discountRate: "0.04", measures: [
      { measure: "m", paidBy: "household", fixedOM: { value: "1", unit: "CNY/household" } },
      { measure: "m", paidBy: "household", subsidies: [{ payer: "government", on: "investment", share: "0.5" }] },
    ] })) as InvalidInputError;
    expect(e.issues.map((i) => i.path.join("."))).toEqual(["costs.measures.0.fixedOM.unit", "costs.measures.1.subsidies.0.on", "costs.measures.1.measure"]);
  });
});

describe("the capital recovery factor (GAINS documentation, Costs: I x r(1+r)^n / ((1+r)^n - 1))", () => {
  it("matches a hand computation", () => {
    // r = 4%, n = 15: 1.04^15 = 1.800943505506915684277314125824 (exact, 30 decimals);
    // 0.04 x 1.800943505506915684277314125824 / 0.800943505506915684277314125824 = 0.0899411003709731973316720950710...
    expect(capitalRecoveryFactor("0.04", 15).toString()).toBe("0.089941100370973197331672095071");
    // r = 10%, n = 2: 0.1 x 1.21 / 0.21 = 0.121 / 0.21 = 0.576190476190...
    expect(capitalRecoveryFactor("0.1", 2).toString()).toBe("0.57619047619047619047619047619");
    expect(capitalRecoveryFactor("0", 8).toString()).toBe("0.125");
    expect(capitalRecoveryFactor("0.05", 1).toString()).toBe("1.05");
  });

  it("repays the investment: the annuities discounted over the lifetime are worth 1 (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (permille, n) => {
      const r = new Dec(permille).div(1000);
      const crf = capitalRecoveryFactor(r, n);
      const pv = Array.from({ length: n }, (_, t) => crf.div(r.plus(1).pow(t + 1))).reduce((s, x) => s.plus(x), new Dec(0));
      expect(pv.minus(1).abs().lt("1e-25")).toBe(true);
    }));
  });

  it("discounts a year's amount by (1 + r)^(year - base), to 12 places", () => {
    expect(discountFactor("0.04", 2031, 2030).toString()).toBe("0.961538461538");
    expect(discountFactor("0.04", 2030, 2030).toString()).toBe("1");
  });
});
