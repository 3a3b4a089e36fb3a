import { InvalidInputError, type InputIssueInit } from "../errors.js";
import type { ConcentrationResponseFunction, CrfEndpoint } from "../impacts/health/crfs.js";
import { resolveCrfs } from "../impacts/health/resolveCrfs.js";
import type { ImpactsSection } from "../impacts/impactsSection.js";
import type { ValuationSection } from "../impacts/valuation/valuationSection.js";
import { BUILTIN_VSL_PARAMETERS } from "../impacts/valuation/vslParameters.js";
import type { ImpactsParameterRanges } from "./impactsParameterRanges.js";
import { normalQuantile } from "./normalQuantile.js";
import { rangeQuantile } from "./rangeDistribution.js";
import { type TemperaturePotentialMultiplier, temperaturePotentialRange } from "./temperaturePotentialRange.js";

/**
 * The impacts parameters of one draw: the intake-fraction multiplier [-], the functions with
 * their drawn parameters (undefined: the section's), the valuation section with the drawn VSL
 * (undefined: the section's), the multipliers on species' temperature responses (empty: none drawn).
 * @category Uncertainty
 */
export interface DrawnImpactsParameters {
  readonly intakeFraction: number;
  readonly functions: readonly ConcentrationResponseFunction[] | undefined;
  readonly valuation: ValuationSection | undefined;
  /** Per species, the multiplier on its temperature response [-] ({@link temperaturePotentialRange}); a species not in it keeps its response. */
  readonly temperature: ReadonlyMap<string, number>;
}

/**
 * The uncertain parameters of the impacts chain an `uncertainty.impacts` part names, as slots of
 * the draws' probabilities: how many, and the parameters of a draw from its probabilities.
 *
 * Method: the intake-fraction multiplier by its named range ({@link rangeQuantile}); with
 * `crf: standardError`, one standard normal z per endpoint of each function: GEMM theta + z SE
 * (Burnett et al. 2018 publish theta and its standard error), a log-linear RR exp(ln RR + z s)
 * with s = (ln rrHigh - ln rrLow) / (2 x 1.959964) from its 95% interval; the VSL base value and
 * income elasticity uniform over the built-in set's published range, or triangular with the
 * published base value (the scenario's elasticity) as mode; each temperature-potential row, a
 * multiplier on its species' temperature response over the named metric's published uncertainty
 * relative to its value ({@link temperaturePotentialRange}). Each slot is drawn once per draw and
 * used for every year and measure.
 *
 * @param ranges - the `uncertainty.impacts` part, or undefined (no slot)
 * @param section - the scenario's `impacts` section, parsed
 * @returns the number of slots and the parameters of a draw (`u` undefined: the point values)
 * @throws {@link cobenefits!InvalidInputError} when a named parameter has no part of the chain to act on, or no published range (own VSL parameters; an elasticity outside the published range under a triangular; a metric value without a published uncertainty), or a temperature species is given twice
 * @example
 * ```ts
 * import { impactsParameterDraws } from "cobenefits/uncertainty";
 * impactsParameterDraws(undefined, {}).count; // 0
 * ```
 * @category Uncertainty
 */
export function impactsParameterDraws(ranges: ImpactsParameterRanges | undefined, section: ImpactsSection): { readonly count: number; readonly parameters: (u?: Float64Array) => DrawnImpactsParameters } {
  const issues: InputIssueInit[] = [];
  const path = ["uncertainty", "impacts"];
  if (ranges?.intakeFraction !== undefined && section.exposure?.primary === undefined) issues.push({ path: [...path, "intakeFraction"], message: "there is no impacts.exposure.primary whose intake fractions it could vary" });
  if (ranges?.crf !== undefined && section.health === undefined) issues.push({ path: [...path, "crf"], message: "there is no impacts.health whose functions it could vary" });
  const vsl = ranges?.vsl;
  const valuation = section.valuation;
  let set: (typeof BUILTIN_VSL_PARAMETERS)[number] | undefined;
  if (vsl !== undefined && (vsl.baseValue !== undefined || vsl.incomeElasticity !== undefined)) {
    const p = valuation?.vsl.parameters;
    if (valuation === undefined) issues.push({ path: [...path, "vsl"], message: "there is no impacts.valuation whose VSL it could vary" });
    else if (typeof p !== "string") issues.push({ path: [...path, "vsl"], message: "the scenario gives its own VSL parameters, with no published range here: vary them only with a built-in parameter set (cobenefits crf lists them)" });
    else set = BUILTIN_VSL_PARAMETERS.find((b) => b.name === p);
    const e = valuation?.vsl.incomeElasticity.value;
    if (set !== undefined && vsl.incomeElasticity === "triangular" && e !== undefined && !(Number(set.elasticityLow) <= Number(e) && Number(e) <= Number(set.elasticityHigh))) {
      issues.push({ path: [...path, "vsl", "incomeElasticity"], message: `the scenario's elasticity ${e} is outside the published range ${set.elasticityLow} to ${set.elasticityHigh} of "${set.name}", so it cannot be a triangular's mode` });
    }
  }
  const temperature: TemperaturePotentialMultiplier[] = [];
  (ranges?.temperature ?? []).forEach((row, i) => {
    const at = [...path, "temperature", i];
    if (ranges!.temperature!.findIndex((r) => r.species === row.species) < i) return issues.push({ code: "duplicate", path: [...at, "species"], message: `species ${row.species} is given twice` });
    const m = temperaturePotentialRange(row, section.climate, at);
    if ("issues" in m) issues.push(...m.issues);
    else temperature.push(m);
    return undefined;
  });
  if (issues.length > 0) throw new InvalidInputError("uncertainty impacts", issues);
  const functions = ranges?.crf === "standardError" && section.health !== undefined ? resolveCrfs(section.health) : [];
  const crfSlots = functions.reduce((n, f) => n + f.endpoints.length, 0);
  const iF = ranges?.intakeFraction;
  const base = set !== undefined && vsl?.baseValue !== undefined ? vsl.baseValue : undefined;
  const elasticity = set !== undefined && vsl?.incomeElasticity !== undefined ? vsl.incomeElasticity : undefined;
  const count = (iF === undefined ? 0 : 1) + crfSlots + (base === undefined ? 0 : 1) + (elasticity === undefined ? 0 : 1) + temperature.length;
  const parameters = (u?: Float64Array): DrawnImpactsParameters => {
    if (u === undefined) return { intakeFraction: 1, functions: undefined, valuation: undefined, temperature: new Map() };
    let k = 0;
    const next = () => u[k++] as number;
    const intakeFraction = iF === undefined ? 1 : rangeQuantile(iF, next());
    const drawnFunctions = crfSlots === 0 ? undefined : functions.map((f) => ({ ...f, endpoints: f.endpoints.map((e) => drawnEndpoint(e, normalQuantile(next()))) }));
    let drawnValuation: ValuationSection | undefined;
    if (set !== undefined && valuation !== undefined && (base !== undefined || elasticity !== undefined)) {
      const v = base === undefined ? set.baseValue : String(rangeQuantile(published(base, set.baseValueLow, set.baseValue, set.baseValueHigh), next()));
      const e = elasticity === undefined ? valuation.vsl.incomeElasticity.value : String(rangeQuantile(published(elasticity, set.elasticityLow, valuation.vsl.incomeElasticity.value, set.elasticityHigh), next()));
      drawnValuation = { ...valuation, vsl: { ...valuation.vsl, parameters: { name: set.name, baseValue: v, baseIncome: set.baseIncome, source: set.source }, incomeElasticity: { ...valuation.vsl.incomeElasticity, value: e } } };
    }
    const drawnTemperature = new Map(temperature.map((t) => [t.species, rangeQuantile(t.multiplier, next())]));
    return { intakeFraction, functions: drawnFunctions, valuation: drawnValuation, temperature: drawnTemperature };
  };
  return { count, parameters };
}

const published = (d: "uniform" | "triangular", low: string, mode: string, high: string) => (d === "uniform" ? { distribution: d, low, high } : { distribution: d, low, mode, high });

/** An endpoint with its parameter at z standard deviations from the published central value (IER unchanged; an ozone beta normal with its 95 % interval). */
function drawnEndpoint(e: CrfEndpoint, z: number): CrfEndpoint {
  if (e.family === "gemm") return { ...e, theta: String(Number(e.theta) + z * Number(e.thetaSe)) };
  if (e.family === "log-linear-beta") return { ...e, beta: String(Number(e.beta) + (z * (Number(e.betaHigh) - Number(e.betaLow))) / (2 * normalQuantile(0.975))) };
  if (e.family === "log-linear") return { ...e, rr: String(Math.exp(Math.log(Number(e.rr)) + (z * (Math.log(Number(e.rrHigh)) - Math.log(Number(e.rrLow)))) / (2 * normalQuantile(0.975)))) };
  return e;
}
