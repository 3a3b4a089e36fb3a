/**
 * cobenefits/compare: scenarios side by side (emissions and reductions per species and year, CO2e
 * per metric, each measure's share, with differences from a reference scenario, exact), the text
 * table of a comparison, and the label tables of the command's outputs in English, Chinese,
 * Korean, Japanese and Mongolian (the last four machine-prepared, awaiting review by native
 * speakers). A separate entry point so that the label tables do not weigh on the core import.
 * The charts of a comparison are in `cobenefits/charts` (`comparisonCharts`).
 *
 * @module cobenefits/compare
 */
export { compareScenarios, comparisonCsv } from "./report/scenarioComparison.js";
export type { ComparedScenario, ComparisonCo2eRow, ComparisonEmissionsRow, ComparisonMeasureRow, ScenarioComparison } from "./report/scenarioComparison.js";
export { formatComparison } from "./report/formatComparison.js";
export type { ComparisonTableOptions } from "./report/formatComparison.js";
export { LABEL_REVIEW, LANGUAGES, isLanguage, label, sectorLabel, speciesLabel, termLabel } from "./report/labels/labels.js";
export type { Language } from "./report/labels/labels.js";
export { EN } from "./report/labels/en.js";
export type { LabelKey } from "./report/labels/en.js";
