import type { ReportLabels } from "../labels.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * The layout both avoided-deaths charts share: a bar per measure and function side by side
 * (`measure`, `function`, `avoidedDeaths` fields), with a second layer for the ranges (its own
 * mark and the `low`/`high` fields).
 *
 * @param title - the chart's title and subtitle
 * @param values - the rows: measure, function, avoidedDeaths, low, high [death]
 * @param words - the impacts words of a language (`reportLabels(lang).impacts`)
 * @param rangeLayer - the layer drawing low to high (a rule or an error bar)
 * @returns a Vega-Lite specification
 * @example
 * ```ts
 * import { deathsByMeasureSpec } from "./deathsByMeasureSpec.js";
 * import { reportLabels } from "cobenefits/report";
 * const spec = deathsByMeasureSpec({ text: "demo" }, [], reportLabels("en").impacts, { mark: { type: "rule" } });
 * (spec.layer as unknown[]).length; // 2
 * ```
 * @category Charts
 */
export function deathsByMeasureSpec(title: { readonly text: string; readonly subtitle?: string }, values: readonly object[], words: ReportLabels["impacts"], rangeLayer: object): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    data: { values },
    width: 320,
    height: 200,
    encoding: {
      x: { field: "measure", type: "nominal", title: null, sort: null, axis: { labelAngle: -40 } },
      xOffset: { field: "function", type: "nominal" },
      color: { field: "function", type: "nominal", title: words.columns.function },
    },
    layer: [
      { mark: { type: "bar", tooltip: true }, encoding: { y: { field: "avoidedDeaths", type: "quantitative", title: words.deathsAxis } } },
      rangeLayer,
    ],
  };
}
