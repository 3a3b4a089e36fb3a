/**
 * cobenefits/charts: chart specifications of a scenario result, as Vega-Lite JSON (reductions
 * by measure and species, baseline against scenario trajectories, the co-benefit quadrant, the
 * temperature trajectories). The chart functions return plain data and never load vega: render a
 * specification with vega-lite and vega in a web page, or with `chartToSvg`, which loads them on
 * its first call (`cobenefits run --charts` writes SVG with it). A
 * separate entry point so that chart building does not weigh on the core import (the browser
 * bundle budget, test/package/bundleSize.mjs); it shares the core's error classes.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/charts
 */
export { reductionsByMeasureChart } from "./report/charts/reductionsByMeasureChart.js";
export { trajectoriesChart } from "./report/charts/trajectoriesChart.js";
export { coBenefitQuadrantChart } from "./report/charts/coBenefitQuadrantChart.js";
export { macCurveChart } from "./report/charts/macCurveChart.js";
export type { VegaLiteSpec } from "./report/charts/vegaLiteSpec.js";
export { trajectoriesFanChart } from "./report/charts/trajectoriesFanChart.js";
export { reductionRangesChart } from "./report/charts/reductionRangesChart.js";
export { temperatureChart } from "./report/charts/temperatureChart.js";
export { chartToSvg } from "./report/charts/chartToSvg.js";
export type { ChartStack } from "./report/charts/chartToSvg.js";
export { avoidedDeathsChart } from "./report/charts/avoidedDeathsChart.js";
export { reductionsByYearChart } from "./report/charts/reductionsByYearChart.js";
export { wrapLabel } from "./report/charts/measureNames.js";
export { ENGLISH_LABELS, flagsInWords, sectorWithName } from "./report/labels.js";
export type { ReportLabels, TradeOffFlag } from "./report/labels.js";
export type { ChartOptions } from "./report/charts/chartOptions.js";
export { comparisonCharts } from "./report/charts/comparisonCharts.js";
export { avoidedDeathsRangesChart } from "./report/charts/avoidedDeathsRangesChart.js";
export { temperatureRangesChart } from "./report/charts/temperatureRangesChart.js";
