import { getFuel } from "../../factors/fuels.js";
import { listNationalNcv, lookupNationalNcv } from "../../factors/lookupNationalNcv.js";
import { BUILTIN_NCV } from "../../factors/builtinTables.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import type { Scenario } from "../scenario.js";
import type { CompileContext } from "./compileContext.js";

/**
 * The net calorific value a baseline row is converted with, resolved once at compile time.
 *
 * Precedence: the row's own value (`netCalorificValue: { value, unit }`) > the row's country
 * (`netCalorificValue: { country }`) > a `factors.userNcv` row for its fuel > the scenario's
 * `ncv.country` > the IPCC 2006 default (Table 1.2). Under a scenario country, a fuel its table does
 * not list is an error (at the row's `fuel`) unless `ncv.otherFuels` is `"ipcc2006"`; a row with no
 * combustion fuel (electricity, none) takes none.
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
    const first = cx.factors.ncv.find((n) => n.fuel === row.fuel);
    if (first !== undefined && !BUILTIN_NCV.includes(first)) return {}; // the user's own NCV row for the fuel
    // an unknown country is reported once, up front, at ncv.country (scenarioFactors)
    if (selected.otherFuels === "ipcc2006" && !listNationalNcv(selected.country, ["ncv", "country"]).some((r) => r.fuel === row.fuel)) return {};
    country = selected.country;
    path = ["baseline", rowIndex, "fuel"];
  }
  const hit = lookupNationalNcv(country, row.fuel, path);
  return { netCalorificValue: { value: hit.value, unit: hit.unit }, netCalorificValueFrom: { id: hit.id, source: hit.source } };
}
