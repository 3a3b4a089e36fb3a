import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { coBenefitSummary } from "../../src/report/coBenefitSummary.js";
import { formatDecimal, formatResultTable } from "../../src/report/formatTable.js";
import { Dec } from "../../src/units/decimal.js";

describe("formatDecimal for very large and very small values", () => {
  it("prints values beyond 1e21 in exponent form, so a 1e100000 scenario prints at once", () => {
    expect(formatDecimal(new Dec("1e21").toString())).toBe("1e+21");
    expect(formatDecimal(new Dec("1e400").toString())).toBe("1e+400");
    const huge = formatDecimal(new Dec("1e100000").toString());
    expect(huge).toBe("1e+100000");
    expect(huge.length).toBeLessThan(40);
    expect(formatDecimal(new Dec("-1e100000").toString())).toBe("-1e+100000");
    expect(formatDecimal(new Dec("2.1672e401").toString())).toBe("2.1672e+401");
    // at most 21 significant digits, rounded half-even, trailing zeros dropped
    expect(formatDecimal("1234567890123456789012345678901234567890e60000")).toBe("1.23456789012345678901e+60039");
    expect(formatDecimal(`9${"9".repeat(100_000)}`)).toBe("1e+100001");
  });

  it("writes values below 1e21 in full, from 10,000 up rounded to four significant digits (issue 14: no false precision)", () => {
    expect(formatDecimal("999999999999999999999")).toBe("1,000,000,000,000,000,000,000");
    expect(formatDecimal("-123456789012345678901")).toBe("-123,500,000,000,000,000,000");
    expect(formatDecimal("1234567.891")).toBe("1,235,000");
    expect(formatDecimal("12345")).toBe("12,340"); // half to even
    expect(formatDecimal("9999.6")).toBe("10,000");
    expect(formatDecimal("5512.4")).toBe("5,512");
    expect(formatDecimal("0.0012345")).toBe("0.00123");
    // below 1e-20 exponent form already (the decimal configuration's toExpNeg), and short
    expect(formatDecimal("1e-25")).toBe("1.00e-25");
    expect(formatDecimal("-1e-100000")).toBe("-1.00e-100000");
  });

  it("prints a table for a 1e100000 activity level in a few lines", () => {
    const scenario = {
      name: "huge",
      years: { start: 2030, end: 2030 },
      species: ["SO2"],
      metrics: [],
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "1e100000" } }],
      measures: [],
    } as const;
    const result = evaluateScenario(compileScenario(scenario));
    const text = formatResultTable(result, coBenefitSummary(result, scenario));
    expect(text.length).toBeLessThan(1000);
    expect(text).toMatch(/\nSO2\s+\S+e\+\d+\s+\S+e\+\d+\s+0\s+0\.0%$/);
    // a scenario far above a tiny baseline: the reduction % is in exponent form too
    const rising = { ...result, emissions: result.emissions.map((e) => ({ ...e, baseline: "1e-100000", scenario: "1e100000", reduction: new Dec("1e-100000").minus("1e100000").toString() })) };
    const risingText = formatResultTable(rising, coBenefitSummary(rising, scenario));
    expect(risingText.length).toBeLessThan(1000);
    expect(risingText).toMatch(/\nSO2\s+1\.00e-100000\s+1e\+100000\s+-1e\+100000\s+-1e\+200002%$/);
  });
});
