import { apportion } from "../../attribution/apportion.js";
import { InvalidInputError } from "../../errors.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import { type SpeciesResponse, agtpAtLags } from "./agtpAtLags.js";
import type { ClimateSection } from "./climateSection.js";
import { getClimateResponse } from "./climateResponses.js";
import { type ShortLivedResponse, shortLivedResponses } from "./shortLivedResponse.js";
import { SPECIES_GROUPS, type SpeciesGroup, speciesGroupOf } from "./speciesGroups.js";

/** Decimal places of the temperature results [K]: 1e-18 K. */
export const TEMPERATURE_PLACES = 18;

/**
 * Global mean temperature change at the end of one year caused by the scenario's change in one
 * species' emissions, for one measure (its Shapley share) or all measures (`measure: "all"`).
 * Negative: cooler than the baseline.
 * @category Climate response
 */
export interface TemperatureRow {
  readonly year: number;
  readonly measure: string;
  readonly species: Species;
  readonly group: SpeciesGroup;
  /** [K], exact decimal with {@link TEMPERATURE_PLACES} places; the measures' rows sum exactly to the `all` row. */
  readonly temperatureChange: DecimalString;
  readonly unit: "K";
}

/**
 * The temperature response of a scenario: rows per year, measure and species, the same per species
 * group, the short-lived responses used, and the species with emission changes that have none.
 * @category Climate response
 */
export interface TemperatureResult {
  readonly response: string;
  readonly years: readonly number[];
  readonly afterLastYear: "none" | "holdLastYear";
  readonly rows: readonly TemperatureRow[];
  readonly groups: readonly Omit<TemperatureRow, "species">[];
  readonly shortLived: readonly ShortLivedResponse[];
  /** Species whose emissions change but which have no response (their warming is not counted). */
  readonly notCovered: readonly { readonly species: Species; readonly reason: string }[];
  readonly convention: string;
}

const CONVENTION = "Each year's emission change is a pulse in the middle of the year; the temperature is that at the end of each year: T(Y) = sum over s <= Y of -reduction(s) [kg] x AGTP(Y - s + 0.5).";

/**
 * Global mean temperature change over time from a scenario's emission changes, per measure and
 * species: the convolution of each year's change (Shapley shares per measure, so the shares add
 * up) with the species' AGTP(t) of the named response set. CO2, CH4 and N2O come from the set;
 * short-lived species from the section's `shortLived` rows. Temperature is linear in emissions,
 * so a measure's share of the emission change maps to its share of the temperature change; the
 * shares are rounded to {@link TEMPERATURE_PLACES} places and apportioned so that they sum exactly
 * to the rounded total of all measures.
 *
 * @param result - from `evaluateScenario` (exact)
 * @param section - the scenario's `impacts.climate`, from {@link parseClimateSection}
 * @param path - where the section sits in the scenario, for errors (default `["impacts", "climate"]`)
 * @returns the temperature rows [K], exact decimal strings
 * @throws {@link cobenefits!InvalidInputError} for an unknown response set, `until` before the first
 *   year or more than 500 years after it, a missing `afterLastYear` when `until` is beyond the
 *   scenario, and bad short-lived rows
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { temperatureResponse } from "cobenefits/impacts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
 *   baseline: [{ id: "boiler", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "1000" } }],
 *   measures: [{ id: "ccs", kind: "controlDevice", target: { activityIds: ["boiler"] }, penetration: { kind: "constant", value: "1" }, removal: { CO2: "0.5" } }] }));
 * const t = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2030 });
 * t.rows.find((r) => r.measure === "all")?.temperatureChange; // "-0.000000002865113070"
 * ```
 * @category Climate response
 */
export function temperatureResponse(result: ScenarioResult, section: ClimateSection, path: readonly (string | number)[] = ["impacts", "climate"]): TemperatureResult {
  const set = getClimateResponse(section.response, [...path, "response"]);
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  if (section.until < first || section.until > first + 500) throw new InvalidInputError("impacts.climate section", [{ code: "out_of_range", path: [...path, "until"], message: `must be from the scenario's first year ${first} to ${first + 500}, got ${section.until}` }]);
  if (section.until > last && section.afterLastYear === undefined) throw new InvalidInputError("impacts.climate section", [{ code: "missing", path: [...path, "afterLastYear"], message: `until ${section.until} is after the scenario's last year ${last}: say what the emission changes do after it, "none" or "holdLastYear"` }]);
  const afterLastYear = section.afterLastYear ?? "none";
  const shortLived = shortLivedResponses(set, section.shortLived ?? [], [...path, "shortLived"]);
  const responses = new Map<Species, SpeciesResponse>([["CO2", { kind: "co2" }], ["CH4", { kind: "oneLifetime", gas: "CH4" }], ["N2O", { kind: "oneLifetime", gas: "N2O" }]]);
  for (const s of shortLived) responses.set(s.species, { kind: "shortLived", agwp: s.agwp });
  const years = Array.from({ length: section.until - first + 1 }, (_, i) => first + i);
  const measures = [...new Set(result.attribution.map((a) => a.measure))];
  // Shapley share per species, measure and year [t]; years after the last held when asked.
  const shares = new Map<Species, Map<string, Dec[]>>();
  for (const a of result.attribution) {
    const bySpecies = shares.get(a.species) ?? new Map<string, Dec[]>();
    shares.set(a.species, bySpecies);
    const series = bySpecies.get(a.measure) ?? years.map(() => new Dec(0));
    bySpecies.set(a.measure, series);
    if (a.year <= section.until) series[a.year - first] = new Dec(a.shapley);
  }
  if (afterLastYear === "holdLastYear") for (const bySpecies of shares.values()) for (const series of bySpecies.values()) for (let y = last + 1; y <= section.until; y++) series[y - first] = series[last - first]!;
  const notCovered: { species: Species; reason: string }[] = [];
  const rows: TemperatureRow[] = [];
  const lags = years.map((_, k) => k + 0.5);
  for (const species of result.species) {
    const bySpecies = shares.get(species);
    const changes = bySpecies !== undefined && [...bySpecies.values()].some((s) => s.some((x) => !x.isZero()));
    const response = responses.get(species);
    if (response === undefined) {
      if (changes) notCovered.push({ species, reason: species === "CO2-biogenic" ? "biogenic CO2: counted as carbon-neutral, as in the inventory convention" : ["PM2.5", "PM10", "TSP"].includes(species) ? "particle mass: its climate effect is counted through BC and OC" : "no short-lived response row in impacts.climate.shortLived" });
      continue;
    }
    if (bySpecies === undefined) continue;
    const agtp = [...agtpAtLags(set, response, lags)].map((v) => new Dec(v).times(1000)); // [K t-1]
    const group = speciesGroupOf(species);
    for (let y = 0; y < years.length; y++) {
      const exact = measures.map((m) => {
        const series = bySpecies.get(m);
        let s = new Dec(0);
        if (series !== undefined) for (let e = 0; e <= y; e++) if (!series[e]!.isZero()) s = s.minus(series[e]!.times(agtp[y - e]!));
        return s;
      });
      const total = exact.reduce((a, b) => a.plus(b), new Dec(0)).toDecimalPlaces(TEMPERATURE_PLACES, Dec.ROUND_HALF_EVEN);
      const apportioned = apportion(exact, total, TEMPERATURE_PLACES);
      const year = years[y]!;
      rows.push({ year, measure: "all", species, group, temperatureChange: fixed(total), unit: "K" });
      measures.forEach((measure, i) => rows.push({ year, measure, species, group, temperatureChange: fixed(apportioned[i]!), unit: "K" }));
    }
  }
  return { response: set.name, years, afterLastYear, rows, groups: groupRows(rows), shortLived, notCovered, convention: CONVENTION };
}

function fixed(x: Dec): DecimalString {
  return x.toFixed(TEMPERATURE_PLACES);
}

/** The rows summed per species group (exact sums of fixed-place decimals), by year, measure (`all` first) and group. */
function groupRows(rows: readonly TemperatureRow[]): Omit<TemperatureRow, "species">[] {
  const sums = new Map<string, { year: number; measure: string; group: SpeciesGroup; sum: Dec }>();
  for (const r of rows) {
    const key = `${r.year}|${r.measure}|${r.group}`;
    const s = sums.get(key) ?? { year: r.year, measure: r.measure, group: r.group, sum: new Dec(0) };
    s.sum = s.sum.plus(r.temperatureChange);
    sums.set(key, s);
  }
  const measureOrder = [...new Set(rows.map((r) => r.measure))];
  return [...sums.values()]
    .sort((a, b) => a.year - b.year || measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure) || SPECIES_GROUPS.indexOf(a.group) - SPECIES_GROUPS.indexOf(b.group))
    .map((s) => ({ year: s.year, measure: s.measure, group: s.group, temperatureChange: fixed(s.sum), unit: "K" as const }));
}
