import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError } from "../../src/index.js";
import { computeExposure, computeHealth, computeImpacts, computeValuation, relativeRisk, secondaryCoefficients, withCostsResult } from "../../src/impacts.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";
import { EXPOSURE, HEALTH, SYNTHETIC, SYNTHETIC_CITATION, stovesResult } from "./fixtures.js";

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0)).toString();

describe("exposure: from Shapley-attributed tonnes to population-weighted PM2.5", () => {
  const result = stovesResult();
  const { secondary: _, ...primaryOnly } = EXPOSURE;

  it("turns a PM2.5 reduction into a concentration change by dC = iF x dE / (BR x 365 x P), per measure", () => {
    const e = computeExposure(result, primaryOnly);
    for (const row of e.rows.filter((r) => r.year === 2030)) {
      const dE = result.attributionBySector.filter((a) => a.year === 2030 && a.measure === row.measure && a.species === "PM2.5" && a.scope === "direct").reduce((s, a) => s.plus(a.shapley), new Dec(0));
      // 44 ppm (Humbert 2011 urban ground-level) x dE t x 1e12 ug/t x 1e-6 / (10 m3/day x 365 day x 1e6 persons)
      const expected = dE.times(44).times(1e6).div(new Dec(10).times(365).times(1e6)).toDecimalPlaces(12);
      expect(row.primary).toBe(expected.toString());
      expect(row.secondary).toBe("0");
    }
  });

  it("recovers the intake fraction from its own definition, iF = dC x BR x 365 x P / dE (the intake-fraction identity)", () => {
    const e = computeExposure(result, primaryOnly);
    const dE = result.emissions.filter((x) => x.year === 2030 && x.species === "PM2.5" && x.scope === "direct").reduce((s, x) => s.plus(x.reduction), new Dec(0));
    const dC = new Dec(e.totals.find((t) => t.year === 2030)!.total);
    const iF = dC.times(10).times(365).times(1e6).div(dE.times(1e6));
    expect(iF.toDecimalPlaces(3).toString()).toBe("44");
  });

  it("adds up: the measures' concentration changes sum exactly to each year's total, which equals the change from the whole reduction", () => {
    const e = computeExposure(result, EXPOSURE);
    for (const t of e.totals) expect(sum(e.rows.filter((r) => r.year === t.year).map((r) => r.total))).toBe(t.total);
  });

  it("uses the TM5-FASST MON->MON sulphate coefficient converted as rfasst does: 0.115987 ug/m3 per 20 % of 461,638 t SO2, i.e. 0.115987 x 5 / 461638 per tonne", () => {
    const c = secondaryCoefficients({ model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON" });
    const so4 = c.find((x) => x.precursor === "SO2" && x.component === "SO4")!;
    // rfasst data/src.so4_so2.rda row MON column MON = 0.115987; data/raw.base_em.rda MON SO2 = 461638000 kg
    expect(new Dec(so4.value).toSignificantDigits(15).toString()).toBe("0.00000125625490102635");
    expect(so4).toMatchObject({ origin: "built-in", quality: "secondary", source: { id: "VanDingenen2018-TM5-FASST" } });
    expect(c).toHaveLength(9);
  });

  it("lets a city's own coefficient replace the built-in one for the same precursor and component, keeping its source", () => {
    const own = { precursor: "SO2" as const, component: "SO4" as const, value: "2e-6", unit: "ug/m3 per t/yr" as const, source: { id: "city-CMAQ-2024", table: "Table 3" } };
    const c = secondaryCoefficients({ model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", coefficients: [own] });
    expect(c.find((x) => x.precursor === "SO2" && x.component === "SO4")).toMatchObject({ value: "0.000002", origin: "user", quality: "userSupplied", source: own.source });
    expect(c.find((x) => x.precursor === "NOx" && x.component === "NO3")!.origin).toBe("built-in");
  });

  it("refuses a sector whose PM2.5 changes has no route, and an unknown intake fraction with the nearest names", () => {
    const e = thrown(() => computeExposure(result, { ...EXPOSURE, primary: { species: "PM2.5", routes: [{ sector: "1.A.1", intakeFraction: "Humbert2011-urban-grond" }] } }));
    expect(e).toBeInstanceOf(InvalidInputError);
    const messages = (e as InvalidInputError).issues.map((i) => i.message).join("\n");
    expect(messages).toContain('did you mean "Humbert2011-urban-ground"');
    expect(messages).toContain("1.A.4.b.i");
    expect((e as InvalidInputError).issues[0]!.path).toEqual(["impacts", "exposure", "primary", "routes", 0, "intakeFraction"]);
  });
});

describe("health: avoided deaths per measure under named functions, side by side", () => {
  const result = stovesResult();
  const exposure = computeExposure(result, EXPOSURE);

  it("gives every function and endpoint its avoided deaths, whose measure shares add up exactly to the total", () => {
    const h = computeHealth(exposure, HEALTH);
    expect(h.totals.filter((t) => t.year === 2030)).toHaveLength(8); // 2 functions x 4 causes
    for (const t of h.totals) {
      const rows = h.rows.filter((r) => r.year === t.year && r.function === t.function && r.endpoint === t.endpoint);
      expect(sum(rows.map((r) => r.avoidedDeaths))).toBe(new Dec(t.avoidedDeaths).toString());
      expect(sum(rows.map((r) => r.avoidedDeathsLow))).toBe(new Dec(t.avoidedDeathsLow).toString());
      expect(Number(t.avoidedDeathsLow)).toBeLessThanOrEqual(Number(t.avoidedDeaths));
      expect(Number(t.avoidedDeathsHigh)).toBeGreaterThanOrEqual(Number(t.avoidedDeaths));
    }
  });

  it("computes the total as M0 x (1 - HR(C0 - dC) / HR(C0)) with the GEMM hazard ratios", () => {
    const h = computeHealth(exposure, HEALTH);
    const t = h.totals.find((x) => x.year === 2030 && x.function === "GEMM-Burnett2018-with-China" && x.endpoint === "ihd")!;
    const p = h.functions[0]!.endpoints.find((e) => e.endpoint === "ihd")!;
    const dC = Number(t.concentrationReduction);
    expect(Number(t.avoidedDeaths)).toBeCloseTo(1000 * (1 - relativeRisk(p, 60 - dC, "central") / relativeRisk(p, 60, "central")), 6);
  });

  it("asks for the baseline deaths of every endpoint a chosen function acts on", () => {
    const e = thrown(() => computeHealth(exposure, { ...HEALTH, baselineDeaths: HEALTH.baselineDeaths.slice(0, 1) }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.map((i) => i.message).join("\n")).toMatch(/endpoint "stroke", which has no baseline deaths/);
  });

  it("names an unknown function with the nearest built-in one", () => {
    const e = thrown(() => computeHealth(exposure, { ...HEALTH, functions: ["GEMM-Burnett2018-with-Chna"] }));
    expect((e as InvalidInputError).issues[0]).toMatchObject({ path: ["impacts", "health", "functions", 0] });
    expect((e as InvalidInputError).issues[0]!.message).toContain('did you mean "GEMM-Burnett2018-with-China"');
  });

  it("runs a user's log-linear function, whose avoided deaths for a small change approach M0 x beta x dC", () => {
    const loglinear = { name: "my-loglinear", family: "log-linear" as const, endpoint: "natural" as const, rr: "1.1", rrLow: "1.05", rrHigh: "1.15", per: "10", counterfactual: "0", source: SYNTHETIC };
    const h = computeHealth(exposure, { ...HEALTH, baselineDeaths: [{ endpoint: "natural", values: [{ year: 2030, value: "10000" }], unit: "death/yr", source: SYNTHETIC }], functions: [loglinear] });
    const t = h.totals.find((x) => x.year === 2030)!;
    const dC = Number(t.concentrationReduction);
    expect(Number(t.avoidedDeaths)).toBeCloseTo(10000 * (1 - Math.exp(-Math.log(1.1) / 10 * dC)), 6);
    expect(h.functions[0]!.endpoints[0]!.quality).toBe("userSupplied");
  });

  it("keeps the shares exact for any concentration changes and baselines (property)", () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: -2, max: 20, noNaN: true }), { minLength: 1, maxLength: 6 }),
      fc.double({ min: 0, max: 200, noNaN: true }),
      (dcs, c0) => {
        const measures = dcs.map((_, i) => `m${i}`);
        const rows = measures.map((m, i) => ({ year: 2030, measure: m, primary: "0", secondary: "0", total: new Dec(dcs[i]!).toDecimalPlaces(12).toString() }));
        const total = sum(rows.map((r) => r.total));
        const h = computeHealth({ rows, totals: [{ year: 2030, total }], intakeFractions: [], secondaryCoefficients: [] }, {
          ...HEALTH, baselineConcentration: { values: [{ year: 2030, value: new Dec(c0).toString() }], unit: "ug/m3", source: SYNTHETIC }, functions: ["GEMM-Burnett2018-without-China"],
        });
        for (const t of h.totals) expect(sum(h.rows.filter((r) => r.endpoint === t.endpoint).map((r) => r.avoidedDeaths))).toBe(new Dec(t.avoidedDeaths).toString());
      },
    ), { numRuns: 40 });
  });
});

describe("valuation: VSL by benefit transfer", () => {
  const result = stovesResult();
  const health = computeHealth(computeExposure(result, EXPOSURE), HEALTH);
  const valuation = (income: string, elasticity: string) => computeValuation(health, {
    currency: "USD", priceYear: 2005,
    vsl: { parameters: "OECD2012-EU27", incomeElasticity: { value: elasticity, source: SYNTHETIC }, targetIncome: { values: [{ year: 2030, value: income }], source: SYNTHETIC } },
    costs: [{ measure: "filters", year: 2030, value: "1000000", source: SYNTHETIC }],
  });

  it("transfers the OECD 2012 EU-27 base value: at a quarter of the base income with elasticity 0.5 the VSL halves, 3.6 M to 1.8 M USD 2005", () => {
    const v = valuation(new Dec(32700).div(4).toString(), "0.5");
    expect(v.rows[0]!.vsl).toBe("1800000");
    expect(v.parameters).toMatchObject({ baseValue: "3600000", baseIncome: "32700", elasticity: "0.5" });
  });

  it("values each measure's avoided deaths so that they add up exactly, and gives the benefit-cost ratio where a cost is given", () => {
    const v = valuation("5000", "0.8");
    const fn = "GEMM-Burnett2018-with-China";
    const rows = v.rows.filter((r) => r.year === 2030 && r.function === fn);
    const deaths = health.totals.filter((t) => t.year === 2030 && t.function === fn).reduce((s, t) => s.plus(t.avoidedDeaths), new Dec(0));
    expect(Number(sum(rows.map((r) => r.value)))).toBeCloseTo(deaths.times(rows[0]!.vsl).toNumber(), -1);
    const filters = rows.find((r) => r.measure === "filters")!;
    expect(filters.benefitCostRatio).toBe(new Dec(filters.value).div(1000000).toSignificantDigits(6).toString());
    expect(rows.find((r) => r.measure === "fewer-stoves")!.benefitCostRatio).toBeUndefined();
  });

  it("takes its costs from a costs result's annual rows of one perspective, carrying the fuels it left unpriced into the ratio's row", () => {
    const section = { currency: "USD", priceYear: 2005, vsl: { parameters: "OECD2012-EU27", incomeElasticity: { value: "0.8", source: SYNTHETIC }, targetIncome: { values: [{ year: 2030, value: "5000" }], source: SYNTHETIC } } };
    const costs = { currency: "USD", priceYear: 2005, annual: [
      { year: 2030, measure: "filters", perspective: "society", total: "2000000", unpricedFuels: [] },
      { year: 2030, measure: "fewer-stoves", perspective: "society", total: "5000000", unpricedFuels: ["naturalGas"] },
      { year: 2030, measure: "filters", perspective: "households", total: "1", unpricedFuels: [] },
    ] };
    const v = computeValuation(health, withCostsResult(section, costs, "society"));
    const row = (m: string) => v.rows.find((r) => r.year === 2030 && r.measure === m && r.function === "GEMM-Burnett2018-with-China")!;
    expect(row("filters")).toMatchObject({ cost: "2000000", benefitCostRatio: new Dec(row("filters").value).div(2000000).toSignificantDigits(6).toString() });
    expect(row("fewer-stoves").costUnpricedFuels).toEqual(["naturalGas"]);
    expect(thrown(() => withCostsResult(section, { ...costs, priceYear: 2020 }, "society"))).toBeInstanceOf(InvalidInputError);
    expect((thrown(() => withCostsResult(section, costs, "government")) as InvalidInputError).issues[0]!.message).toContain("it has society, households");
  });

  it("refuses a built-in set in another currency or price year than the valuation's", () => {
    const e = thrown(() => computeValuation(health, { currency: "MNT", priceYear: 2024, vsl: { parameters: "OECD2012-EU27", incomeElasticity: { value: "0.8", source: SYNTHETIC }, targetIncome: { values: [{ year: 2030, value: "1" }], source: SYNTHETIC } } }));
    expect((e as InvalidInputError).issues[0]!.message).toContain("USD of 2005");
  });
});

describe("computeImpacts runs the chain from the section", () => {
  it("validates the section first, with paths from impacts", () => {
    const e = thrown(() => computeImpacts(stovesResult(), { health: HEALTH }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues.some((i) => i.path.join(".") === "impacts.health")).toBe(true);
  });

  it("refuses a source id that no citation defines, at its path, and accepts it once the scenario's userCitations define it", () => {
    const e = thrown(() => computeImpacts(stovesResult(), { exposure: EXPOSURE, health: HEALTH }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues[0]!.path).toEqual(["impacts", "exposure", "population", "source", "id"]);
    expect((e as InvalidInputError).issues[0]!.message).toContain('no citation "synthetic-test-fixture"');
  });

  it("returns exposure, health and valuation when the section has them", () => {
    const r = computeImpacts(stovesResult(), { exposure: EXPOSURE, health: HEALTH }, [SYNTHETIC_CITATION]);
    expect(r.exposure?.rows.length).toBeGreaterThan(0);
    expect(r.health?.rows.length).toBeGreaterThan(0);
    expect(r.valuation).toBeUndefined();
  });
});

describe("exposure is linear in what it should be linear in (properties)", () => {
  const result = stovesResult();
  it("halves the concentration change when the population doubles, and scales it with the intake fraction", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 1000 }), (pop, iF) => {
      const section = (p: number, f: number) => ({
        population: { values: [{ year: 2030, value: String(p) }], unit: "person" as const, source: SYNTHETIC }, scopes: ["direct" as const],
        breathingRate: { value: "10", unit: "m3/person/day" as const, source: SYNTHETIC },
        primary: { species: "PM2.5" as const, routes: [{ sector: "1.A.4", intakeFraction: { name: "x", value: String(f), unit: "ppm" as const, setting: "outdoor" as const, source: SYNTHETIC } }] },
      });
      const one = new Dec(computeExposure(result, section(pop, iF)).totals[0]!.total);
      const twice = new Dec(computeExposure(result, section(pop * 2, iF)).totals[0]!.total);
      const moreIf = new Dec(computeExposure(result, section(pop, iF * 3)).totals[0]!.total);
      expect(twice.times(2).minus(one).abs().lte("1e-12")).toBe(true);
      expect(moreIf.minus(one.times(3)).abs().lte("3e-12")).toBe(true);
    }), { numRuns: 25 });
  });
});
