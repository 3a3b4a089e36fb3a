import { SECTORS } from "../factors/sectors.js";
import type { EmissionScope } from "../factors/scopeOfFuel.js";
import type { TradeOff } from "../scenario/evaluate/scenarioResult.js";

/** A trade-off flag as the results carry it (`coBenefit`, `airPollutantsDownCo2eUp` ...). */
export type TradeOffFlag = TradeOff["flags"][number];

/**
 * Every word the human outputs (text table, xlsx workbook, charts) show that is not the user's
 * own (scenario names, measure ids and labels): flags in words, sector names, scope names, column
 * headers, sheet names, chart titles and axes, the quadrant legend. One object per language;
 * {@link ENGLISH_LABELS} is the default. A translation supplies the same keys (a type check
 * refuses a missing one); functions take the values to put into the text.
 * @category Report
 */
export interface ReportLabels {
  /** Language tag, e.g. `en`. */
  readonly lang: string;
  /** A trade-off flag in words. */
  readonly flags: Readonly<Record<TradeOffFlag, string>>;
  /** A scope in words. */
  readonly scopes: Readonly<Record<EmissionScope, string>>;
  /** The name of an NFR/IPCC sector code, or `undefined` when the code has none built in. */
  sectorName(code: string): string | undefined;
  readonly columns: {
    readonly measure: string; readonly label: string; readonly kind: string; readonly year: string; readonly sector: string; readonly sectorName: string;
    readonly scope: string; readonly species: string; readonly baseline: string; readonly scenario: string; readonly reduction: string; readonly reductionPercent: string;
    readonly unit: string; readonly basis: string; readonly complete: string; readonly flags: string; readonly metric: string; readonly activity: string; readonly fuel: string;
    readonly technology: string; readonly reason: string; readonly shapley: string; readonly standalone: string;
  };
  readonly words: { readonly yes: string; readonly no: string; readonly none: string; readonly increase: string; readonly decrease: string };
  readonly sheets: { readonly readme: string; readonly summary: string; readonly emissions: string; readonly co2e: string; readonly missing: string; readonly provenance: string; readonly energy: string; readonly lifetime: string };
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
}

const change = { down: "down", up: "up", unchanged: "unchanged" } as const;

/**
 * The English labels of the human outputs (see {@link ReportLabels}).
 * @category Report
 */
export const ENGLISH_LABELS: ReportLabels = {
  lang: "en",
  flags: {
    coBenefit: "co-benefit (pollutants and CO2e down)",
    airPollutantsDownCo2eUp: "trade-off: pollutants down, CO2e up",
    airPollutantsUpCo2eDown: "trade-off: pollutants up, CO2e down",
    noGhgEffect: "no effect on CO2e",
    incomplete: "incomplete (species not counted)",
  },
  scopes: { direct: "direct", indirect: "indirect (electricity)", indirectHeat: "indirect (district heat)", upstream: "upstream" },
  sectorName: (code) => SECTORS[code],
  columns: {
    measure: "measure", label: "label", kind: "kind", year: "year", sector: "sector", sectorName: "sector name", scope: "scope", species: "species",
    baseline: "baseline", scenario: "scenario", reduction: "reduction", reductionPercent: "reduction %", unit: "unit", basis: "basis", complete: "complete",
    flags: "flags", metric: "metric", activity: "activity", fuel: "fuel", technology: "technology", reason: "reason", shapley: "Shapley share", standalone: "standalone",
  },
  words: { yes: "yes", no: "no", none: "none", increase: "increase", decrease: "decrease" },
  sheets: { readme: "README", summary: "summary", emissions: "emissions", co2e: "CO2e", missing: "missing factors", provenance: "provenance", energy: "energy", lifetime: "lifetime" },
  charts: {
    reductionsByMeasureTitle: (name) => `${name}: reduction by measure and species`,
    reductionsByMeasureSubtitle: (first, last) => `${first}-${last}, Shapley shares summed over the years [t]`,
    reductionsByYearTitle: (name) => `${name}: reduction by measure, year by year`,
    reductionsByYearSubtitle: "Shapley shares, stacked by measure; below zero: increases [t/yr]",
    trajectoriesTitle: (name) => `${name}: baseline and scenario emissions`,
    trajectoriesSubtitle: (upstream) => `all sectors, direct and indirect${upstream ? " and upstream" : ""} [t/yr]`,
    quadrantTitle: (name) => `${name}: co-benefits and trade-offs`,
    quadrantSubtitle: (first, last, metric) => `${first}-${last}, Shapley shares summed over the years; CO2e under ${metric}`,
    reductionAxis: "reduction [t]", emissionsAxis: "emissions [t/yr]",
    co2eAxis: (metric) => `CO2e reduction [t CO2-eq] (${metric})`, pollutantAxis: (species) => `${species} reduction [t]`,
    baseline: "baseline", scenario: "scenario", quadrantLegend: "effect of the measure",
    quadrant: (pollutant, co2e) =>
      pollutant === "down" && co2e === "down" ? "co-benefit: pollutant and CO2e down"
        : pollutant === "up" && co2e === "up" ? "both up: pollutant and CO2e"
          : (pollutant === "down" && co2e === "up") || (pollutant === "up" && co2e === "down") ? `trade-off: pollutant ${change[pollutant]}, CO2e ${change[co2e]}`
            : `pollutant ${change[pollutant]}, CO2e ${change[co2e]}`,
  },
};

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
