/**
 * cobenefits/charts: chart specifications of a scenario result, as Vega-Lite JSON (reductions
 * by measure and species, baseline against scenario trajectories, the co-benefit quadrant). The
 * functions return plain data; the library never loads vega: render a specification with
 * vega-lite and vega, in a notebook or a web page (`cobenefits run --charts` writes SVG too). A
 * separate entry point so that chart building does not weigh on the core import (the browser
 * bundle budget, test/package/bundleSize.mjs); it shares the core's error classes.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module
 */
export { reductionsByMeasureChart } from "./report/charts/reductionsByMeasureChart.js";
export { trajectoriesChart } from "./report/charts/trajectoriesChart.js";
export { coBenefitQuadrantChart } from "./report/charts/coBenefitQuadrantChart.js";
export type { VegaLiteSpec } from "./report/charts/vegaLiteSpec.js";
export { comparisonCharts } from "./report/charts/comparisonCharts.js";
