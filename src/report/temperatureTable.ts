import type { TemperatureResult } from "../impacts/climate/temperatureResponse.js";
import { SPECIES_GROUPS } from "../impacts/climate/speciesGroups.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { Dec } from "../units/decimal.js";
import { toCsv } from "./csv.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

/**
 * The temperature response as CSV, one line per year, measure (`all` for all measures together)
 * and species group: `year,measure,speciesGroup,temperatureChange,unit` [K], exact decimals.
 *
 * @param temperature - from `temperatureResponse` (cobenefits/impacts)
 * @returns the CSV text
 * @example
 * ```ts
 * import { temperatureTableToCsv } from "cobenefits/impacts";
 * const groups = [{ year: 2030, measure: "all", group: "CO2" as const, temperatureChange: "-0.000000001000000000", unit: "K" as const }];
 * const csv = temperatureTableToCsv({ response: "AR6-7SM-AGTP", years: [2030], afterLastYear: "none", rows: [], groups, shortLived: [], notCovered: [], convention: "" });
 * csv.split("\n")[1]; // "2030,all,CO2,-0.000000001000000000,K"
 * ```
 * @category Report
 */
export function temperatureTableToCsv(temperature: TemperatureResult): string {
  return toCsv(["year", "measure", "speciesGroup", "temperatureChange", "unit"], temperature.groups.map((g) => ({ year: g.year, measure: g.measure, speciesGroup: g.group, temperatureChange: g.temperatureChange, unit: g.unit })), { numeric: ["year", "temperatureChange"] });
}

/** Microkelvin to three significant digits. */
const micro = (k: string | Dec) => new Dec(k).times(1e6).toSignificantDigits(3, Dec.ROUND_HALF_EVEN).toString();
/** Tonnes as a whole number with thousands separated. (Not formatTable's formatDecimal: importing it here splits the core's bundle into one more shared chunk, past its size budget.) */
const tonnes = (t: Dec) => t.toFixed(0, Dec.ROUND_HALF_EVEN).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A plain-text section of the temperature response beside the CO2e view: per measure, its CO2e
 * reduction over the scenario's years under the first metric (Shapley shares), its temperature
 * change at the end of the scenario's last year and at the end of the last year asked for, and
 * the latter per species group, in microkelvin; then the species not covered. Rounded for reading;
 * temperature.csv keeps every year exactly.
 *
 * @param temperature - from `temperatureResponse` (cobenefits/impacts)
 * @param result - the scenario result the temperature was computed from (its CO2e view)
 * @param labels - the words of the section (`reportLabels(lang)`, `cobenefits/report`); default English. Measure ids, the response's name and the reasons of species not covered stay as given
 * @returns the text, lines separated by `\n`
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { formatTemperatureResponse, temperatureResponse } from "cobenefits/impacts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "boiler", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "1000" } }],
 *   measures: [{ id: "ccs", kind: "controlDevice", target: { activityIds: ["boiler"] }, penetration: { kind: "constant", value: "1" }, removal: { CO2: "0.5" } }] }));
 * formatTemperatureResponse(temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2050, afterLastYear: "none" }), result).split("\n")[0]; // "Temperature response (AR6-7SM-AGTP): global mean temperature change at the end of the year [uK = 1e-6 K], negative = cooler"
 * ```
 * @category Report
 */
export function formatTemperatureResponse(temperature: TemperatureResult, result: ScenarioResult, labels: ReportLabels = ENGLISH_LABELS): string {
  const words = labels.temperature;
  const last = result.years[result.years.length - 1]!;
  const until = temperature.years[temperature.years.length - 1]!;
  const metric = result.metrics[0];
  const groups = SPECIES_GROUPS.filter((g) => temperature.groups.some((r) => r.group === g));
  const sum = (measure: string, year: number, group?: string) => temperature.groups.filter((r) => r.measure === measure && r.year === year && (group === undefined || r.group === group)).reduce((s, r) => s.plus(r.temperatureChange), new Dec(0));
  const co2e = (measure: string) => result.co2eAttribution.filter((r) => r.metric === metric && (measure === "all" || r.measure === measure)).reduce((s, r) => s.plus(r.shapley), new Dec(0));
  const measures = [...new Set(temperature.groups.map((r) => r.measure))];
  const years = [...new Set([Math.min(last, until), until])];
  const header = [labels.columns.measure, ...(metric === undefined ? [] : [words.co2eCut(`${result.years[0]}-${last}`)]), ...years.map((y) => `dT ${y}`), ...groups.map((g) => `${words.group(g)} ${until}`)];
  const rows = measures.map((m) => [m === "all" ? words.all : m, ...(metric === undefined ? [] : [tonnes(co2e(m))]), ...years.map((y) => micro(sum(m, y))), ...groups.map((g) => micro(sum(m, until, g)))]);
  return forTerminal([
    words.heading(temperature.response),
    words.after(last, temperature.afterLastYear !== "none", metric),
    textGrid(header, rows),
    ...(temperature.notCovered.length === 0 ? [] : [words.notCovered(temperature.notCovered.map((n) => `${n.species} (${n.reason})`).join("; "))]),
  ].join("\n"));
}
