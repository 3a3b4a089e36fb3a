import type { Provenance } from "../../citations/sourceRef.js";
import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { SHAPLEY_FAST_MAX_MEASURES } from "../../attribution/shapleyFast.js";
import { sumGameShares } from "../../attribution/sumGameShares.js";
import { nearestStrings } from "../../nearestStrings.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { TM5_FASST_BASE_EMISSIONS } from "../exposure/tm5FasstCoefficients.js";
import { type OzonePrecursor, TM5_FASST_NMVOC_BASE_EMISSIONS } from "../exposure/tm5FasstOzoneCoefficients.js";
import { valueInYear } from "../yearValues.js";
import { BUILTIN_CROP_FUNCTIONS, type CropResponseFunction, relativeYieldLoss } from "./cropFunctions.js";
import type { CropsSection } from "./cropsSection.js";
import { CROP_RECEPTOR_ORDER, type Crop, type CropMetric, TM5_FASST_CROP_COEFFICIENTS, TM5_FASST_CROP_SOURCE } from "./tm5FasstCropCoefficients.js";

/** Decimal places of crop exposure changes and relative yield losses: the measures' shares sum exactly to the totals at this precision. */
export const CROP_PLACES = 12;

const PRECURSORS: readonly OzonePrecursor[] = ["NOx", "NMVOC", "SO2"];

/**
 * A crop exposure coefficient in use, per tonne.
 * @category Impacts
 */
export interface CropCoefficientInUse extends Provenance {
  readonly crop: Crop;
  readonly metric: CropMetric;
  readonly precursor: OzonePrecursor;
  /** [ppm h per t/yr] for AOT40, [ppb per t/yr] for Mi */
  readonly value: DecimalString;
}

/**
 * One measure's effect on one crop in one year under one function. Positive is less ozone damage.
 * @category Impacts
 */
export interface CropsRow {
  readonly year: number;
  readonly measure: string;
  readonly function: string;
  readonly crop: Crop;
  readonly metric: CropMetric;
  /** [ppm h] (AOT40) or [ppb] (Mi): the measure's reduction of the crop's exposure */
  readonly exposureReduction: DecimalString;
  /** [-] the measure's Shapley share of the avoided relative yield loss; over the measures they sum exactly to the total */
  readonly avoidedYieldLoss: DecimalString;
}

/**
 * The crops step's result: per year, measure, function and crop, the exposure reduction and the
 * avoided relative yield loss; totals with the baseline's yield loss; the coefficients used.
 * @category Impacts
 */
export interface CropsResult {
  readonly rows: readonly CropsRow[];
  readonly totals: readonly { readonly year: number; readonly function: string; readonly crop: Crop; readonly metric: CropMetric; readonly baseline: DecimalString; readonly baselineYieldLoss: DecimalString; readonly exposureReduction: DecimalString; readonly avoidedYieldLoss: DecimalString }[];
  readonly functions: readonly CropResponseFunction[];
  readonly coefficients: readonly CropCoefficientInUse[];
}

/**
 * The crop exposure coefficients of a crops section per tonne, converted as rfasst's
 * `m2_get_conc_aot40` and `m2_get_conc_mi` do (value per 20 % of the source region's base
 * emission x 5 / (E_base [kg/yr] / 1000)).
 *
 * @param section - the `impacts.crops` section
 * @returns 24 coefficients (4 crops x 2 metrics x 3 precursors), exact decimals
 * @example
 * ```ts
 * import { cropCoefficients } from "cobenefits/impacts";
 * cropCoefficients({ model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", scopes: ["direct"], functions: [], baseline: [] }).length; // 24
 * ```
 * @category Impacts
 */
export function cropCoefficients(section: Pick<CropsSection, "sourceRegion" | "receptorRegion">): CropCoefficientInUse[] {
  const r = CROP_RECEPTOR_ORDER.indexOf(section.receptorRegion);
  return TM5_FASST_CROP_COEFFICIENTS.filter((row) => row[3] === section.sourceRegion).map(([crop, metric, precursor, source, values]) => {
    const base = [...TM5_FASST_BASE_EMISSIONS, ...TM5_FASST_NMVOC_BASE_EMISSIONS].find((b) => b.precursor === precursor && b.region === source);
    const v = values[r];
    if (base === undefined || v === undefined) throw new Error(`built-in TM5-FASST crop table lacks ${crop} ${metric} ${precursor} ${source}`);
    return {
      crop, metric, precursor, value: new Dec(v).times(5).div(new Dec(base.emission).div(1000)).toString(),
      source: TM5_FASST_CROP_SOURCE, quality: "secondary" as const, via: "rfasst 1.1.0 data (JGCRI)",
      note: `${v} ${metric === "AOT40" ? "ppm h" : "ppb"} per 20 % of the ${source} base emission of ${base.emission} kg/yr, times 5, per tonne; receptor ${section.receptorRegion}`,
    };
  });
}

/**
 * Ozone damage to crops avoided by each measure: the change of each crop's exposure (AOT40 or Mi)
 * is linear in the Shapley-attributed reductions of NOx, NMVOC and SO2 (TM5-FASST coefficients,
 * exact decimals); the avoided relative yield loss of a set S of measures is RYL(M0) - RYL(M0 -
 * dM_S) under the named function, with M0 the crop's baseline exposure; each measure's share is
 * its Shapley value (float64, `shapleyFast`), apportioned to {@link CROP_PLACES} decimals so that
 * the shares add up exactly.
 *
 * @param result - an exact scenario result (its `attributionBySector`)
 * @param section - the `impacts.crops` section
 * @param path - where the section is in the input [path]
 * @returns avoided relative yield losses [-] per year, measure, function and crop
 * @throws {@link cobenefits!InvalidInputError} for an unknown function (with the nearest names), a function with no baseline of its metric, or a year without a baseline value
 * @example
 * ```ts
 * import { computeCrops } from "cobenefits/impacts";
 * typeof computeCrops; // "function"
 * ```
 * @category Impacts
 */
export function computeCrops(result: ScenarioResult, section: CropsSection, path: readonly (string | number)[] = ["impacts", "crops"]): CropsResult {
  const issues: InputIssueInit[] = [];
  const names = BUILTIN_CROP_FUNCTIONS.map((f) => f.name);
  const functions = section.functions.flatMap((name, i) => {
    const f = BUILTIN_CROP_FUNCTIONS.find((x) => x.name === name);
    if (f === undefined) {
      const near = nearestStrings(name, names, 2);
      issues.push({ path: [...path, "functions", i], message: `unknown crop function "${name}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} (built in: ${names.join(", ")})` });
      return [];
    }
    if (!section.baseline.some((b) => b.metric === f.metric)) issues.push({ path: [...path, "baseline"], message: `function "${name}" takes ${f.metric}: give the baseline ${f.metric} of at least one crop` });
    return [f];
  });
  const measures = [...new Set(result.attributionBySector.map((a) => a.measure))];
  if (measures.length > SHAPLEY_FAST_MAX_MEASURES) issues.push({ path: ["measures"], message: `crop losses are attributed for at most ${SHAPLEY_FAST_MAX_MEASURES} measures, the scenario has ${measures.length}` });
  if (issues.length > 0) throw new InvalidInputError("impacts crops", issues);
  const coefficients = cropCoefficients(section);
  const scopes = new Set<string>(section.scopes);
  // The section's attribution rows by year, measure and species, once (in their order, so the sums
  // below are the same), instead of filtering all of them for every function and crop.
  const byKey = new Map<string, ScenarioResult["attributionBySector"][number][]>();
  for (const a of result.attributionBySector) {
    if (!scopes.has(a.scope)) continue;
    const key = `${a.year}|${a.measure}|${a.species}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [a]);
    else list.push(a);
  }
  const rows: CropsRow[] = [];
  const totals: CropsResult["totals"][number][] = [];
  for (const year of result.years) {
    for (const f of functions) {
      for (const p of f.crops) {
        const bi = section.baseline.findIndex((b) => b.crop === p.crop && b.metric === f.metric);
        const b = section.baseline[bi];
        if (b === undefined) continue;
        const m0 = valueInYear(b.values, year);
        if (m0 === undefined) {
          issues.push({ path: [...path, "baseline", bi, "values"], message: `no baseline ${f.metric} of ${p.crop} for ${year} (a value at or before it is needed)` });
          continue;
        }
        const exact = measures.map((m) => PRECURSORS.reduce((s, pre) => {
          const c = coefficients.find((x) => x.crop === p.crop && x.metric === f.metric && x.precursor === pre);
          return (byKey.get(`${year}|${m}|${pre}`) ?? []).reduce((t, a) => t.plus(new Dec(a.shapley).times(c?.value ?? "0")), s);
        }, new Dec(0)).toDecimalPlaces(CROP_PLACES));
        const dm = exact.map(Number);
        const base = relativeYieldLoss(p, Number(m0));
        const { total, each } = sumGameShares(dm, (d) => base - relativeYieldLoss(p, Number(m0) - d), CROP_PLACES);
        measures.forEach((m, i) => rows.push({ year, measure: m, function: f.name, crop: p.crop, metric: f.metric, exposureReduction: (exact[i] ?? new Dec(0)).toString(), avoidedYieldLoss: (each[i] ?? new Dec(0)).toString() }));
        totals.push({ year, function: f.name, crop: p.crop, metric: f.metric, baseline: m0, baselineYieldLoss: new Dec(base).toDecimalPlaces(CROP_PLACES).toString(), exposureReduction: exact.reduce((s, x) => s.plus(x), new Dec(0)).toString(), avoidedYieldLoss: total.toString() });
      }
    }
  }
  if (issues.length > 0) throw new InvalidInputError("impacts crops", issues);
  return { rows, totals, functions, coefficients };
}
