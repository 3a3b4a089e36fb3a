import type { InputIssueInit } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import type { FastScenarioResult } from "../scenario/evaluate/fastScenarioResult.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import type { Target } from "./targetsSection.js";

/**
 * A target's baseline and reduction in its year, summed over every sector and scope [t/yr of
 * the species, or t CO2-eq/yr under the metric], from a fast (float64) result.
 *
 * @param result - a fast result of the plan the targets were checked against
 * @param target - a target whose species, metric and year the result has
 * @returns baseline and reduction (baseline - scenario) [t/yr]
 */
export function fastTargetValue(result: FastScenarioResult, target: Target): { readonly baseline: number; readonly reduction: number } {
  const yi = result.years.indexOf(target.year);
  if ("co2e" in target) {
    const row = result.co2e.find((r) => r.metric === target.co2e && r.year === target.year)!;
    return { baseline: row.baseline, reduction: row.reduction };
  }
  const si = result.species.indexOf(target.species);
  const S = result.species.length;
  const G = result.tables.groups.length;
  let baseline = 0;
  let scenario = 0;
  for (let g = 0; g < G; g++) {
    baseline += result.tables.baseline[(yi * G + g) * S + si]!;
    scenario += result.tables.scenario[(yi * G + g) * S + si]!;
  }
  return { baseline, reduction: baseline - scenario };
}

/**
 * A target's baseline and reduction in its year, exactly, from an exact result (decimal strings,
 * summed over every sector and scope) [t/yr].
 *
 * @param result - an exact result of the plan
 * @param target - a target whose species, metric and year the result has
 * @returns baseline and reduction [t/yr], as decimal strings
 */
export function exactTargetValue(result: ScenarioResult, target: Target): { readonly baseline: DecimalString; readonly reduction: DecimalString } {
  if ("co2e" in target) {
    const row = result.co2e.find((r) => r.metric === target.co2e && r.year === target.year)!;
    return { baseline: row.baseline, reduction: row.reduction };
  }
  const rows = result.emissions.filter((r) => r.species === target.species && r.year === target.year);
  return {
    baseline: rows.reduce((s, r) => s.plus(r.baseline), new Dec(0)).toString(),
    reduction: rows.reduce((s, r) => s.plus(r.reduction), new Dec(0)).toString(),
  };
}

/**
 * The reduction a target asks for, given its baseline [t/yr]: fraction x baseline, or the tonnes.
 *
 * @param target - the target
 * @param baseline - its baseline in its year [t/yr]
 * @returns the required reduction [t/yr], exact
 */
export function requiredReduction(target: Target, baseline: DecimalString): DecimalString {
  const r = target.reduction;
  return "fraction" in r ? new Dec(r.fraction).times(baseline).toString() : new Dec(r.tonnes).toString();
}

/**
 * What the plan cannot give a target: a species it does not compute, a metric it does not name,
 * a year outside it. Paths start at `targets`.
 *
 * @param plan - the compiled scenario
 * @param targets - the parsed targets section
 * @returns one issue per problem (none when every target can be evaluated)
 */
export function targetIssues(plan: Plan, targets: readonly Target[]): InputIssueInit[] {
  return targets.flatMap((t, i): InputIssueInit[] => {
    const issues: InputIssueInit[] = [];
    if ("species" in t && !plan.species.includes(t.species)) issues.push({ path: ["targets", i, "species"], message: `the scenario does not compute ${t.species}; it computes ${plan.species.join(", ")}` });
    if ("co2e" in t && !plan.scenario.metrics.includes(t.co2e)) {
      issues.push({ path: ["targets", i, "co2e"], message: plan.scenario.metrics.length === 0 ? `the scenario names no climate metric, so it has no CO2e; add "${t.co2e}" to its metrics` : `"${t.co2e}" is not one of the scenario's metrics; nearest: ${nearestStrings(t.co2e, plan.scenario.metrics, 3).join(", ")}` });
    }
    if (!plan.years.includes(t.year)) issues.push({ path: ["targets", i, "year"], message: `${t.year} is outside the scenario's years ${plan.years[0]}-${plan.years[plan.years.length - 1]}` });
    return issues;
  });
}
