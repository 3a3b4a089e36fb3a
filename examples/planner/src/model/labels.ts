import { LANGUAGES, type Language, isLanguage, label, speciesLabel } from "cobenefits/compare";
import type { ReportLabels } from "cobenefits/charts";
import { reportLabels } from "cobenefits/report";

/**
 * Every text the planner shows, by key, in English. The words the library's outputs share (column
 * headers, species names, measure kinds, trade-off flags, chart titles and axes) come from the
 * library's label tables in every language of the command line ({@link labelsFor}: `reportLabels`
 * of `cobenefits/report`, `label` and `speciesLabel` of `cobenefits/compare`), so the page, `run
 * --lang` and the workbook say the same thing. The planner's own words (buttons, help texts) have
 * no entry in those tables yet and stay English in every language ({@link PLANNER_ONLY}); they
 * become translated when the library's tables get `planner.*` keys. Texts that come from the
 * scenario (names, labels, descriptions) and from the library's errors are shown as they are.
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
  exportXlsx: "Results (xlsx)",
  problems: "problems in",
  problemsHelp: "The scenario shown before is kept. Fix these lines and drop the file again.",
  line: "line",
  column: "column",
  editRefused: "This change was not applied:",
  notYet: "Not shown here yet: the optimised portfolio (cobenefits/optimise, cobenefits run on a scenario with an optimise section).",
  missing: "Gaps (no emission factor; not counted as zero)",
  overlaps: "Measures acting on the same activity",
  updateMs: "updated in",
  language: "Language",
  moreExamples: "More examples…",
  costCurve: "Abatement cost curve of",
  impacts: "Health, its value and temperature",
  impactsYear: "Cleaner air and avoided deaths in",
  impactsPending: "computing with the exact engine…",
  pm25Change: "Population-weighted PM2.5 reduction",
  avoidedDeaths: "Avoided deaths",
  deathsValue: "Their value",
  deathsRange: "in brackets: at the function's lower and upper parameter bounds",
  allMeasures: "all measures",
  temperatureIn: "Global mean temperature change of all measures in",
  temperatureTotal: "all species groups",
  uncertainty: "Uncertainty ranges",
  computeRanges: "Compute ranges",
  draws: "draws",
  rangesWithImpacts: "with health, value and temperature (slow: every draw runs the impacts chain, about 0.2 s a draw)",
  computingRanges: "computing the draws… (the page waits meanwhile)",
  rangesHelp: "Computed on demand, with the scenario's uncertainty section (its seed: the same numbers every time), so that the sliders stay fast.",
  rangesStale: "Stale: the measures have changed since these ranges were computed; they are for the earlier settings. Compute again.",
  rangesIn: "Point run and 95% range over the draws in",
  rangePoint: "point run",
  rangeLow: "2.5th percentile",
  rangeMedian: "median",
  rangeHigh: "97.5th percentile",
  rangesScenario: "Emissions",
  rangesTook: "computed in",
  costs: "Costs",
  costsYear: "Annual cost and cost per tonne in",
  costsPending: "computing with the exact engine…",
  costsAnnual: "Annual cost",
  costsPerTonne: "Cost per tonne",
  costsUncosted: "No cost row (not costed):",
} as const;

/** The label keys. */
export type LabelKey = keyof typeof LABELS_EN;

/** The planner's labels in a language: its texts by key, and the library's words for that language. */
export type Labels = Readonly<Record<LabelKey, string>> & {
  /** The language. */
  readonly lang: Language;
  /** The library's words (charts, flags, measure kinds, sheet names) in that language. */
  readonly report: ReportLabels;
  /** A species as the library's tables name it, e.g. `PM2.5 초미세먼지`. */
  readonly speciesName: (species: string) => string;
  /** The note shown while a language's labels are machine-prepared (`reportLabels(lang).reviewNote`, as `run --lang` prints it); `undefined` for reviewed ones. */
  readonly reviewNote: string | undefined;
};

/** The planner's keys whose words come from the library's label tables, and the table key of each. */
export const FROM_LIBRARY = {
  summaryYear: "column.year",
  species: "column.species",
  baselineCol: "column.baseline",
  scenarioCol: "column.scenario",
  reductionCol: "column.reduction",
  reductionPct: "column.reductionPercent",
  metric: "column.metric",
  years: "column.years",
  rangesScenario: "column.emissions",
} as const satisfies Partial<Record<LabelKey, Parameters<typeof label>[1]>>;

/** The planner's keys with no entry in the library's label tables: English in every language until the tables get them. */
export const PLANNER_ONLY = (Object.keys(LABELS_EN) as LabelKey[]).filter((k) => !Object.hasOwn(FROM_LIBRARY, k));

/** The languages offered by the page's selector: those of the command line's `--lang`. */
export const PLANNER_LANGUAGES: readonly Language[] = LANGUAGES;

/**
 * The language the page opens in: the browser's first language the library has tables for
 * (`zh-CN` -> `zh`), English otherwise.
 *
 * @param preferred - the browser's languages, e.g. `navigator.languages`
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0]!;
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

/**
 * The labels of a language: the keys of {@link FROM_LIBRARY} from the library's label tables, the
 * planner's own keys in English, the library's words for charts and flags, and the review note of
 * a machine-prepared language.
 *
 * @param lang - one of the command line's languages (en, zh, ko, ja, mn)
 */
export function labelsFor(lang: Language): Labels {
  const fromLibrary = Object.fromEntries(Object.entries(FROM_LIBRARY).map(([k, key]) => {
    const text = label(lang, key);
    return [k, lang === "en" ? LABELS_EN[k as LabelKey] : text];
  }));
  const report = reportLabels(lang);
  return { ...LABELS_EN, ...fromLibrary, lang, report, speciesName: (species) => speciesLabel(lang, species), reviewNote: report.reviewNote };
}
