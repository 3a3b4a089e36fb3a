import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError, compileScenario, evaluateScenario } from "../../src/index.js";
import {
  BUILTIN_CRFS, TM5_FASST_BASE_EMISSIONS, TM5_FASST_NMVOC_BASE_EMISSIONS, TM5_FASST_OZONE_COEFFICIENTS, computeExposure, computeHealth, computeImpacts,
  computeOzoneExposure, impactsCitation, ozoneCoefficients, relativeRisk, resolveCrfs, type ExposureResult, type HealthSection,
} from "../../src/impacts.js";
import type { ScenarioResult } from "../../src/scenario/evaluate/scenarioResult.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";
import { EXPOSURE, HEALTH, STOVES_SCENARIO, SYNTHETIC, SYNTHETIC_CITATION } from "./fixtures.js";

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0)).toString();
const MON = { model: "TM5-FASST", metric: "M6M", sourceRegion: "MON", receptorRegion: "MON" } as const;
const coefficient = (p: string, s: string, r: string) => TM5_FASST_OZONE_COEFFICIENTS.find((c) => c.precursor === p && c.sourceRegion === s && c.receptorRegion === r)?.perTwentyPercent;

describe("TM5-FASST ozone (M6M) coefficients (Van Dingenen et al. 2018, via rfasst)", () => {
  it("covers NOx, NMVOC and SO2 for every source-receptor pair of China, Korea, Japan and Mongolia once", () => {
    expect(TM5_FASST_OZONE_COEFFICIENTS).toHaveLength(3 * 4 * 4);
    expect(new Set(TM5_FASST_OZONE_COEFFICIENTS.map((c) => `${c.precursor}${c.sourceRegion}${c.receptorRegion}`)).size).toBe(48);
    expect(TM5_FASST_NMVOC_BASE_EMISSIONS.map((b) => b.region).sort()).toEqual(["CHN", "COR", "JPN", "MON"]);
  });

  it.each([
    // read a second time in rfasst 1.1.0 data/src.m6m_<precursor>.rda, row COUNTRY = source, column = receptor [ppb per 20 %]
    ["NOx", "COR", "COR", "-1.57"], ["NOx", "CHN", "CHN", "1.77"], ["NOx", "MON", "MON", "-0.0448"], ["NOx", "CHN", "MON", "0.975"],
    ["NMVOC", "MON", "MON", "0.0207"], ["NMVOC", "CHN", "COR", "0.322"], ["NMVOC", "JPN", "JPN", "0.502"],
    ["SO2", "CHN", "MON", "-0.0937"], ["SO2", "JPN", "COR", "-0.00411"],
  ] as const)("%s from %s to %s is %s ppb per 20 %% of the base emission", (p, s, r, v) => {
    expect(coefficient(p, s, r)).toBe(v);
  });

  it("takes the NMVOC base emissions from rfasst raw.base_em column VOC, in kg/yr (Mongolia 418,570 t, China 23.5 Mt)", () => {
    expect(TM5_FASST_NMVOC_BASE_EMISSIONS.find((b) => b.region === "MON")?.emission).toBe("418570000");
    expect(TM5_FASST_NMVOC_BASE_EMISSIONS.find((b) => b.region === "CHN")?.emission).toBe("23490500000");
  });

  it("converts per tonne as rfasst's m2_get_conc_m6m does: value x 5 / (E_base [kg/yr] / 1000), exactly", () => {
    const [nox, nmvoc, so2] = ozoneCoefficients(MON);
    const base = (p: string) => TM5_FASST_BASE_EMISSIONS.find((b) => b.region === "MON" && b.precursor === p)!.emission;
    expect(nox!.value).toBe(new Dec("-0.0448").times(5).div(new Dec(base("NOx")).div(1000)).toString());
    expect(nmvoc!.value).toBe(new Dec("0.0207").times(5).div(418570).toString());
    expect(so2!.value).toBe(new Dec("-0.00984").times(5).div(new Dec(base("SO2")).div(1000)).toString());
    expect(nox!.origin).toBe("built-in");
    expect(nox!.source.id).toBe("VanDingenen2018-TM5-FASST");
    expect(nox!.via).toContain("rfasst");
  });

  it("lets a city's own coefficient replace the built-in one for the same precursor, keeping its source", () => {
    const own = ozoneCoefficients({ ...MON, coefficients: [{ precursor: "NMVOC", value: "3e-6", unit: "ppb per t/yr", source: SYNTHETIC }] });
    expect(own.find((c) => c.precursor === "NMVOC")).toMatchObject({ value: "3e-6", origin: "user", source: SYNTHETIC });
    expect(own.find((c) => c.precursor === "NOx")?.origin).toBe("built-in");
  });
});

describe("ozone exposure: from Shapley-attributed tonnes to the M6M change per measure", () => {
  const scenario = { ...STOVES_SCENARIO, species: ["PM2.5", "SO2", "NOx", "NMVOC"] } as typeof STOVES_SCENARIO;
  const result = evaluateScenario(compileScenario(scenario));
  const exposure = computeExposure(result, { ...EXPOSURE, ozone: MON });
  const o3 = exposure.ozone!;

  it("is the sum over precursors of coefficient x the measure's reduction, and the measures add up exactly to the year's total", () => {
    const cs = ozoneCoefficients(MON);
    for (const t of o3.totals) {
      const expected = result.attributionBySector.filter((a) => a.year === t.year && a.scope === "direct")
        .reduce((s, a) => s.plus(new Dec(a.shapley).times(cs.find((c) => c.precursor === a.species)?.value ?? "0")), new Dec(0));
      expect(t.total).toBe(expected.toDecimalPlaces(12).toString());
      expect(sum(o3.rows.filter((r) => r.year === t.year).map((r) => r.total))).toBe(new Dec(t.total).toString());
    }
    expect(o3).toMatchObject({ metric: "M6M", unit: "ppb" });
    expect(o3.rows.some((r) => r.byPrecursor.NMVOC !== "0")).toBe(true);
  });

  it("accepts an exposure section with ozone alone (no PM2.5 pathway)", () => {
    const { primary: _p, secondary: _s, ...base } = EXPOSURE;
    const only = computeImpacts(result, { exposure: { ...base, ozone: MON } }, [SYNTHETIC_CITATION]);
    expect(only.exposure?.ozone?.totals).toEqual(o3.totals);
    expect(only.exposure?.totals.every((t) => t.total === "0")).toBe(true);
  });

  it("is linear and additive in the emission reductions (property, exact decimals)", () => {
    const fake = (rows: { measure: string; species: string; shapley: string }[]) => ({ years: [2030], attributionBySector: rows.map((r) => ({ ...r, year: 2030, scope: "direct", sector: "1.A.4.b.i" })) }) as unknown as ScenarioResult;
    const row = fc.record({ species: fc.constantFrom("NOx", "NMVOC", "SO2", "PM2.5"), shapley: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => new Dec(n).div(1000).toString()) });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.integer({ min: -5, max: 5 }), fc.constantFrom("CHN", "COR", "JPN", "MON"), (rows, k, region) => {
      const section = { ...MON, sourceRegion: region, receptorRegion: region } as const;
      const one = computeOzoneExposure(fake(rows.map((r) => ({ ...r, measure: "a" }))), section, ["direct"]);
      const scaled = computeOzoneExposure(fake(rows.map((r) => ({ ...r, measure: "a", shapley: new Dec(r.shapley).times(k).toString() }))), section, ["direct"]);
      expect(new Dec(scaled.totals[0]!.total).minus(new Dec(one.totals[0]!.total).times(k)).abs().lte(new Dec("1e-11"))).toBe(true);
      const split = computeOzoneExposure(fake(rows.map((r, i) => ({ ...r, measure: i % 2 === 0 ? "a" : "b" }))), section, ["direct"]);
      expect(split.totals[0]!.total).toBe(one.totals[0]!.total);
      expect(sum(split.rows.map((r) => r.total))).toBe(new Dec(split.totals[0]!.total).toString());
    }), { numRuns: 60 });
  });
});

describe("ozone mortality: Jerrett et al. 2009, respiratory, log-linear in M6M above 33.3 ppb", () => {
  const jerrett = BUILTIN_CRFS.find((f) => f.name === "Jerrett2009-O3-respiratory")!;
  const e = jerrett.endpoints[0]!;

  it("carries the coefficients rfasst distributes (rr_resp_o3_Jerret2009_med/_low/_high, cf_o3), which are ln(1.040), ln(1.010), ln(1.067) per 10 ppb", () => {
    // rfasst 1.1.0 data/rr_resp_o3_Jerret2009_{med,low,high}.rda and cf_o3.rda, read a second time: 0.0039221, 0.00099503, 0.0064851, 33.3
    expect(e).toMatchObject({ endpoint: "resp", family: "log-linear-beta", beta: "0.0039221", betaLow: "0.00099503", betaHigh: "0.0064851", counterfactual: "33.3" });
    expect(jerrett.pollutant).toBe("O3");
    expect(Math.log(1.04) / 10).toBeCloseTo(0.0039221, 7);
    expect(Math.log(1.01) / 10).toBeCloseTo(0.00099503, 8);
    expect(Math.log(1.067) / 10).toBeCloseTo(0.0064851, 7);
    expect(impactsCitation(e.source.id)?.doi).toBe("10.1056/NEJMoa0803894");
  });

  it("is 1 at and below 33.3 ppb and exp(beta (C - 33.3)) above", () => {
    expect(relativeRisk(e, 33.3, "central")).toBe(1);
    expect(relativeRisk(e, 20, "high")).toBe(1);
    expect(relativeRisk(e, 43.3, "central")).toBeCloseTo(Math.exp(0.039221), 12);
    expect(relativeRisk(e, 43.3, "low")).toBeLessThan(relativeRisk(e, 43.3, "central"));
  });

  const health: HealthSection = {
    ...HEALTH,
    baselineDeaths: [...HEALTH.baselineDeaths, { endpoint: "resp", values: [{ year: 2030, value: "500" }], unit: "death/yr", source: SYNTHETIC }],
    // TM5-FASST base-year (2000) M6M of region MON as distributed in rfasst data/raw.base_conc.rda
    ozoneBaseline: { metric: "M6M", values: [{ year: 2030, value: "52.8" }], unit: "ppb", source: { id: "VanDingenen2018-TM5-FASST", table: "raw.base_conc M6M, MON" } },
    functions: ["GEMM-Burnett2018-with-China", "Jerrett2009-O3-respiratory"],
  };
  const synthetic = (dcs: readonly number[]): ExposureResult => {
    const rows = dcs.map((d, i) => ({ year: 2030, measure: `m${i}`, byPrecursor: { NOx: "0", NMVOC: new Dec(d).toDecimalPlaces(12).toString(), SO2: "0" }, total: new Dec(d).toDecimalPlaces(12).toString() }));
    return {
      rows: dcs.map((_, i) => ({ year: 2030, measure: `m${i}`, primary: "1", secondary: "0", total: "1" })), totals: [{ year: 2030, total: String(dcs.length) }], intakeFractions: [], secondaryCoefficients: [],
      ozone: { metric: "M6M", unit: "ppb", rows, totals: [{ year: 2030, total: sum(rows.map((r) => r.total)) }], coefficients: [] },
    };
  };

  it("gives avoided respiratory deaths M0 (1 - exp(-beta dO3)) above the threshold, side by side with the PM2.5 functions, in ppb", () => {
    const h = computeHealth(synthetic([2, 3]), health);
    const t = h.totals.find((x) => x.function === "Jerrett2009-O3-respiratory")!;
    expect(t).toMatchObject({ endpoint: "resp", baselineConcentration: "52.8", concentrationReduction: "5" });
    expect(Number(t.avoidedDeaths)).toBeCloseTo(500 * (1 - Math.exp(-0.0039221 * 5)), 6);
    expect(Number(t.avoidedDeathsLow)).toBeCloseTo(500 * (1 - Math.exp(-0.00099503 * 5)), 6);
    expect(Number(t.avoidedDeathsHigh)).toBeCloseTo(500 * (1 - Math.exp(-0.0064851 * 5)), 6);
    expect(h.rows.filter((r) => r.function === "Jerrett2009-O3-respiratory").map((r) => r.concentrationReduction)).toEqual(["2", "3"]);
    expect(h.totals.find((x) => x.function === "GEMM-Burnett2018-with-China")?.concentrationReduction).toBe("2");
  });

  it("counts only the part above the threshold: from 35 ppb a 5 ppb cut avoids M0 (1 - 1/exp(beta 1.7))", () => {
    const h = computeHealth(synthetic([5]), { ...health, ozoneBaseline: { ...health.ozoneBaseline!, values: [{ year: 2030, value: "35" }] } });
    const t = h.totals.find((x) => x.function === "Jerrett2009-O3-respiratory")!;
    expect(Number(t.avoidedDeaths)).toBeCloseTo(500 * (1 - Math.exp(-0.0039221 * 1.7)), 6);
  });

  it("attributes the deaths with Shapley shares that add up exactly, also when a measure raises ozone (property)", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 15, noNaN: true }), { minLength: 1, maxLength: 6 }), fc.double({ min: 20, max: 80, noNaN: true }), (dcs, c0) => {
      const h = computeHealth(synthetic(dcs), { ...health, ozoneBaseline: { ...health.ozoneBaseline!, values: [{ year: 2030, value: new Dec(c0).toString() }] }, functions: ["Jerrett2009-O3-respiratory"] });
      for (const t of h.totals) expect(sum(h.rows.map((r) => r.avoidedDeaths))).toBe(new Dec(t.avoidedDeaths).toString());
    }), { numRuns: 40 });
  });

  it("asks for impacts.exposure.ozone and for the ozone baseline when an ozone function is named", () => {
    const noOzone = { ...synthetic([1]) };
    delete (noOzone as { ozone?: unknown }).ozone;
    const err = thrown(() => computeHealth(noOzone, health), InvalidInputError);
    expect(err.issues.map((i) => i.path.join("."))).toContain("impacts.health.functions.1");
    const { ozoneBaseline: _, ...withoutBaseline } = health;
    const err2 = thrown(() => computeHealth(synthetic([1]), withoutBaseline), InvalidInputError);
    expect(err2.issues.map((i) => i.path.join("."))).toContain("impacts.health.ozoneBaseline");
  });

  it("runs a user's own ozone function (e.g. another cohort's coefficient) in the same form", () => {
    const own = { name: "my-o3", family: "log-linear-beta" as const, endpoint: "resp" as const, beta: "0.01", betaLow: "0.005", betaHigh: "0.015", counterfactual: "26.7", pollutant: "O3" as const, source: SYNTHETIC };
    const fns = resolveCrfs({ ...health, functions: [own] });
    expect(fns[0]).toMatchObject({ name: "my-o3", pollutant: "O3" });
    const h = computeHealth(synthetic([4]), { ...health, functions: [own] });
    expect(Number(h.totals[0]!.avoidedDeaths)).toBeCloseTo(500 * (1 - Math.exp(-0.04)), 6);
  });
});
