import { Dec, type DecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { toCsv } from "./csv.js";

/**
 * A scenario to compare: its result, the name it is shown by (unique among those compared), and
 * its measures' kinds and labels (from the scenario), for the tables.
 * @category Report
 */
export interface ComparedScenario {
  readonly name: string;
  readonly result: ScenarioResult;
  readonly measures?: readonly { readonly id: string; readonly kind: string; readonly label?: string | undefined }[];
}

/**
 * Emissions of one species in one year in one scenario, summed over sectors and scopes, and how
 * they differ from the reference scenario's (the first compared) [t]. The differences are empty
 * when the reference does not compute that species in that year.
 * @category Report
 */
export interface ComparisonEmissionsRow {
  readonly year: number;
  readonly species: Species;
  readonly scenario: string;
  readonly baseline: DecimalString;
  readonly emissions: DecimalString;
  /** baseline - emissions; negative when emissions rise. */
  readonly reduction: DecimalString;
  /** emissions - the reference's emissions; negative when this scenario emits less. */
  readonly emissionsVsReference: DecimalString | "";
  /** reduction - the reference's reduction; positive when this scenario reduces more. */
  readonly reductionVsReference: DecimalString | "";
  readonly unit: "t";
}

/**
 * CO2e under one metric in one year in one scenario, and how it differs from the reference's
 * [t CO2-eq] (empty when the reference has no CO2e under that metric in that year).
 * @category Report
 */
export interface ComparisonCo2eRow {
  readonly metric: string;
  readonly year: number;
  readonly scenario: string;
  readonly baseline: DecimalString;
  readonly emissions: DecimalString;
  readonly reduction: DecimalString;
  readonly emissionsVsReference: DecimalString | "";
  readonly reductionVsReference: DecimalString | "";
  readonly unit: "t CO2-eq";
}

/**
 * One measure's reduction of one species in one year in one scenario (its Shapley share) [t], and
 * how it differs from the reference's. A measure that is not in a scenario has an empty
 * `reduction` and counts as zero in the difference; `present` says which.
 * @category Report
 */
export interface ComparisonMeasureRow {
  readonly year: number;
  readonly measure: string;
  readonly kind: string;
  readonly label: string;
  readonly species: Species;
  readonly scenario: string;
  readonly present: boolean;
  readonly reduction: DecimalString | "";
  readonly reductionVsReference: DecimalString;
  readonly unit: "t";
}

/**
 * Scenarios side by side: emissions and reductions per species and year, CO2e per metric and
 * year, and each measure's reduction, each with its difference from the reference (the first
 * scenario), exact decimals.
 * @category Report
 */
export interface ScenarioComparison {
  readonly reference: string;
  readonly scenarios: readonly string[];
  /** Every year, species and metric of any scenario, in order of first appearance (years ascending). */
  readonly years: readonly number[];
  readonly species: readonly Species[];
  readonly metrics: readonly string[];
  readonly emissions: readonly ComparisonEmissionsRow[];
  readonly co2e: readonly ComparisonCo2eRow[];
  readonly measures: readonly ComparisonMeasureRow[];
}

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];
const minus = (a: Dec | undefined, b: Dec | undefined): DecimalString | "" => (a === undefined || b === undefined ? "" : a.minus(b).toString());

/** Totals per key of a scenario's rows. */
function totals<R>(rows: readonly R[], key: (r: R) => string, values: (r: R) => readonly [string, string]): Map<string, [Dec, Dec]> {
  const out = new Map<string, [Dec, Dec]>();
  for (const r of rows) {
    const k = key(r);
    const [b, s] = values(r);
    const t = out.get(k);
    out.set(k, t === undefined ? [new Dec(b), new Dec(s)] : [t[0].plus(b), t[1].plus(s)]);
  }
  return out;
}

/**
 * Compares scenarios: the first is the reference every difference is taken from. Emissions are
 * summed over sectors and scopes per species and year; measures are compared by id (a measure
 * of the same id in two scenarios is taken to be the same measure, changed or not). Exact: every
 * value and difference is a decimal string computed on decimals.
 *
 * @param scenarios - two or more, each with a unique `name`; the first is the reference
 * @returns the three long tables
 * @throws RangeError when fewer than two scenarios are given or two share a name (a programming
 *   error: the command line names them uniquely)
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { compareScenarios } from "./scenarioComparison.js";
 * const run = (removal: string) => evaluateScenario(compileScenario({ name: `FGD ${removal}`, years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: removal } }] }));
 * const c = compareScenarios([{ name: "A", result: run("0.5") }, { name: "B", result: run("0.9") }]);
 * c.emissions.map((r) => [r.scenario, r.reduction, r.reductionVsReference]); // [["A", "45", "0"], ["B", "81", "36"]]
 * ```
 * @category Report
 */
export function compareScenarios(scenarios: readonly ComparedScenario[]): ScenarioComparison {
  if (scenarios.length < 2) throw new RangeError(`compareScenarios needs two or more scenarios; got ${scenarios.length}`);
  const names = scenarios.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new RangeError(`compareScenarios: two scenarios are named "${twice}"; name each one uniquely`);
  const years = union(scenarios.map((s) => s.result.years)).sort((a, b) => a - b);
  const species = union(scenarios.map((s) => s.result.species));
  const metrics = union(scenarios.map((s) => s.result.metrics));

  const emissionTotals = scenarios.map((s) => totals(s.result.emissions, (r) => `${r.year}|${r.species}`, (r) => [r.baseline, r.scenario]));
  const emissions: ComparisonEmissionsRow[] = [];
  for (const year of years) for (const sp of species) {
    const ref = emissionTotals[0]!.get(`${year}|${sp}`);
    scenarios.forEach((s, i) => {
      const t = emissionTotals[i]!.get(`${year}|${sp}`);
      if (t === undefined) return;
      emissions.push({ year, species: sp, scenario: s.name, baseline: t[0].toString(), emissions: t[1].toString(), reduction: t[0].minus(t[1]).toString(), emissionsVsReference: minus(t[1], ref?.[1]), reductionVsReference: minus(t[0].minus(t[1]), ref === undefined ? undefined : ref[0].minus(ref[1])), unit: "t" });
    });
  }

  const co2eTotals = scenarios.map((s) => totals(s.result.co2e, (r) => `${r.metric}|${r.year}`, (r) => [r.baseline, r.scenario]));
  const co2e: ComparisonCo2eRow[] = [];
  for (const metric of metrics) for (const year of years) {
    const ref = co2eTotals[0]!.get(`${metric}|${year}`);
    scenarios.forEach((s, i) => {
      const t = co2eTotals[i]!.get(`${metric}|${year}`);
      if (t === undefined) return;
      co2e.push({ metric, year, scenario: s.name, baseline: t[0].toString(), emissions: t[1].toString(), reduction: t[0].minus(t[1]).toString(), emissionsVsReference: minus(t[1], ref?.[1]), reductionVsReference: minus(t[0].minus(t[1]), ref === undefined ? undefined : ref[0].minus(ref[1])), unit: "t CO2-eq" });
    });
  }

  const shares = scenarios.map((s) => totals(s.result.attribution, (r) => `${r.year}|${r.measure}|${r.species}`, (r) => [r.shapley, r.shapley]));
  const measureIds = union(scenarios.map((s) => [...new Set(s.result.attribution.map((a) => a.measure))]));
  const info = new Map<string, { kind: string; label: string }>();
  for (const s of scenarios) for (const m of s.measures ?? []) if (!info.has(m.id)) info.set(m.id, { kind: m.kind, label: m.label ?? "" });
  const measures: ComparisonMeasureRow[] = [];
  for (const year of years) for (const measure of measureIds) for (const sp of species) {
    const values = shares.map((t) => t.get(`${year}|${measure}|${sp}`)?.[0]);
    if (values.every((v) => v === undefined)) continue;
    const ref = values[0] ?? new Dec(0);
    scenarios.forEach((s, i) => {
      const v = values[i];
      measures.push({ year, measure, kind: info.get(measure)?.kind ?? "", label: info.get(measure)?.label ?? "", species: sp, scenario: s.name, present: v !== undefined, reduction: v === undefined ? "" : v.toString(), reductionVsReference: (v ?? new Dec(0)).minus(ref).toString(), unit: "t" });
    });
  }
  return { reference: names[0]!, scenarios: names, years, species, metrics, emissions, co2e, measures };
}

/**
 * The three tables of a comparison as CSV (machine-readable: English column names, exact
 * decimals, whatever the language of the text table).
 *
 * @param comparison - from {@link compareScenarios}
 * @returns file name to CSV text: `comparison-emissions.csv`, `comparison-co2e.csv`, `comparison-measures.csv`
 * @example
 * ```ts
 * import { comparisonCsv } from "./scenarioComparison.js";
 * Object.keys(comparisonCsv({ reference: "A", scenarios: ["A", "B"], years: [], species: [], metrics: [], emissions: [], co2e: [], measures: [] })); // ["comparison-emissions.csv", "comparison-co2e.csv", "comparison-measures.csv"]
 * ```
 * @category Report
 */
export function comparisonCsv(comparison: ScenarioComparison): Readonly<Record<string, string>> {
  const numbers = ["year", "baseline", "emissions", "reduction", "emissionsVsReference", "reductionVsReference"];
  return {
    "comparison-emissions.csv": toCsv(["year", "species", "scenario", "baseline", "emissions", "reduction", "emissionsVsReference", "reductionVsReference", "unit"], comparison.emissions, { numeric: numbers }),
    "comparison-co2e.csv": toCsv(["metric", "year", "scenario", "baseline", "emissions", "reduction", "emissionsVsReference", "reductionVsReference", "unit"], comparison.co2e, { numeric: numbers }),
    "comparison-measures.csv": toCsv(["year", "measure", "kind", "label", "species", "scenario", "present", "reduction", "reductionVsReference", "unit"], comparison.measures, { numeric: numbers }),
  };
}
