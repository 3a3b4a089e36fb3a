import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { nearestStrings } from "../../nearestStrings.js";
import { BUILTIN_CRFS, type ConcentrationResponseFunction } from "./crfs.js";
import type { HealthSection, UserCrf } from "./healthSection.js";

const BOUNDS = { "log-linear": "the 95 % interval of the RR as given", gemm: "theta -/+ one standard error as given", ier: "none: the IER form is given without an interval here (low = high = central)", "log-linear-beta": "the coefficients of the 95 % interval as given" } as const;

function userFunction(f: UserCrf): ConcentrationResponseFunction {
  if (f.family === "log-linear-beta") {
    const { name, source, pollutant, ...params } = f;
    return { name, description: `defined in the scenario (${f.family})`, bounds: BOUNDS[f.family], ...(pollutant === undefined ? {} : { pollutant }), endpoints: [{ ...params, source, quality: "userSupplied" }] };
  }
  const { name, source, ...params } = f;
  return { name, description: `defined in the scenario (${f.family})`, bounds: BOUNDS[f.family], endpoints: [{ ...params, source, quality: "userSupplied" }] };
}

/**
 * The concentration-response functions a health section names, built-in or its own, in its order.
 *
 * @param section - the `impacts.health` section
 * @param path - where the section is in the input [path]
 * @returns the functions with their parameters and provenance
 * @throws {@link cobenefits!InvalidInputError} naming each unknown function, with the nearest built-in names
 * @example
 * ```ts
 * import { resolveCrfs } from "cobenefits/impacts";
 * resolveCrfs({ baselineConcentration: { values: [{ year: 2025, value: "40" }], unit: "ug/m3", source: { id: "s", table: "1" } }, baselineDeaths: [], functions: ["GEMM-Burnett2018-with-China"] })[0]?.endpoints.length; // 4
 * ```
 * @category Impacts
 */
export function resolveCrfs(section: HealthSection, path: readonly (string | number)[] = ["impacts", "health"]): ConcentrationResponseFunction[] {
  const issues: InputIssueInit[] = [];
  const out: ConcentrationResponseFunction[] = [];
  section.functions.forEach((f, i) => {
    if (typeof f !== "string") return void out.push(userFunction(f));
    const b = BUILTIN_CRFS.find((c) => c.name === f);
    if (b !== undefined) return void out.push(b);
    const near = nearestStrings(f, BUILTIN_CRFS.map((c) => c.name), 2);
    issues.push({ path: [...path, "functions", i], message: `unknown concentration-response function "${f}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} (cobenefits crf lists them; define a log-linear, gemm or ier function in place to use your own)` });
  });
  if (issues.length > 0) throw new InvalidInputError("impacts health", issues);
  return out;
}
