import { getFuel } from "../../factors/fuels.js";
import { listNationalNcv, lookupNationalNcv } from "../../factors/lookupNationalNcv.js";
import { BUILTIN_NCV } from "../../factors/builtinTables.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import type { TemplateCoefficients } from "./templateCoefficients.js";
import type { Scenario } from "../scenario.js";
import type { CompileContext } from "./compileContext.js";

/**
 * The net calorific value a baseline row is converted with, resolved once at compile time.
 *
 * Precedence: the row's own value (`netCalorificValue: { value, unit }`) > the row's country
 * (`netCalorificValue: { country }`) > a `factors.userNcv` row for its fuel > the scenario's
 * `ncv.country` > the IPCC 2006 default (Table 1.2). Under a scenario country, a fuel its table does
 * not list gets none here: {@link checkNationalNcvUse} refuses the row if its coefficients then use
 * another NCV, unless `ncv.otherFuels` is `"ipcc2006"`. A row with no combustion fuel (electricity,
 * none) takes none.
 *
 * @param row - the baseline row
 * @param rowIndex - its index in `baseline`
 * @param cx - the compile context (scenario and factor set)
 * @returns the NCV [energy per mass, the unit published] and its national row, or neither (the factor set's NCV applies)
 * @throws {@link InvalidInputError} for an unknown country, or a fuel the selected table does not list (with the nearest)
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { activityNcv } from "./activityNcv.js";
 * const cx = compileContext({ name: "demo", years: { start: 2025, end: 2025 }, species: ["CO2"], metrics: [], ncv: { country: "CN" },
 *   baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "t", level: { kind: "constant", value: "1" } }], measures: [] });
 * activityNcv(cx.scenario.baseline[0]!, 0, cx).netCalorificValue; // { value: "5000", unit: "kcal/kg" }
 * ```
 * @category Scenario
 */
export function activityNcv(row: Scenario["baseline"][number], rowIndex: number, cx: CompileContext): Pick<ActivityTemplate, "netCalorificValue" | "netCalorificValueFrom"> {
  const given = row.netCalorificValue;
  if (given !== undefined && !("country" in given)) return { netCalorificValue: given };
  let country: string;
  let path: (string | number)[];
  if (given !== undefined) {
    country = given.country;
    path = ["baseline", rowIndex, "netCalorificValue", "country"];
  } else {
    const selected = cx.scenario.ncv;
    if (selected === undefined || getFuel(row.fuel, ["baseline", rowIndex, "fuel"]).carbon === "none") return {};
    if (hasUserNcv(cx, row.fuel)) return {}; // the user's own NCV row for the fuel
    // an unknown country is reported once, up front, at ncv.country (scenarioFactors); a fuel the
    // table does not list is refused only where an NCV is used (checkNationalNcvUse)
    if (!listNationalNcv(selected.country, ["ncv", "country"]).some((r) => r.fuel === row.fuel)) return {};
    country = selected.country;
    path = ["baseline", rowIndex, "fuel"];
  }
  const hit = lookupNationalNcv(country, row.fuel, path);
  return { netCalorificValue: { value: hit.value, unit: hit.unit }, netCalorificValueFrom: { id: hit.id, source: hit.source } };
}

/**
 * Refuses a baseline row whose fuel the scenario's national NCV table does not list when its
 * coefficients convert between fuel mass and energy with another NCV (the IPCC default), unless
 * the scenario states `ncv.otherFuels: "ipcc2006"`: no silent fallback, and no error for rows that
 * need no NCV (a gas row in GJ under `ncv: { country: "CN" }`).
 *
 * @param row - the baseline row
 * @param rowIndex - its index in `baseline`
 * @param template - its template (with the NCV {@link activityNcv} resolved)
 * @param coefficients - its coefficients, with their conversion steps
 * @param cx - the compile context
 * @throws {@link InvalidInputError} at the row's `fuel`, naming the fuels the table lists
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { coefficientsOf } from "./templatePlans.js";
 * import { activityNcv, checkNationalNcvUse } from "./activityNcv.js";
 * const cx = compileContext({ name: "demo", years: { start: 2025, end: 2025 }, species: ["CO2"], metrics: [], ncv: { country: "CN" },
 *   baseline: [{ id: "gas", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "GJ", level: { kind: "constant", value: "1" } }], measures: [] });
 * const row = cx.scenario.baseline[0]!;
 * const t = { activityId: "gas", sector: row.sector, fuel: row.fuel, unit: row.unit, scope: "direct" as const, ...activityNcv(row, 0, cx) };
 * checkNationalNcvUse(row, 0, t, coefficientsOf(row, 0, t, -1, cx), cx); // (returns: GJ needs no NCV)
 * ```
 * @category Scenario
 */
export function checkNationalNcvUse(row: Scenario["baseline"][number], rowIndex: number, template: ActivityTemplate, coefficients: readonly TemplateCoefficients[], cx: CompileContext): void {
  const selected = cx.scenario.ncv;
  if (selected === undefined || selected.otherFuels === "ipcc2006" || template.netCalorificValue !== undefined) return;
  if (hasUserNcv(cx, row.fuel)) return;
  const builtin = new Set(BUILTIN_NCV.map((n) => n.source));
  const usesNcv = coefficients.some((c) => (c.conversions ?? []).some((step) => step.source !== undefined && builtin.has(step.source)));
  if (usesNcv) lookupNationalNcv(selected.country, row.fuel, ["baseline", rowIndex, "fuel"]); // throws: the fuel is not listed
}

/** Whether the factor set's NCV for a fuel is the user's own row (`factors.userNcv`). */
function hasUserNcv(cx: CompileContext, fuel: string): boolean {
  const first = cx.factors.ncv.find((n) => n.fuel === fuel);
  return first !== undefined && !BUILTIN_NCV.includes(first);
}
