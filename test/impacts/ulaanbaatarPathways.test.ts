import { describe, expect, it } from "vitest";
import { computeHealth, type ExposureResult, type HealthSection } from "../../src/impacts.js";
import { Dec } from "../../src/units/decimal.js";
import { SYNTHETIC } from "./fixtures.js";

/*
 * A published city study, checked within an argued tolerance: Hill L.D., Edwards R., Turner J.R.,
 * Argo Y.D., Olkhanud P.B., Odsuren M., Guttikunda S., Ochir C., Smith K.R. 2017, Health assessment of
 * future PM2.5 exposures from indoor, outdoor, and secondhand tobacco smoke concentrations under
 * alternative policy pathways in Ulaanbaatar, Mongolia, PLOS ONE 12:e0186834, doi:10.1371/journal.pone.0186834 (CC BY; correction e0190432, December 2017), abstract:
 * "Annual average population-weighted PM2.5 exposures at baseline (2014) were estimated at
 * 59 ug/m3 ... under moderate emissions reductions and under a switch to clean technologies,
 * exposures were reduced from baseline levels by 45% and 80%, respectively. The moderate
 * improvement pathway decreased per capita annual disability-adjusted life year (DALY) and death
 * burdens by approximately 40%. A switch to clean fuels decreased per capita annual DALY and death
 * burdens by about 85% by 2024". Their functions are the GBD integrated exposure-response curves
 * (not bundled here: IHME licence), so the library is run with its built-in GEMM functions.
 *
 * The library's share of the attributable burden a pathway removes is avoided(dC) / avoided(C0 - 2.4)
 * = (RR(C0) - RR(C0 - dC)) / (RR(C0) - 1): it does not depend on the baseline deaths, which cancel
 * (the value 1000 below is a synthetic placeholder, not data).
 *
 * Tolerance: the publication rounds ("approximately 40%", "about 85%"): +/- 5 points. The library
 * runs eight functions side by side (four causes, with and without the Chinese cohort) and never
 * averages them; their spread is its own statement of how much the choice of function matters. The
 * check passes when the published band and the span of the eight shares overlap. It is a weak check:
 * the emissions leg of the study (its emission pathways) is not in the abstract and is not checked.
 */

const C0 = "59"; // ug/m3, 2014, population-weighted (indoor, outdoor and secondhand smoke together)
const PATHWAYS = [
  { name: "moderate emissions reductions", cut: "0.45", published: "0.40" },
  { name: "switch to clean technologies", cut: "0.80", published: "0.85" },
] as const;
const ROUNDING = "0.05";
const FUNCTIONS = ["GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China"];
const CAUSES = ["ihd", "stroke", "copd", "lc"] as const;

function oneReduction(dC: string): ExposureResult {
  return { rows: [{ year: 2024, measure: "pathway", primary: dC, secondary: "0", total: dC }], totals: [{ year: 2024, total: dC }], intakeFractions: [], secondaryCoefficients: [] };
}

const section: HealthSection = {
  baselineConcentration: { values: [{ year: 2024, value: C0 }], unit: "ug/m3", source: { id: "Hill2017-Ulaanbaatar", table: "abstract: baseline (2014) population-weighted exposure" } },
  baselineDeaths: CAUSES.map((endpoint) => ({ endpoint, values: [{ year: 2024, value: "1000" }], unit: "death/yr" as const, source: SYNTHETIC })),
  functions: FUNCTIONS,
};

/** Per function and cause: the share of the attributable burden at C0 that a reduction dC removes. */
function sharesRemoved(cut: string): { function: string; endpoint: string; share: number }[] {
  const dC = new Dec(C0).times(cut).toString();
  const avoided = computeHealth(oneReduction(dC), section).totals;
  const burden = computeHealth(oneReduction(new Dec(C0).minus("2.4").toString()), section).totals;
  return avoided.map((a) => ({ function: a.function, endpoint: a.endpoint, share: Number(a.avoidedDeaths) / Number(burden.find((b) => b.function === a.function && b.endpoint === a.endpoint)!.avoidedDeaths) }));
}

describe("Ulaanbaatar: Hill et al. 2017 (PLOS ONE), exposure cuts of 45% and 80% from 59 ug/m3 against the death burdens they publish", () => {
  it.each(PATHWAYS)("$name: exposure 59 ug/m3 cut by $cut; the span of the built-in GEMM functions' shares overlaps the published $published +/- 0.05", ({ cut, published }) => {
    const shares = sharesRemoved(cut);
    expect(shares).toHaveLength(FUNCTIONS.length * CAUSES.length);
    const lowest = Math.min(...shares.map((s) => s.share));
    const highest = Math.max(...shares.map((s) => s.share));
    const bandLow = Number(published) - Number(ROUNDING);
    const bandHigh = Number(published) + Number(ROUNDING);
    expect(highest).toBeGreaterThanOrEqual(bandLow);
    expect(lowest).toBeLessThanOrEqual(bandHigh);
  });

  it("removes, for the moderate pathway (-45%), between 31.8% (IHD, without the Chinese cohort) and 48.9% (stroke, with it) of the burden: the published ~40% is inside", () => {
    const shares = sharesRemoved("0.45");
    const pick = (fn: string, e: string) => shares.find((s) => s.function === fn && s.endpoint === e)!.share;
    // (RR(59) - RR(32.45)) / (RR(59) - 1) with the GEMM parameters (docs/impacts.md)
    expect(pick("GEMM-Burnett2018-without-China", "ihd")).toBeCloseTo(0.318, 3);
    expect(pick("GEMM-Burnett2018-with-China", "stroke")).toBeCloseTo(0.489, 3);
    expect(pick("GEMM-Burnett2018-with-China", "ihd")).toBeCloseTo(0.419, 3);
    expect(Math.min(...shares.map((s) => s.share))).toBeCloseTo(0.318, 3);
    expect(Math.max(...shares.map((s) => s.share))).toBeCloseTo(0.489, 3);
  });

  it("removes, for the clean-technology pathway (-80%), between 70.7% (IHD, without) and 85.5% (stroke, without): the published ~85% is at the top of the span, the IHD functions fall short of its band", () => {
    const shares = sharesRemoved("0.80");
    const pick = (fn: string, e: string) => shares.find((s) => s.function === fn && s.endpoint === e)!.share;
    expect(pick("GEMM-Burnett2018-without-China", "ihd")).toBeCloseTo(0.707, 3);
    expect(pick("GEMM-Burnett2018-without-China", "stroke")).toBeCloseTo(0.855, 3);
    expect(pick("GEMM-Burnett2018-with-China", "ihd")).toBeCloseTo(0.746, 3);
    for (const fn of FUNCTIONS) expect(pick(fn, "ihd")).toBeLessThan(0.8);
  });

  it("is not proportional to the exposure cut: at -45% some functions remove more than 45% of the burden and some less, and every one removes more at -80% than at -45%", () => {
    const moderate = sharesRemoved("0.45");
    const clean = sharesRemoved("0.80");
    for (const s of clean) expect(s.share).toBeGreaterThan(moderate.find((m) => m.function === s.function && m.endpoint === s.endpoint)!.share);
    expect(moderate.some((s) => s.share > 0.45)).toBe(true);
    expect(moderate.some((s) => s.share < 0.45)).toBe(true);
  });
});
