import { CobenefitsError, InvalidInputError, compileScenario, evaluateScenario, evaluateScenarioFast, metricValue } from "../../src/index.js";
import type { FastScenarioResult, Plan, Scenario, ScenarioResult } from "../../src/index.js";
import { ScenarioFileError } from "../../src/files.js";
import { Dec } from "../../src/units/decimal.js";

// The promise of issue 8, as checks that return what is wrong (or undefined): every input gives
// a typed error with a path (and a line, for files), or a result with no NaN or Infinity in which
// the exact and the fast evaluators agree. Nothing crashes, hangs or changes the caller's input.

/** An outcome: a result, or the error thrown (typed or not). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Runs `f`, catching whatever it throws. */
export function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message.slice(0, 400)}\n${(e.stack ?? "").split("\n").slice(1, 4).join("\n")}` : String(e));

/**
 * What is wrong with a thrown error, or undefined: it must be a CobenefitsError; a file error's
 * issues each need a path, or (for file-level problems such as syntax, not for compile problems)
 * a line (none for the file's size, a problem of the whole file); any other error needs a path, itself or in each of its issues.
 */
export function errorProblem(e: unknown): string | undefined {
  if (!(e instanceof CobenefitsError)) return `not a CobenefitsError: ${describeError(e)}`;
  if (typeof e.code !== "string" || (e.code as string) === "") return `no code: ${e.message}`;
  if (e instanceof ScenarioFileError) {
    if (e.issues.length === 0) return `a file error with no issues: ${e.message}`;
    const fromCompile = (e as { cause?: unknown }).cause !== undefined;
    // a problem of the whole file (its size) has no place in it
    const wholeFile = /TOO_LARGE/.test(e.code);
    const bad = e.issues.find((i) => i.path.length === 0 && (fromCompile || (i.line === undefined && !wholeFile)));
    return bad === undefined ? undefined : `an issue with no path${fromCompile ? " from compiling" : " and no line"}: ${JSON.stringify(bad)} (${e.code})`;
  }
  if (e instanceof InvalidInputError) {
    if (e.issues.length === 0) return `an invalid-input error with no issues: ${e.message}`;
    const bad = e.issues.find((i) => i.path.length === 0);
    return bad === undefined ? undefined : `an issue with no path: ${JSON.stringify(bad)} (${e.code})`;
  }
  return e.path.length > 0 ? undefined : `${e.name} (${e.code}) with no path: ${e.message.slice(0, 300)}`;
}

/** Every path of a typed error: its issues' paths, or its own. */
export function errorPaths(e: unknown): (readonly (string | number)[])[] {
  const issues = (e as { issues?: readonly { path: readonly (string | number)[] }[] }).issues;
  return issues !== undefined ? issues.map((i) => i.path) : [(e as { path: readonly (string | number)[] }).path];
}

/**
 * A path of the error that does not lead into the input, or undefined: each path must name a
 * place in the input, a value or a key missing from an object or list that is there (a path such
 * as `measures[0][1]`, into an object as if it were a list, names no field).
 */
export function pathOutsideInput(e: unknown, input: unknown): string | undefined {
  for (const path of errorPaths(e)) {
    if (path.length === 0) continue;
    let v: unknown = input;
    for (const [i, k] of path.entries()) {
      const last = i === path.length - 1;
      if (v === null || typeof v !== "object") return `${JSON.stringify(path)}: ${JSON.stringify(path.slice(0, i))} is not an object or list`;
      if (Array.isArray(v) ? typeof k !== "number" : typeof k !== "string") return `${JSON.stringify(path)}: ${JSON.stringify(k)} used as a ${typeof k === "number" ? "list index" : "key"} of ${Array.isArray(v) ? "a list" : "an object"}`;
      if (!last && !Object.hasOwn(v, k)) return `${JSON.stringify(path)}: no ${JSON.stringify(k)} in ${JSON.stringify(path.slice(0, i))}`;
      v = (v as Record<string | number, unknown>)[k];
    }
  }
  return undefined;
}

/** Where a value holds NaN, Infinity or a non-finite decimal (in numbers, Decimal objects, typed arrays; decimal strings: {@link badDecimal}). */
export function nonFinite(value: unknown, at = "result", seen = new WeakSet<object>()): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${at} = ${value}`;
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined;
  seen.add(value);
  if (Dec.isDecimal(value)) return (value as Dec).isFinite() ? undefined : `${at} = Decimal ${String(value)}`;
  if (ArrayBuffer.isView(value)) {
    const i = Array.prototype.findIndex.call(value, (x: number | bigint) => typeof x === "number" && !Number.isFinite(x));
    return i < 0 ? undefined : `${at}[${i}] not finite`;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinite(v, `${at}.${k}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

const DECIMAL_KEYS = new Set(["baseline", "scenario", "reduction", "standalone", "sequential", "shapley", "co2eReduction", "maxStandardError"]);

/** Where an exact result holds a decimal field that does not parse as a finite decimal. */
export function badDecimal(value: unknown, at = "result"): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (DECIMAL_KEYS.has(k) && typeof v !== "object") {
      let ok = typeof v === "string";
      try {
        ok &&= new Dec(v as string).isFinite();
      } catch {
        ok = false;
      }
      if (!ok) return `${at}.${k} = ${JSON.stringify(v)}`;
    } else {
      const found = badDecimal(v, `${at}.${k}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const TOLERANCE = 1e-9;
/**
 * The exact path rounds emissions to EMISSION_PLACES (24) decimal places of a tonne, so an
 * emission below 1e-24 t reads 0 there and not in float64: a difference of up to 1000 such units
 * (summed over rows and measures) is rounding, not disagreement.
 */
const ABSOLUTE = 1e-21;

/**
 * The first disagreement between the fast and the exact result: same rows in the same order, and
 * every number within 1e-9 relative to the larger of the value and the largest emission of its
 * species in its year (CO2e: the metric-weighted sum of those), since reductions and shares can
 * cancel to about 0, plus the exact path's rounding (ABSOLUTE). (The rule of
 * test/scenario/evaluateScenarioFast.test.ts.)
 */
export function disagreement(exact: ScenarioResult, fast: FastScenarioResult): string | undefined {
  const scale = new Map<string, number>();
  for (const e of exact.emissions) {
    const key = `${e.year}|${e.species}`;
    scale.set(key, Math.max(scale.get(key) ?? 0, Math.abs(Number(e.baseline)), Math.abs(Number(e.scenario))));
  }
  const co2eScale = (metric: string, year: number) =>
    exact.co2e.find((c) => c.metric === metric)!.speciesIncluded.reduce((s, sp) => s + Math.abs(Number(metricValue(sp, metric).value)) * (scale.get(`${year}|${sp}`) ?? 0), 0);
  type Row = object;
  const at = (r: Row, k: string) => (r as Record<string, unknown>)[k];
  const compare = (table: string, exactRows: readonly Row[], fastRows: readonly Row[], keys: readonly string[], values: readonly string[], floor: (r: Row) => number): string | undefined => {
    if (exactRows.length !== fastRows.length) return `${table}: ${exactRows.length} exact rows, ${fastRows.length} fast`;
    for (const [i, e] of exactRows.entries()) {
      const f = fastRows[i]!;
      const [ek, fk] = [e, f].map((r) => JSON.stringify(keys.map((k) => at(r, k))));
      if (ek !== fk) return `${table}[${i}]: ${ek} vs ${fk}`;
      for (const k of values) {
        const x = Number(at(e, k));
        const y = at(f, k) as number;
        if (!(Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), floor(e)) + ABSOLUTE)) return `${table}[${i}].${k}: exact ${String(at(e, k))}, fast ${y}`;
      }
    }
    return undefined;
  };
  const ofSpecies = (r: Row) => scale.get(`${at(r, "year")}|${at(r, "species")}`) ?? 0;
  const ofMetric = (r: Row) => co2eScale(at(r, "metric") as string, at(r, "year") as number);
  const changes = ["baseline", "scenario", "reduction"];
  const shares = ["standalone", "sequential", "shapley"];
  return (
    compare("emissions", exact.emissions, fast.emissions, ["year", "sector", "scope", "species"], changes, ofSpecies) ??
    compare("attribution", exact.attribution, fast.attribution, ["year", "measure", "species"], shares, ofSpecies) ??
    compare("co2e", exact.co2e, fast.co2e, ["metric", "year", "speciesIncluded"], changes, ofMetric) ??
    compare("co2eAttribution", exact.co2eAttribution, fast.co2eAttribution, ["metric", "year", "measure"], shares, ofMetric)
  );
}

/** Both evaluations of a plan, each as an outcome. */
export interface Evaluated {
  readonly exact: Outcome<ScenarioResult>;
  readonly fast: Outcome<FastScenarioResult>;
}

/**
 * What is wrong with evaluating a compiled plan, or undefined: the exact evaluator gives a result
 * (whatever compiles evaluates); the fast one a result or a typed error with a path (a float64
 * overflow); both results are free of NaN and Infinity and agree.
 */
export function evaluationProblem(plan: Plan): { problem: string | undefined; exact?: ScenarioResult } {
  const exact = attempt(() => evaluateScenario(plan));
  const fast = attempt(() => evaluateScenarioFast(plan));
  // what compiles evaluates: `validate` (compile only) runs every check that `run` runs
  if (!exact.ok) return { problem: `evaluateScenario failed on a compiled plan: ${errorProblem(exact.error) ?? (exact.error as Error).message.slice(0, 300)}` };
  const inExact = badDecimal(exact.value) ?? nonFinite(exact.value);
  if (inExact !== undefined) return { problem: `evaluateScenario: ${inExact}`, exact: exact.value };
  if (!fast.ok) {
    const p = errorProblem(fast.error);
    return { problem: p === undefined ? undefined : `evaluateScenarioFast: ${p}`, exact: exact.value };
  }
  const inFast = nonFinite(fast.value);
  if (inFast !== undefined) return { problem: `evaluateScenarioFast: ${inFast}`, exact: exact.value };
  const d = disagreement(exact.value, fast.value);
  return { problem: d === undefined ? undefined : `fast and exact disagree: ${d}`, exact: exact.value };
}

/** Compiles from code and evaluates; the problem with the whole, or undefined. The input must come back unchanged. */
export function scenarioProblem(input: unknown): { problem: string | undefined; plan?: Plan; exact?: ScenarioResult } {
  const before = structuredClone(input);
  const compiled = attempt(() => compileScenario(input as Scenario));
  if (!sameData(before, input)) return { problem: "compileScenario changed its input" };
  if (polluted()) return { problem: "compileScenario polluted Object.prototype" };
  if (!compiled.ok) {
    const p = errorProblem(compiled.error) ?? pathOutsideInput(compiled.error, input);
    return { problem: p === undefined ? undefined : `compileScenario: ${p}` };
  }
  const inPlan = nonFinite(compiled.value.lineages) ?? nonFinite(compiled.value.measures);
  if (inPlan !== undefined) return { problem: `compileScenario: plan ${inPlan}` };
  const evaluated = evaluationProblem(compiled.value);
  if (!sameData(before, input)) return { problem: "evaluation changed the scenario given" };
  return { ...evaluated, plan: compiled.value };
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** Whether a key such as `__proto__: { polluted: true }` in an input reached Object.prototype. */
export function polluted(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).length !== PROTOTYPE_KEYS || ({} as Record<string, unknown>).polluted !== undefined;
}

/** Deep equality of plain data, NaN equal to NaN and -0 distinct from 0 (what structuredClone keeps). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
