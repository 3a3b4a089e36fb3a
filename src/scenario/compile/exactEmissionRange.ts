import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { Dec } from "../../units/decimal.js";
import { EMISSION_PLACES } from "../evaluate/scenarioSums.js";
import type { Plan } from "../plan.js";

/**
 * The largest emission [t] of one activity row, species and year the exact engine represents
 * exactly: 10^(40 - 24) = 1e16 t. Emissions are computed to 40 significant digits
 * (`Dec`'s precision) and reported at {@link EMISSION_PLACES} = 24 decimal places of a tonne, so a
 * value of 1e16 t or more cannot keep its 24 decimals: a reduction smaller than its last digit
 * (a measure treating 50,000 of a stock of 1e300 vehicles) would silently come out as 0. For scale,
 * world CO2 emissions are about 4e10 t/yr: the limit refuses only mistaken inputs.
 * @category Scenario
 */
export const MAX_EXACT_EMISSION_TONNES = new Dec(10).pow(Dec.precision - EMISSION_PLACES).toString();

/**
 * Refuses a plan in which an activity row's baseline emission of a species in a year reaches
 * {@link MAX_EXACT_EMISSION_TONNES}, instead of evaluating it with reductions lost below the last
 * digit. Each such row is reported once (its first year and species), at the field that makes it so
 * large: `stock` or `intensity` (whichever has the larger power of ten in that year) for a row
 * given as stock x intensity, else `level`; the message names the emission, the limit and the inputs.
 *
 * @param plan - the compiled plan (its baseline amounts [row unit] and coefficients [t/unit])
 * @throws {@link index!InvalidInputError} (`too_big`, `maximum` = the limit) listing every such row
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { checkExactEmissionRange } from "./exactEmissionRange.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2025, end: 2025 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * checkExactEmissionRange(plan); // no error: 100 TJ of anthracite emit far less than 1e16 t
 * ```
 * @category Scenario
 */
export function checkExactEmissionRange(plan: Pick<Plan, "scenario" | "years" | "species" | "lineages">): void {
  const limit = new Dec(MAX_EXACT_EMISSION_TONNES);
  const issues: InputIssueInit[] = [];
  for (const lineage of plan.lineages) {
    const rowIndex = plan.scenario.baseline.findIndex((r) => r.id === lineage.activityId);
    const row = plan.scenario.baseline[rowIndex];
    if (row === undefined) continue;
    const found = firstTooLarge(lineage, plan, limit);
    if (found === undefined) continue;
    const { y, species, emission } = found;
    const year = plan.years[y]!;
    const stock = lineage.stock;
    let field = "level";
    let inputs = `level ${lineage.amounts[y]!.toString()} ${row.unit}`;
    if (stock !== undefined) {
      const count = stock.counts[y]!;
      const intensity = stock.intensity[y]!;
      field = count.e >= intensity.e ? "stock" : "intensity";
      inputs = `stock ${count.toString()} ${stock.unit} x intensity ${intensity.toString()} ${row.unit}/${stock.unit}`;
    }
    issues.push({
      code: "too_big", maximum: MAX_EXACT_EMISSION_TONNES, path: ["baseline", rowIndex, field],
      message: `activity ${row.id} emits ${emission.toSignificantDigits(6).toString()} t ${species} in ${year} (${inputs}); the exact engine computes to ${Dec.precision} significant digits and reports ${EMISSION_PLACES} decimals of a tonne, so it represents emissions below ${MAX_EXACT_EMISSION_TONNES} t per row, species and year exactly (reductions smaller than the last digit would show as 0); check the ${field} and its unit`,
    });
  }
  if (issues.length > 0) throw new InvalidInputError("scenario", issues);
}

function firstTooLarge(lineage: Plan["lineages"][number], plan: Pick<Plan, "years" | "species">, limit: Dec): { readonly y: number; readonly species: string; readonly emission: Dec } | undefined {
  for (let y = 0; y < plan.years.length; y++) {
    const amount = lineage.amounts[y]!;
    for (const template of lineage.templates) {
      for (let s = 0; s < plan.species.length; s++) {
        const coef = template.coef[s];
        if (coef === null || coef === undefined) continue;
        const emission = amount.times(template.conversion).times(coef).abs();
        if (emission.gte(limit)) return { y, species: plan.species[s]!, emission };
      }
    }
  }
  return undefined;
}
