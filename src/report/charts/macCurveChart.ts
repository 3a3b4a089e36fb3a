import type { MacCurve } from "../../costs/macCurve.js";
import { Dec } from "../../units/decimal.js";
import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * A marginal abatement cost curve as a Vega-Lite chart: one bar per measure, as wide as its
 * reduction and as high as its cost per tonne, cheapest first along the cumulative reduction
 * (negative costs, measures that save money, below the axis). Measures left out of the curve
 * (zero or negative reduction) are named in the subtitle.
 *
 * @param curve - from {@link cobenefits/costs!macCurve}
 * @param labels - the words of titles, axes and tooltips (`reportLabels(lang)`); default English ({@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification with the data inline [t/yr, currency/t]
 * @throws {@link cobenefits!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @example
 * ```ts
 * import { macCurveChart } from "cobenefits/charts";
 * const curve = { year: 2030, kind: "species" as const, of: "SO2", perspective: "society" as const, unit: "CNY/t", excluded: [],
 *   steps: [{ rank: 1, measure: "b", reduction: "2", costPerTonne: "-50", cost: "-100", cumulativeStart: "0", cumulativeEnd: "2" }] };
 * (macCurveChart(curve).data as { values: unknown[] }).values; // [{ measure: "b", start: 0, end: 2, costPerTonne: -50, reduction: 2, zero: 0 }]
 * ```
 * @category Charts
 */
export function macCurveChart(curve: MacCurve, labels: ReportLabels = ENGLISH_LABELS): VegaLiteSpec {
  const words = labels.costs;
  const where = (measure: string) => ({ chart: "abatement cost curve", measure, species: curve.of, year: curve.year });
  const values = curve.steps.map((s) => ({
    measure: chartText(s.measure),
    start: chartNumber(new Dec(s.cumulativeStart), where(s.measure)),
    end: chartNumber(new Dec(s.cumulativeEnd), where(s.measure)),
    costPerTonne: chartNumber(new Dec(s.costPerTonne), where(s.measure)),
    reduction: chartNumber(new Dec(s.reduction), where(s.measure)),
    zero: 0,
  }));
  const reductionUnit = curve.kind === "co2e" ? "t CO2-eq/yr" : "t/yr";
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: chartText(words.macTitle(curve.of, curve.year)),
      subtitle: words.macSubtitle(words.perspective(curve.perspective), reductionUnit, curve.unit, curve.excluded.map((e) => chartText(e.measure))),
    },
    data: { values },
    width: 480,
    height: 280,
    mark: { type: "rect", stroke: "white" },
    encoding: {
      x: { field: "start", type: "quantitative", title: words.macCumulativeAxis(reductionUnit) },
      x2: { field: "end" },
      y: { field: "zero", type: "quantitative", title: words.macCostAxis(curve.unit) },
      y2: { field: "costPerTonne" },
      color: { field: "measure", type: "nominal", title: labels.columns.measure, sort: null },
      tooltip: [
        { field: "measure", type: "nominal", title: labels.columns.measure },
        { field: "reduction", type: "quantitative", title: words.macReduction(reductionUnit) },
        { field: "costPerTonne", type: "quantitative", title: words.macCost(curve.unit) },
      ],
    },
  };
}
