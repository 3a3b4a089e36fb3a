import type { EmissionScope } from "../factors/scopeOfFuel.js";
import type { TradeOff } from "../scenario/evaluate/scenarioResult.js";
import { EN, type LabelKey } from "./labels/en.js";
import { LABEL_REVIEW, type Language, label, termLabel } from "./labels/labels.js";

/** A trade-off flag as the results carry it (`coBenefit`, `airPollutantsDownCo2eUp` ...). */
export type TradeOffFlag = TradeOff["flags"][number];

/** How a quantity changed: `down`, `up` or `unchanged`. */
type Change = "down" | "up" | "unchanged";

/**
 * Every word the human outputs (text table, xlsx workbook, charts) show that is not the user's
 * own (scenario names, measure ids and labels): flags in words, sector names, scope names, column
 * headers, sheet names, chart titles and axes, the quadrant legend, the text table's titles. One
 * object per language of `LANGUAGES` (`cobenefits/compare`), built by {@link reportLabels} from that language's
 * label table (`src/report/labels/<lang>.ts`, the one source of the words); {@link ENGLISH_LABELS}
 * is the default. Functions take the values to put into the text.
 * @category Report
 */
export interface ReportLabels {
  /** Language tag, e.g. `en`. */
  readonly lang: Language;
  /** A note to print beside outputs in a language whose labels await review by native speakers; `undefined` for reviewed ones. */
  readonly reviewNote: string | undefined;
  /** A trade-off flag in words. */
  readonly flags: Readonly<Record<TradeOffFlag, string>>;
  /** A scope in words. */
  readonly scopes: Readonly<Record<EmissionScope, string>>;
  /** A scope in a word, for table cells (English: the scope's code). */
  readonly scopesShort: Readonly<Record<EmissionScope, string>>;
  /** The name of an NFR/IPCC sector code, or `undefined` when the code has none built in. */
  sectorName(code: string): string | undefined;
  /** The basis of a measure's figures in words (`emission factors`, `user-measured`); any other value as given. */
  basis(basis: string): string;
  /** A measure kind in words (`fuelSwitch` -> `fuel switch`); the kind itself when the tables do not know it. */
  measureKind(kind: string): string;
  readonly columns: {
    readonly measure: string; readonly label: string; readonly kind: string; readonly year: string; readonly sector: string; readonly sectorName: string;
    readonly scope: string; readonly species: string; readonly baseline: string; readonly scenario: string; readonly reduction: string; readonly reductionPercent: string;
    readonly unit: string; readonly basis: string; readonly complete: string; readonly flags: string; readonly metric: string; readonly activity: string; readonly fuel: string;
    readonly technology: string; readonly reason: string; readonly shapley: string; readonly standalone: string; readonly unitsTreated: string; readonly lifetime: string; readonly years: string;
    readonly factor: string; readonly quality: string; readonly source: string; readonly table: string; readonly page: string; readonly citation: string;
  };
  readonly words: { readonly yes: string; readonly no: string; readonly none: string; readonly increase: string; readonly decrease: string };
  readonly sheets: {
    readonly readme: string; readonly summary: string; readonly emissions: string; readonly co2e: string; readonly missing: string; readonly provenance: string; readonly energy: string; readonly lifetime: string;
    readonly costs: string; readonly costsNpv: string; readonly costPerTonne: string; readonly health: string; readonly valuation: string; readonly temperature: string; readonly uncertainty: string;
  };
  readonly charts: {
    readonly reductionsByMeasureTitle: (name: string) => string; readonly reductionsByMeasureSubtitle: (first: number, last: number) => string;
    readonly reductionsByYearTitle: (name: string) => string; readonly reductionsByYearSubtitle: string;
    readonly trajectoriesTitle: (name: string) => string; readonly trajectoriesSubtitle: (upstream: boolean) => string;
    readonly quadrantTitle: (name: string) => string; readonly quadrantSubtitle: (first: number, last: number, metric: string) => string;
    readonly reductionAxis: string; readonly emissionsAxis: string; readonly co2eAxis: (metric: string) => string; readonly pollutantAxis: (species: string) => string;
    readonly baseline: string; readonly scenario: string; readonly quadrantLegend: string;
    /** The quadrant a measure falls in: its pollutant's and CO2e's change, each `down`, `up` or `unchanged`. */
    readonly quadrant: (pollutant: "down" | "up" | "unchanged", co2e: "down" | "up" | "unchanged") => string;
  };
  /** The rows of the workbook's README sheet. */
  readonly readme: {
    readonly scenario: string; readonly years: string; readonly metrics: string; readonly language: string;
    readonly numbers: string; readonly numbersText: (digits: number) => string; readonly reductions: string; readonly reductionsText: string;
    readonly allComplete: string; readonly someIncomplete: (count: number, sheet: string) => string; readonly sources: string; readonly sourcesText: (sheet: string) => string;
  };
  /** The titles and sentences of the text table (`formatResultTable`). */
  readonly table: {
    readonly heading: (name: string, period: string, metrics: readonly string[]) => string;
    readonly reductionByMeasure: (period: string) => string; readonly noMeasures: string;
    readonly emissionsIn: (year: number) => string; readonly partlyCounted: string;
    readonly co2eLine: (values: { readonly metric: string; readonly year: number; readonly baseline: string; readonly scenario: string; readonly reduction: string; readonly species: readonly string[] }) => string;
    readonly missing: (count: number) => string;
    /** Why a measure is flagged incomplete: the species not counted, already in words. */
    readonly incompleteLine: (measure: string, metric: string, species: string) => string;
    readonly notComputed: string; readonly scopeOf: (scope: string, of: string) => string;
    readonly byScope: (period: string) => string; readonly perUnit: (year: number) => string;
    readonly userMeasured: (measure: string, source: string) => string;
    readonly upstream: (year: number) => string; readonly upstreamByMeasure: (period: string) => string;
    /** The energy balance's and the lifetime reductions' sections. */
    readonly energy: (year: number) => string; readonly noGjFuel: string; readonly notInGj: string;
    readonly lifetime: string; readonly method: (method: string) => string;
  };
  /** The costs section: the text table, the workbook's cost sheets and the abatement cost curve. Perspectives and statuses not in the tables stay as given. */
  readonly costs: {
    readonly heading: (v: { readonly currency: string; readonly priceYear: number; readonly rate: string; readonly first: number; readonly last: number; readonly npvYear: number }) => string;
    readonly uncosted: (measures: readonly string[]) => string; readonly unpriced: (fuel: string, measures: readonly string[]) => string;
    readonly annual: (year: number) => string; readonly unit: (currency: string, priceYear: number) => string;
    readonly perspective: (perspective: string) => string; readonly status: (status: string) => string;
    readonly columns: {
      readonly perspective: string; readonly npv: string; readonly investment: string; readonly fixedOM: string; readonly variableOM: string; readonly subsidies: string;
      readonly total: string; readonly cost: string; readonly costPerTonne: string; readonly status: string; readonly of: string; readonly discountRate: string;
      readonly unpricedFuels: string; readonly npvYear: string;
    };
    readonly macTitle: (of: string, year: number) => string; readonly macSubtitle: (perspective: string, reductionUnit: string, unit: string, leftOut: readonly string[]) => string;
    readonly macCumulativeAxis: (unit: string) => string; readonly macCostAxis: (unit: string) => string; readonly macReduction: (unit: string) => string; readonly macCost: (unit: string) => string;
  };
  /** The impacts section: exposure, health and valuation in the text table, the workbook and the avoided-deaths chart. */
  readonly impacts: {
    readonly heading: (bounds: readonly string[]) => string; readonly pm25Column: (year: number) => string; readonly deathsColumn: (period: string, fn: string) => string;
    readonly allMeasures: string; readonly valueHeading: (name: string, elasticity: string) => string; readonly valueColumn: (period: string, fn: string, currency: string, priceYear: number) => string;
    readonly columns: {
      readonly function: string; readonly endpoint: string; readonly pm25Reduction: string; readonly avoidedDeaths: string; readonly low: string; readonly median: string; readonly high: string;
      readonly vsl: string; readonly value: string; readonly valueVsly: string; readonly benefitCostRatio: string;
    };
    readonly deathsTitle: (name: string) => string; readonly deathsSubtitle: (first: number, last: number) => string; readonly deathsRangesTitle: (name: string) => string; readonly deathsRangesSubtitle: (first: number, last: number, draws: number) => string; readonly deathsNone: string; readonly deathsAxis: string;
  };
  /** The temperature response: the text table, the workbook and the chart. */
  readonly temperature: {
    readonly heading: (response: string) => string;
    /** What follows the scenario's last year, after the metric the CO2e column is under, if any. */
    readonly after: (year: number, holdLastYear: boolean, metric?: string) => string;
    readonly co2eCut: (period: string) => string; readonly notCovered: (list: string) => string;
    /** A species group in words (`aerosols and precursors`); the formulas CO2, CH4, N2O as they are. */
    readonly group: (group: string) => string;
    /** All measures together, where a row or line names them (`all`). */
    readonly all: string;
    readonly columns: { readonly speciesGroup: string; readonly temperatureChange: string };
    readonly title: (name: string) => string; readonly subtitle: (response: string) => string; readonly rangesTitle: (name: string) => string; readonly rangesSubtitle: (response: string, draws: number) => string; readonly axis: string;
  };
  /** The draws of an uncertainty run: the line on stderr, the charts, the workbook sheet. */
  readonly uncertainty: {
    readonly line: (v: { readonly draws: number; readonly sampling: string; readonly seed: number; readonly count: number; readonly names: string; readonly change: string }) => string;
    readonly andMore: (names: string, count: number) => string; readonly notVaried: (count: number) => string;
    readonly fanTitle: (name: string, draws: number) => string; readonly fanSubtitle: (sampling: string, seed: number) => string;
    readonly rangesTitle: (name: string, year: number) => string; readonly rangesSubtitle: (draws: number) => string; readonly reductionAxis: string;
    readonly columns: { readonly kind: string; readonly quantity: string; readonly point: string; readonly mean: string; readonly sd: string };
  };
  /** The command's summary lines on stderr (`cobenefits: ...`): files written, missing factors, progress. Error messages stay English, with their stable codes. */
  readonly messages: {
    readonly wrote: (count: number, dir: string) => string; readonly missing: (count: number) => string;
    readonly progress: { readonly compiled: string; readonly evaluating: string; readonly drawing: string; readonly writing: string; readonly writingXlsx: string; readonly rendering: (name: string) => string; readonly evaluatingFile: (file: string, index: number, count: number) => string };
  };
  /** The text table's impacts ranges over the draws (`run --draws` with an impacts section). */
  readonly ranges: {
    readonly heading: (draws: number) => string; readonly avoidedDeaths: (period: string) => string;
    readonly value: (period: string, currency: string, priceYear: number) => string; readonly temperature: string;
    readonly allMeasures: string; readonly temperatureIn: (year: number) => string;
  };
}

/**
 * The labels of the human outputs in a language, from its label table (see {@link ReportLabels}).
 *
 * @param lang - one of `LANGUAGES` (`cobenefits/compare`)
 * @returns the labels
 * @example
 * ```ts
 * import { reportLabels } from "cobenefits/report";
 * const ko = reportLabels("ko");
 * [ko.columns.reduction, ko.flags.coBenefit, ko.sheets.emissions]; // ["감축량", "공편익: 대기오염물질과 CO2e 모두 감소", "배출량"]
 * ```
 * @category Report
 */
export function reportLabels(lang: Language): ReportLabels {
  const t = (key: LabelKey, values: Readonly<Record<string, string | number>> = {}) => label(lang, key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
  const change = (c: Change) => t(`word.${c}`);
  return {
    lang,
    reviewNote: LABEL_REVIEW[lang] === "reviewed" ? undefined : t("table.reviewNote", { lang }),
    flags: { coBenefit: t("flag.coBenefit"), airPollutantsDownCo2eUp: t("flag.airPollutantsDownCo2eUp"), airPollutantsUpCo2eDown: t("flag.airPollutantsUpCo2eDown"), noGhgEffect: t("flag.noGhgEffect"), incomplete: t("flag.incomplete") },
    scopes: { direct: t("scope.direct"), indirect: t("scope.indirect"), indirectHeat: t("scope.indirectHeat"), upstream: t("scope.upstream") },
    scopesShort: { direct: t("scopeShort.direct"), indirect: t("scopeShort.indirect"), indirectHeat: t("scopeShort.indirectHeat"), upstream: t("scopeShort.upstream") },
    sectorName: (code) => {
      const name = termLabel(lang, "sector", code);
      return name === code ? undefined : name;
    },
    measureKind: (kind) => termLabel(lang, "measureKind", kind),
    basis: (basis) => (basis === "emission factors" ? t("basis.emissionFactors") : basis === "user-measured" ? t("basis.userMeasured") : basis),
    columns: {
      measure: t("column.measure"), label: t("column.label"), kind: t("column.kind"), year: t("column.year"), sector: t("column.sector"), sectorName: t("column.sectorName"),
      scope: t("column.scope"), species: t("column.species"), baseline: t("column.baseline"), scenario: t("column.scenario"), reduction: t("column.reduction"), reductionPercent: t("column.reductionPercent"),
      unit: t("column.unit"), basis: t("column.basis"), complete: t("column.complete"), flags: t("column.flags"), metric: t("column.metric"), activity: t("column.activity"), fuel: t("column.fuel"),
      technology: t("column.technology"), reason: t("column.reason"), shapley: t("column.shapley"), standalone: t("column.standalone"), unitsTreated: t("column.unitsTreated"), lifetime: t("column.lifetime"), years: t("column.years"),
      factor: t("column.factor"), quality: t("column.quality"), source: t("column.source"), table: t("column.table"), page: t("column.page"), citation: t("column.citation"),
    },
    words: { yes: t("word.yes"), no: t("word.no"), none: t("word.none"), increase: t("word.increase"), decrease: t("word.decrease") },
    sheets: {
      readme: t("sheet.readme"), summary: t("sheet.summary"), emissions: t("sheet.emissions"), co2e: t("sheet.co2e"), missing: t("sheet.missing"), provenance: t("sheet.provenance"), energy: t("sheet.energy"), lifetime: t("sheet.lifetime"),
      costs: t("sheet.costs"), costsNpv: t("sheet.costsNpv"), costPerTonne: t("sheet.costPerTonne"), health: t("sheet.health"), valuation: t("sheet.valuation"), temperature: t("sheet.temperature"), uncertainty: t("sheet.uncertainty"),
    },
    charts: {
      reductionsByMeasureTitle: (name) => t("chart.reductionsByMeasureTitle", { name }),
      reductionsByMeasureSubtitle: (first, last) => t("chart.reductionsByMeasureSubtitle", { first, last }),
      reductionsByYearTitle: (name) => t("chart.reductionsByYearTitle", { name }),
      reductionsByYearSubtitle: t("chart.reductionsByYearSubtitle"),
      trajectoriesTitle: (name) => t("chart.trajectoriesTitle", { name }),
      trajectoriesSubtitle: (upstream) => t(upstream ? "chart.trajectoriesSubtitleUpstream" : "chart.trajectoriesSubtitle"),
      quadrantTitle: (name) => t("chart.quadrantTitle", { name }),
      quadrantSubtitle: (first, last, metric) => t("chart.quadrantSubtitle", { first, last, metric }),
      reductionAxis: t("chart.reductionAxis"), emissionsAxis: t("chart.emissionsAxis"),
      co2eAxis: (metric) => t("chart.co2eAxis", { metric }), pollutantAxis: (species) => t("chart.pollutantAxis", { species }),
      baseline: t("column.baseline"), scenario: t("column.scenario"), quadrantLegend: t("chart.quadrantLegend"),
      quadrant: (pollutant, co2e) =>
        pollutant === "down" && co2e === "down" ? t("quadrant.coBenefit")
          : pollutant === "up" && co2e === "up" ? t("quadrant.bothUp")
            : t((pollutant === "down" && co2e === "up") || (pollutant === "up" && co2e === "down") ? "quadrant.tradeOff" : "quadrant.other", { pollutant: change(pollutant), co2e: change(co2e) }),
    },
    readme: {
      scenario: t("readme.scenario"), years: t("readme.years"), metrics: t("readme.metrics"), language: t("readme.language"),
      numbers: t("readme.numbers"), numbersText: (digits) => t("readme.numbersText", { digits }), reductions: t("readme.reductions"), reductionsText: t("readme.reductionsText"),
      allComplete: t("readme.allComplete"), someIncomplete: (count, sheet) => t("readme.someIncomplete", { count, sheet, complete: t("column.complete"), no: t("word.no") }),
      sources: t("readme.sources"), sourcesText: (sheet) => t("readme.sourcesText", { sheet }),
    },
    table: {
      heading: (name, period, metrics) => t("table.heading", { name, period, metrics: metrics.length > 0 ? metrics.join(", ") : t("table.noMetrics") }),
      reductionByMeasure: (period) => t("table.reductionByMeasure", { period }),
      noMeasures: t("table.noMeasures"),
      emissionsIn: (year) => t("table.emissionsIn", { year }),
      partlyCounted: t("table.partlyCounted"),
      co2eLine: (v) => t("table.co2eLine", { metric: v.metric, year: v.year, baseline: v.baseline, scenario: v.scenario, reduction: v.reduction, species: v.species.join(", ") }),
      missing: (count) => t("table.missing", { count }),
      incompleteLine: (measure, metric, species) => t("table.incompleteLine", { measure, metric, species }),
      notComputed: t("table.notComputed"), scopeOf: (scope, of) => t("table.scopeOf", { scope, of }),
      byScope: (period) => t("table.byScope", { period }), perUnit: (year) => t("table.perUnit", { year }),
      userMeasured: (measure, source) => t("table.userMeasured", { measure, source }),
      upstream: (year) => t("table.upstream", { year }), upstreamByMeasure: (period) => t("table.upstreamByMeasure", { period }),
      energy: (year) => t("table.energy", { year }), noGjFuel: t("table.noGjFuel"), notInGj: t("table.notInGj"),
      lifetime: t("table.lifetime"), method: (method) => t("table.method", { method }),
    },
    ranges: {
      heading: (draws) => t("table.impactsRanges", { draws }), avoidedDeaths: (period) => t("table.avoidedDeathsRanges", { period }),
      value: (period, currency, priceYear) => t("table.valueRanges", { period, currency, priceYear }), temperature: t("table.temperatureRanges"),
      allMeasures: t("column.allMeasures"), temperatureIn: (year) => t("column.temperatureIn", { year }),
    },
    ...analysisLabels(t),
  };
}

/** The words of the analysis sections (costs, impacts, temperature, uncertainty) and of the stderr lines, from the language's table through `t`. */
function analysisLabels(t: (key: LabelKey, values?: Readonly<Record<string, string | number>>) => string): Pick<ReportLabels, "costs" | "impacts" | "temperature" | "uncertainty" | "messages"> {
  const known = (prefix: string, code: string) => (Object.hasOwn(EN, `${prefix}.${code}`) ? t(`${prefix}.${code}` as LabelKey) : code);
  return {
    costs: {
      heading: (v) => t("costs.heading", v), uncosted: (measures) => t("costs.uncosted", { measures: measures.join(", ") }),
      unpriced: (fuel, measures) => t(measures.length === 1 ? "costs.unpricedOne" : "costs.unpricedMany", { fuel, measures: measures.join(", ") }),
      annual: (year) => t("costs.annual", { year }), unit: (currency, priceYear) => t("costs.unit", { currency, priceYear }),
      perspective: (p) => known("perspective", p), status: (s) => known("costStatus", s),
      columns: {
        perspective: t("column.perspective"), npv: t("column.npv"), investment: t("column.investment"), fixedOM: t("column.fixedOM"), variableOM: t("column.variableOM"), subsidies: t("column.subsidies"),
        total: t("column.total"), cost: t("column.cost"), costPerTonne: t("column.costPerTonne"), status: t("column.status"), of: t("column.of"), discountRate: t("column.discountRate"),
        unpricedFuels: t("column.unpricedFuels"), npvYear: t("column.npvYear"),
      },
      macTitle: (of, year) => t("chart.macTitle", { of, year }),
      macSubtitle: (perspective, reductionUnit, unit, leftOut) => t("chart.macSubtitle", { perspective, reductionUnit, unit }) + (leftOut.length === 0 ? "" : t("chart.macLeftOut", { measures: leftOut.join(", ") })),
      macCumulativeAxis: (unit) => t("chart.macCumulativeAxis", { unit }), macCostAxis: (unit) => t("chart.macCostAxis", { unit }),
      macReduction: (unit) => t("chart.macReduction", { unit }), macCost: (unit) => t("chart.macCost", { unit }),
    },
    impacts: {
      heading: (bounds) => t("impacts.heading", { bounds: bounds.length === 0 ? t("word.none") : bounds.join("; ") }),
      pm25Column: (year) => t("impacts.pm25Column", { year }), deathsColumn: (period, fn) => t("impacts.deathsColumn", { period, function: fn }),
      allMeasures: t("word.allMeasures"), valueHeading: (name, elasticity) => t("impacts.valueHeading", { name, elasticity }),
      valueColumn: (period, fn, currency, priceYear) => t("impacts.valueColumn", { period, function: fn, currency, priceYear }),
      columns: {
        function: t("column.function"), endpoint: t("column.endpoint"), pm25Reduction: t("column.pm25Reduction"), avoidedDeaths: t("column.avoidedDeaths"), low: t("column.low"), median: t("column.median"), high: t("column.high"),
        vsl: t("column.vsl"), value: t("column.value"), valueVsly: t("column.valueVsly"), benefitCostRatio: t("column.benefitCostRatio"),
      },
      deathsTitle: (name) => t("chart.deathsTitle", { name }), deathsSubtitle: (first, last) => t("chart.deathsSubtitle", { first, last }), deathsRangesTitle: (name) => t("chart.deathsRangesTitle", { name }), deathsRangesSubtitle: (first, last, draws) => t("chart.deathsRangesSubtitle", { first, last, draws }), deathsNone: t("chart.deathsNone"), deathsAxis: t("chart.deathsAxis"),
    },
    temperature: {
      heading: (response) => t("temperature.heading", { response }),
      after: (year, hold, metric) => t(metric === undefined ? "temperature.after" : "temperature.afterWithMetric", { year, what: t(hold ? "temperature.heldLast" : "temperature.noFurther"), ...(metric === undefined ? {} : { metric }) }),
      co2eCut: (period) => t("temperature.co2eCut", { period }), notCovered: (list) => t("temperature.notCovered", { list }),
      group: (group) => (group === "aerosols and precursors" ? t("temperature.aerosols") : group), all: t("word.all"),
      columns: { speciesGroup: t("column.speciesGroup"), temperatureChange: t("column.temperatureChange") },
      title: (name) => t("chart.temperatureTitle", { name }), subtitle: (response) => t("chart.temperatureSubtitle", { response }), rangesTitle: (name) => t("chart.temperatureRangesTitle", { name }), rangesSubtitle: (response, draws) => t("chart.temperatureRangesSubtitle", { response, draws }), axis: t("chart.temperatureAxis"),
    },
    uncertainty: {
      line: (v) => t("uncertainty.line", v), andMore: (names, count) => t("uncertainty.andMore", { names, count }), notVaried: (count) => t("uncertainty.notVaried", { count }),
      fanTitle: (name, draws) => t("chart.fanTitle", { name, draws }), fanSubtitle: (sampling, seed) => t("chart.fanSubtitle", { sampling, seed }),
      rangesTitle: (name, year) => t("chart.rangesTitle", { name, year }), rangesSubtitle: (draws) => t("chart.rangesSubtitle", { draws }), reductionAxis: t("chart.reductionPerYearAxis"),
      columns: { kind: t("column.kindOfFigure"), quantity: t("column.quantity"), point: t("column.point"), mean: t("column.mean"), sd: t("column.sd") },
    },
    messages: {
      wrote: (count, dir) => t("message.wrote", { count, dir }), missing: (count) => t(count === 1 ? "message.missingOne" : "message.missingMany", { count }),
      progress: {
        compiled: t("progress.compiled"), evaluating: t("progress.evaluating"), drawing: t("progress.drawing"), writing: t("progress.writing"), writingXlsx: t("progress.writingXlsx"),
        rendering: (name) => t("progress.rendering", { name }), evaluatingFile: (file, index, count) => t("progress.evaluatingFile", { file, index, count }),
      },
    },
  };
}

/**
 * The English labels of the human outputs (see {@link ReportLabels}): `reportLabels("en")`.
 * @category Report
 */
export const ENGLISH_LABELS: ReportLabels = reportLabels("en");

/**
 * A sector code with its name beside it, as the human outputs show it: `1.A.4.b.i Residential:
 * stationary`; the code alone when no name is built in.
 *
 * @param code - an NFR/IPCC sector code
 * @param labels - the language's labels
 * @returns the code and its name
 * @example
 * ```ts
 * import { ENGLISH_LABELS, sectorWithName } from "./labels.js";
 * sectorWithName("1.A.3.b", ENGLISH_LABELS); // "1.A.3.b Road transport"
 * sectorWithName("9.Z", ENGLISH_LABELS); // "9.Z"
 * ```
 * @category Report
 */
export function sectorWithName(code: string, labels: ReportLabels): string {
  const name = labels.sectorName(code);
  return name === undefined ? code : `${code} ${name}`;
}

/**
 * Trade-off flags in words, joined by `; `; `-` when there are none.
 *
 * @param flags - the flags of one measure under one metric
 * @param labels - the language's labels
 * @returns the words
 * @example
 * ```ts
 * import { ENGLISH_LABELS, flagsInWords } from "./labels.js";
 * flagsInWords(["noGhgEffect", "incomplete"], ENGLISH_LABELS); // "no effect on CO2e; incomplete (species not counted)"
 * ```
 * @category Report
 */
export function flagsInWords(flags: readonly TradeOffFlag[], labels: ReportLabels): string {
  return flags.length === 0 ? "-" : flags.map((f) => labels.flags[f]).join("; ");
}
