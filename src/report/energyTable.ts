import type { EnergyBalance, EnergyUseKey } from "../scenario/evaluate/energyBalance.js";
import type { DecimalString } from "../units/decimal.js";
import { toCsv } from "./csv.js";
import { ALL_MEASURES } from "./tidyTable.js";

/**
 * One row of the energy table [unit/yr, GJ/yr]: what an activity row uses of one fuel in one year
 * (`measure: "all"`: baseline, scenario and reduction), or a measure's share of the reduction
 * (baseline and scenario `null`). A reduction is positive when fuel is saved, negative when it is
 * added; per year, activity, sector, fuel and unit the measures' shares sum exactly to the `all`
 * row's. GJ cells are `null` where the unit has no conversion to energy (`gjBasis` says why).
 * @category Report
 */
export interface EnergyTableRow extends EnergyUseKey {
  readonly measure: string;
  readonly baseline: DecimalString | null;
  readonly scenario: DecimalString | null;
  readonly reduction: DecimalString;
  readonly baselineGJ: DecimalString | null;
  readonly scenarioGJ: DecimalString | null;
  readonly reductionGJ: DecimalString | null;
  /** For a measure's row, how its share was computed (`shapley`, or `sequential` beyond the exact limit); null for `all`. */
  readonly share: "shapley" | "sequential" | null;
  /** How the unit was converted to GJ, or why it could not be. */
  readonly gjBasis: string;
}

/**
 * The columns of the energy table, in order.
 * @category Report
 */
export const ENERGY_COLUMNS = ["year", "activityId", "sector", "fuel", "unit", "measure", "baseline", "scenario", "reduction", "baselineGJ", "scenarioGJ", "reductionGJ", "share", "gjBasis"] as const;

/**
 * The energy balance as one tidy table beside the emissions: per year, activity row and fuel, the
 * totals (`measure: "all"`) followed by each measure's share, in the balance's order.
 *
 * @param balance - from {@link energyBalance}
 * @returns the rows [activity unit/yr, GJ/yr], exact decimal strings
 * @example
 * ```ts
 * import { compileScenario, energyBalance, energyTable } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
 *   baseline: [{ id: "homes", sector: "1.A.4.b.i", fuel: "naturalGas", unit: "GJ", heatSegment: "old", level: { kind: "constant", value: "1000" } }],
 *   measures: [{ id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "old" }, penetration: { kind: "constant", value: "0.5" }, demandReduction: "0.3" }] });
 * energyTable(energyBalance(plan)).map((r) => [r.measure, r.baseline, r.scenario, r.reductionGJ]); // [["all", "1000", "850", "150"], ["retrofit", null, null, "150"]]
 * ```
 * @category Report
 */
export function energyTable(balance: EnergyBalance): EnergyTableRow[] {
  const key = (r: { year: number; activityId: string; sector: string; fuel: string; unit: string }) => JSON.stringify([r.year, r.activityId, r.sector, r.fuel, r.unit]);
  const shares = new Map<string, EnergyBalance["attribution"][number][]>();
  for (const a of balance.attribution) shares.set(key(a), [...(shares.get(key(a)) ?? []), a]);
  return balance.rows.flatMap((r): EnergyTableRow[] => [
    { ...r, measure: ALL_MEASURES, share: null },
    ...(shares.get(key(r)) ?? []).map((a) => ({
      year: a.year, activityId: a.activityId, sector: a.sector, fuel: a.fuel, unit: a.unit, measure: a.measure, baseline: null, scenario: null,
      reduction: a.reduction, baselineGJ: null, scenarioGJ: null, reductionGJ: a.reductionGJ, share: a.method, gjBasis: r.gjBasis,
    })),
  ]);
}

/**
 * Writes the energy table as CSV with the header {@link ENERGY_COLUMNS}; `null` is an empty field.
 * Text cells are neutralised against spreadsheet formulas (see {@link toCsv}); numbers are not.
 * @param rows - from {@link energyTable}
 * @returns the CSV text
 * @example
 * ```ts
 * import { energyTableToCsv } from "cobenefits";
 * energyTableToCsv([]); // "year,activityId,sector,fuel,unit,measure,baseline,scenario,reduction,baselineGJ,scenarioGJ,reductionGJ,share,gjBasis\n"
 * ```
 * @category Report
 */
export function energyTableToCsv(rows: readonly EnergyTableRow[]): string {
  return toCsv(ENERGY_COLUMNS, rows, { numeric: ["year", "baseline", "scenario", "reduction", "baselineGJ", "scenarioGJ", "reductionGJ"] });
}
