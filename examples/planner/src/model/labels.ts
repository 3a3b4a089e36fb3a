/**
 * Every text the planner shows, by key, in English. The command line is getting its labels in
 * other languages (`--lang`, issue 14); when they land, add a dictionary per language here with
 * the same keys (TypeScript then requires every key) and pick it in {@link labelsFor}. Texts that
 * come from the scenario (names, labels, descriptions) and from the library (error messages,
 * citations) are shown as they are.
 */
export const LABELS_EN = {
  title: "cobenefits planner",
  tagline: "Clean-air measures: air pollutants and climate, computed by the cobenefits library in your browser",
  openFile: "Open a scenario file…",
  dropHint: "or drop a YAML or JSON scenario file anywhere on this page",
  loadExample: "Load the Beijing example",
  loaded: "Scenario",
  years: "years",
  description: "Description",
  baseline: "Baseline activities",
  measures: "Measures: penetration over the years",
  measuresHelp: "Each slider sets the share of a measure's target treated in a year; years between points are interpolated. Results update as you move them.",
  reset: "Reset",
  resetAll: "Reset all measures",
  edited: "edited",
  notEditable: "Its cut is measured per unit of stock: change its units in the scenario file (the library takes no penetration for it).",
  penetrationIn: "Penetration in",
  unitsEquivalent: "about",
  summary: "Emissions in",
  summaryYear: "Year",
  species: "Species",
  baselineCol: "Baseline",
  scenarioCol: "Scenario",
  reductionCol: "Reduction",
  reductionPct: "Change",
  co2eUnder: "CO2e under",
  summaryUnits: "Emissions in t/yr; CO2e in t CO2-eq/yr, under the metric named",
  trajectories: "Trajectories by species",
  reductions: "Reductions by measure (Shapley shares)",
  quadrant: "Co-benefits and trade-offs",
  metric: "Metric",
  pollutant: "Air pollutant",
  tradeOffs: "Trade-off flags (exact engine)",
  tradeOffsPending: "computing with the exact engine…",
  provenance: "Where the numbers come from: emission factors",
  provenanceFilter: "Show factors of species",
  exportTitle: "Export",
  exportYaml: "Edited scenario (YAML)",
  exportCsv: "Results (CSV)",
  problems: "problems in",
  problemsHelp: "The scenario shown before is kept. Fix these lines and drop the file again.",
  line: "line",
  column: "column",
  editRefused: "This change was not applied:",
  notYet: "Not shown yet (being built in the library): uncertainty ranges, costs and the abatement cost curve, health and temperature results.",
  missing: "Gaps (no emission factor; not counted as zero)",
  overlaps: "Measures acting on the same activity",
  updateMs: "updated in",
} as const;

/** The label keys. */
export type LabelKey = keyof typeof LABELS_EN;

/** A dictionary of every label. */
export type Labels = Readonly<Record<LabelKey, string>>;

/**
 * The labels of a language; English is the only one so far.
 *
 * @param lang - a BCP 47 tag such as "en", "zh", "ko", "ja", "mn"
 * @returns the dictionary (English when the language has none yet)
 */
export function labelsFor(lang: string): Labels {
  void lang; // one dictionary so far: see the comment on LABELS_EN
  return LABELS_EN;
}
