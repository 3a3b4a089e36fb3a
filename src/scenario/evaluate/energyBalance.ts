import { sequentialShares } from "../../attribution/sequentialShares.js";
import { shapleyExact } from "../../attribution/shapleyExact.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { LineagePlan, Plan, TemplatePlan } from "../plan.js";
import { SHAPLEY_EXACT_PER_ROW } from "./scenarioSums.js";

/**
 * Decimal places at which energy amounts are reported and attributed, in the activity's unit and
 * in GJ (1e-24), so that every balance adds up exactly.
 * @example
 * ```ts
 * import { ENERGY_PLACES } from "cobenefits";
 * ENERGY_PLACES; // 24
 * ```
 * @category Scenario
 */
export const ENERGY_PLACES = 24;

/**
 * Which use of fuel a balance row is about: one activity row's use of one fuel in one year, in one unit.
 * @category Scenario
 */
export interface EnergyUseKey {
  readonly year: number;
  /** The baseline activity row this use comes from (what it is, or what its measures made of it). */
  readonly activityId: string;
  readonly sector: string;
  readonly fuel: string;
  /** Unit of the amounts (e.g. `t`, `GJ`, `MWh`, `vkm`). */
  readonly unit: string;
}

/**
 * The fuel (or electricity) one activity row uses in one year, in the baseline and the scenario,
 * in the unit of the activity it became (`unit`) and in GJ [unit/yr, GJ/yr].
 * @category Scenario
 */
export interface EnergyBalanceRow extends EnergyUseKey {
  readonly baseline: DecimalString;
  readonly scenario: DecimalString;
  /** baseline - scenario: positive when fuel is saved, negative when it is added (gas, electricity). */
  readonly reduction: DecimalString;
  /** The same in GJ; null when the unit has no conversion to energy (see `gjBasis`). */
  readonly baselineGJ: DecimalString | null;
  readonly scenarioGJ: DecimalString | null;
  readonly reductionGJ: DecimalString | null;
  /** How the unit was converted to GJ (the NCV, the fuel consumption), or why it could not be. */
  readonly gjBasis: string;
}

/**
 * One measure's share of the change in one activity row's use of one fuel in one year [unit/yr,
 * GJ/yr]: per year, activity, sector, fuel and unit the shares of all measures sum exactly to the
 * balance row's `reduction` (and `reductionGJ`).
 * @category Scenario
 */
export interface EnergyAttributionRow extends EnergyUseKey {
  readonly measure: string;
  /** The measure's share of baseline - scenario: positive = fuel saved, negative = fuel added. */
  readonly reduction: DecimalString;
  readonly reductionGJ: DecimalString | null;
  /** `shapley` (order-independent, as the emissions), or `sequential` (declared order) for rows with more than `SHAPLEY_EXACT_PER_ROW` measures that change fuel use. */
  readonly method: "shapley" | "sequential";
}

/**
 * The energy and fuel balance of a scenario: its rows and each measure's share of each change.
 * @category Scenario
 */
export interface EnergyBalance {
  /** Ids of the measures that change fuel use somewhere (those with attribution rows), in declared order. */
  readonly measures: readonly string[];
  readonly rows: readonly EnergyBalanceRow[];
  readonly attribution: readonly EnergyAttributionRow[];
}

const round = (d: Dec) => d.toDecimalPlaces(ENERGY_PLACES, Dec.ROUND_HALF_EVEN);

/** The templates of a lineage grouped by what they use (sector, fuel, unit), in template order. */
function fuelGroups(l: LineagePlan): TemplatePlan[][] {
  const groups = new Map<string, TemplatePlan[]>();
  for (const t of l.templates) {
    if (t.scope === "upstream") continue; // upstream methane twins use no fuel of their own
    const key = JSON.stringify([t.sector, t.fuel, t.unit]);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

/** The local indices of a lineage's measures that change what it uses: its moving measures, and modify measures whose activity factor is not 1. */
function activeMeasures(l: LineagePlan): number[] {
  const active = new Set<number>(l.moving);
  for (const t of l.templates) for (const m of t.modifiers) if (!m.activity.eq(1)) active.add(m.local);
  return [...active].sort((a, b) => a - b);
}

/**
 * The energy and fuel balance of a compiled scenario, per year, activity row and fuel: what each
 * activity row uses in the baseline and in the scenario, in the unit of the activity and in GJ,
 * and each measure's share of the change (coal saved, gas and electricity added).
 *
 * Method: an activity row's use of the activity a template stands for is amount x share x
 * conversion x the product over its modify measures of (1 - p + p x a), as the emissions, with a
 * the measure's factor on its activity (`activityFactor`): moving measures move amounts between
 * fuels (a fuel switch conserving useful energy, an EV's kWh/km); modify measures that cut demand
 * (a building retrofit, a seasonal curtailment) cut fuel use; a control device adds its energy
 * penalty; end-of-pipe measures without one (DPF, dust control) change nothing. Templates of a
 * row that use the same sector, fuel and unit (a standard upgrade, a scrapped share) are one row.
 * GJ come from the same conversion the engine uses for factors (the row's NCV, else the factor
 * set's NCV for the fuel; vehicle-km through the fuel consumption; MWh as 3.6 GJ); where none
 * exists the GJ cells are null and `gjBasis` says why. Each measure's share is its Shapley value
 * over the measures that change the row's fuel use (or its sequential share beyond
 * `SHAPLEY_EXACT_PER_ROW` of them, labelled), rounded to {@link ENERGY_PLACES} decimals so that
 * baseline - sum of the measures' shares = scenario exactly, in the unit and in GJ.
 *
 * @param plan - a plan from {@link compileScenario}
 * @returns the balance rows and the measures' shares [activity unit/yr, GJ/yr], exact decimal strings
 * @example
 * ```ts
 * import { compileScenario, energyBalance } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20.908", unit: "GJ/t" },
 *     level: { kind: "constant", value: "1000" } }],
 *   measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" },
 *     to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" }] });
 * const balance = energyBalance(plan);
 * balance.rows.map((r) => [r.fuel, r.baseline, r.scenario, r.reductionGJ]); // [["otherBituminousCoal", "1000", "500", "10454"], ["naturalGas", "0", "8130.888888888888888888888889", "-8130.888888888888888888888889"]]
 * balance.attribution.map((a) => [a.measure, a.fuel, a.reduction]); // [["toGas", "otherBituminousCoal", "500"], ["toGas", "naturalGas", "-8130.888888888888888888888889"]]
 * ```
 * @category Scenario
 */
export function energyBalance(plan: Plan): EnergyBalance {
  const rows: EnergyBalanceRow[] = [];
  const attribution: EnergyAttributionRow[] = [];
  plan.years.forEach((year, yi) => {
    for (const l of plan.lineages) {
      const active = activeMeasures(l);
      const p = (local: number) => plan.measures[l.measures[local]!]!.penetration[yi]!;
      const bit = new Map(active.map((local, i) => [local, 1 << i]));
      const on = (local: number, mask: number) => ((bit.get(local) ?? 0) & mask) !== 0;
      /** Use of one template's activity with the active measures in the mask [template unit/yr]. */
      const use = (t: TemplatePlan, mask: number): Dec => {
        const share = t.createdBy < 0
          ? l.moving.reduce((s, m) => (on(m, mask) ? s.minus(p(m)) : s), new Dec(1))
          : on(t.createdBy, mask) ? p(t.createdBy) : new Dec(0);
        return t.modifiers.reduce((u, mo) => (on(mo.local, mask) ? u.times(new Dec(1).minus(p(mo.local)).plus(p(mo.local).times(mo.activity))) : u), l.amounts[yi]!.times(share).times(t.conversion));
      };
      const method = active.length <= SHAPLEY_EXACT_PER_ROW ? "shapley" : "sequential";
      const sharesOf = (game: (mask: number) => Dec) => (method === "shapley" ? shapleyExact(active.length, game, { places: ENERGY_PLACES }) : sequentialShares(active.length, game));
      for (const group of fuelGroups(l)) {
        const first = group[0]!;
        const inUnit = (mask: number) => round(group.reduce((s, t) => s.plus(use(t, mask)), new Dec(0)));
        const allGj = group.every((t) => t.energy.gjPerUnit !== null);
        const inGj = (mask: number) => round(group.reduce((s, t) => s.plus(use(t, mask).times(t.energy.gjPerUnit ?? 0)), new Dec(0)));
        const full = (1 << active.length) - 1;
        const [b, s] = [inUnit(0), inUnit(full)];
        const gj = allGj ? ([inGj(0), inGj(full)] as const) : undefined;
        const gjBasis = [...new Set(group.map((t) => (t.energy.gjPerUnit === null ? t.energy.reason : t.energy.via)))].join("; ");
        rows.push({
          year, activityId: l.activityId, sector: first.sector, fuel: first.fuel, unit: first.unit,
          baseline: b.toString(), scenario: s.toString(), reduction: b.minus(s).toString(),
          baselineGJ: gj?.[0].toString() ?? null, scenarioGJ: gj?.[1].toString() ?? null, reductionGJ: gj === undefined ? null : gj[0].minus(gj[1]).toString(), gjBasis,
        });
        if (active.length === 0) continue;
        const units = sharesOf(inUnit);
        const gjShares = allGj ? sharesOf(inGj) : undefined;
        active.forEach((local, i) => {
          attribution.push({
            year, activityId: l.activityId, sector: first.sector, fuel: first.fuel, unit: first.unit, measure: plan.measures[l.measures[local]!]!.measure.id,
            reduction: units[i]!.negated().toString(), reductionGJ: gjShares === undefined ? null : gjShares[i]!.negated().toString(), method,
          });
        });
      }
    }
  });
  const changing = new Set(attribution.map((a) => a.measure));
  return { measures: plan.measures.map((m) => m.measure.id).filter((id) => changing.has(id)), rows, attribution };
}
