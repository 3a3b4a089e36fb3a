import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError, compileScenario, evaluateScenario } from "../../src/index.js";
import {
  BUILTIN_CROP_FUNCTIONS, CROP_RECEPTOR_ORDER, TM5_FASST_CROP_COEFFICIENTS, computeCrops, computeImpacts, cropCoefficients, cropsCsv, impactsCitation, relativeYieldLoss, type CropsSection,
} from "../../src/impacts.js";
import type { ScenarioResult } from "../../src/scenario/evaluate/scenarioResult.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";
import { STOVES_SCENARIO, SYNTHETIC_CITATION } from "./fixtures.js";

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0)).toString();
// TM5-FASST base-year (2000) exposure of region MON as distributed in rfasst data/raw.base_aot.rda and raw.base_mi.rda
const BASE = { id: "VanDingenen2018-TM5-FASST", table: "rfasst raw.base_aot / raw.base_mi, MON" } as const;
const SECTION: CropsSection = {
  model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", scopes: ["direct"],
  functions: ["Mills2007-AOT40", "WangMauzerall2004-Mi"],
  baseline: [
    { crop: "wheat", metric: "AOT40", values: [{ year: 2030, value: "7.36" }], unit: "ppm h", source: BASE },
    { crop: "rice", metric: "AOT40", values: [{ year: 2030, value: "3.818" }], unit: "ppm h", source: BASE },
    { crop: "wheat", metric: "Mi", values: [{ year: 2030, value: "44.37" }], unit: "ppb", source: BASE },
    { crop: "soy", metric: "Mi", values: [{ year: 2030, value: "43.75" }], unit: "ppb", source: BASE },
  ],
};
const row = (crop: string, metric: string, precursor: string, source: string) => TM5_FASST_CROP_COEFFICIENTS.find((r) => r[0] === crop && r[1] === metric && r[2] === precursor && r[3] === source)?.[4];

describe("TM5-FASST crop ozone coefficients and exposure-yield functions (via rfasst)", () => {
  it("covers 4 crops x 2 metrics x 3 precursors x 4 source regions once, each with the 4 receptors", () => {
    expect(TM5_FASST_CROP_COEFFICIENTS).toHaveLength(96);
    expect(new Set(TM5_FASST_CROP_COEFFICIENTS.map((r) => r.slice(0, 4).join(" "))).size).toBe(96);
    expect(CROP_RECEPTOR_ORDER).toEqual(["CHN", "COR", "JPN", "MON"]);
  });

  it.each([
    // read a second time in rfasst 1.1.0 data/src.<crop>_<metric>_<precursor>.rda, row COUNTRY = source, columns CHN, COR, JPN, MON
    ["rice", "AOT40", "NOx", "CHN", ["0.2711", "0.2019", "0.2051", "0.3233"]],
    ["rice", "Mi", "NOx", "COR", ["0.01065", "-2.393", "0.1277", "0.08819"]],
    ["rice", "Mi", "NOx", "MON", ["0.005249", "0.02293", "0.0269", "-0.1445"]],
  ] as const)("%s %s from %s of %s", (crop, metric, precursor, source, values) => {
    expect(row(crop, metric, precursor, source)).toEqual(values);
  });

  it("carries the functions' parameters rfasst distributes: AOT40 slopes (Mills et al. 2007) and Weibull a, b, threshold (Wang & Mauzerall 2004)", () => {
    // rfasst 1.1.0 data coef.AOT_* 0.00415 0.0163 0.00356 0.0113; a.Mi_* 202 137 124 107; b.Mi_* 2.47 2.34 2.83 1.58; coef.Mi_* 25 25 20 20
    const [mills, wang] = BUILTIN_CROP_FUNCTIONS;
    expect(mills!.crops.map((c) => (c.family === "linear" ? c.slope : ""))).toEqual(["0.00415", "0.0163", "0.00356", "0.0113"]);
    expect(wang!.crops.map((c) => (c.family === "weibull" ? [c.a, c.b, c.threshold] : []))).toEqual([["202", "2.47", "25"], ["137", "2.34", "25"], ["124", "2.83", "20"], ["107", "1.58", "20"]]);
    for (const f of BUILTIN_CROP_FUNCTIONS) for (const c of f.crops) expect(impactsCitation(c.source.id)).toBeDefined();
  });

  it("gives the relative yield loss of each form: wheat at AOT40 5 ppm h loses 0.0163 x 5; Weibull is 0 at the threshold and rises above it", () => {
    expect(relativeYieldLoss({ family: "linear", slope: "0.0163" }, 5)).toBeCloseTo(0.0815, 15);
    const wheat = BUILTIN_CROP_FUNCTIONS[1]!.crops[1]!;
    expect(relativeYieldLoss(wheat, 25)).toBe(0);
    expect(relativeYieldLoss(wheat, 10)).toBe(0);
    // 1 - exp(-(44.37/137)^2.34) / exp(-(25/137)^2.34), the form of rfasst's m4_get_ryl_mi
    expect(relativeYieldLoss(wheat, 44.37)).toBeCloseTo(1 - Math.exp(-((44.37 / 137) ** 2.34)) / Math.exp(-((25 / 137) ** 2.34)), 15);
  });

  it("converts per tonne as rfasst does: rice Mi from NOx, MON on MON, -0.1445 ppb x 5 / 321,780.8 t", () => {
    const c = cropCoefficients(SECTION).find((x) => x.crop === "rice" && x.metric === "Mi" && x.precursor === "NOx")!;
    expect(c.value).toBe(new Dec("-0.1445").times(5).div("321780.8").toString());
  });
});

describe("computeCrops: avoided relative yield loss per measure", () => {
  const scenario = { ...STOVES_SCENARIO, species: ["PM2.5", "SO2", "NOx", "NMVOC"] } as typeof STOVES_SCENARIO;
  const result = evaluateScenario(compileScenario(scenario));

  it("computes each named function for the crops with a baseline of its metric, shares adding up exactly, and writes crops.csv", () => {
    const crops = computeImpacts(result, { crops: SECTION }, [SYNTHETIC_CITATION]).crops!;
    expect(new Set(crops.totals.map((t) => `${t.function} ${t.crop}`))).toEqual(new Set(["Mills2007-AOT40 rice", "Mills2007-AOT40 wheat", "WangMauzerall2004-Mi wheat", "WangMauzerall2004-Mi soy"]));
    for (const t of crops.totals) {
      const rows = crops.rows.filter((r) => r.year === t.year && r.function === t.function && r.crop === t.crop);
      expect(sum(rows.map((r) => r.avoidedYieldLoss))).toBe(new Dec(t.avoidedYieldLoss).toString());
      expect(sum(rows.map((r) => r.exposureReduction))).toBe(new Dec(t.exposureReduction).toString());
    }
    const wheat = crops.totals.find((t) => t.function === "Mills2007-AOT40" && t.crop === "wheat" && t.year === 2030)!;
    // linear: the avoided loss is the slope times the AOT40 reduction
    expect(Number(wheat.avoidedYieldLoss)).toBeCloseTo(0.0163 * Number(wheat.exposureReduction), 12);
    expect(cropsCsv(crops).split("\n")[0]).toBe("year,measure,function,crop,metric,exposureReduction,avoidedYieldLoss");
  });

  it("is linear in the emission reductions for the exposure (property, exact decimals)", () => {
    const fake = (rows: { species: string; shapley: string }[]) => ({ years: [2030], attributionBySector: rows.map((r) => ({ ...r, measure: "a", year: 2030, scope: "direct", sector: "1.A.4.b.i" })) }) as unknown as ScenarioResult;
    const item = fc.record({ species: fc.constantFrom("NOx", "NMVOC", "SO2"), shapley: fc.integer({ min: -100000, max: 100000 }).map((n) => String(n)) });
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 6 }), fc.integer({ min: 2, max: 4 }), (rows, k) => {
      const one = computeCrops(fake(rows), SECTION).totals;
      const scaled = computeCrops(fake(rows.map((r) => ({ ...r, shapley: new Dec(r.shapley).times(k).toString() }))), SECTION).totals;
      one.forEach((t, i) => expect(new Dec(scaled[i]!.exposureReduction).minus(new Dec(t.exposureReduction).times(k)).abs().lte("1e-11")).toBe(true));
    }), { numRuns: 30 });
  });

  it("refuses an unknown function with the nearest name, and a function whose metric has no baseline", () => {
    const err = thrown(() => computeCrops(result, { ...SECTION, functions: ["Mills2007-AOT41"] }), InvalidInputError);
    expect(err.issues[0]?.message).toContain("Mills2007-AOT40");
    const noMi = thrown(() => computeCrops(result, { ...SECTION, baseline: SECTION.baseline.filter((b) => b.metric === "AOT40") }), InvalidInputError);
    expect(noMi.issues.map((i) => i.path.join("."))).toContain("impacts.crops.baseline");
  });
});
