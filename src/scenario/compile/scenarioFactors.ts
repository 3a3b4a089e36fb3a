import { InvalidInputError, type InputIssueInit, UnknownGridFactorError } from "../../errors.js";
import type { FactorTable } from "../../factors/factorRow.js";
import { type FactorSet, createFactorSet } from "../../factors/factorSet.js";
import { type GridFactorRow, gridFactorIssues } from "../../factors/gridFactorRow.js";
import { listGridFactors, lookupGridFactor } from "../../factors/lookupGridFactor.js";
import type { NcvRow } from "../../factors/ncvRow.js";
import { roadDustFactorTable } from "../../factors/dust/roadDustSpec.js";
import { nearestStrings } from "../../nearestStrings.js";
import { listNationalNcv } from "../../factors/lookupNationalNcv.js";
import type { Scenario } from "../scenario.js";
import { metricIssues, particleNestingIssues } from "./compileChecks.js";
import { upstreamIssues } from "./upstreamTemplates.js";
import { heatSupplyIssues } from "./heatCoefficients.js";

/**
 * Every up-front problem of a validated scenario at once: metric names, particle nesting, the
 * road dust rows derived from `factors.roadDust`, the factor set built from `factors` (its issues located under `factors`), a national NCV country without a table (at `ncv.country`), and a grid factor row whose
 * citation does not resolve (the scenario's userCitations count); else its factor set and grid
 * factor.
 *
 * @param s - the validated scenario
 * @returns the factor set and the grid factor row (undefined when the scenario names none)
 * @throws {@link InvalidInputError} listing every such problem
 * @example
 * ```ts
 * import { scenarioFactors } from "./scenarioFactors.js";
 * scenarioFactors({ name: "demo", years: { start: 2025, end: 2025 }, species: ["SO2"], metrics: [], baseline: [], measures: [] }).grid; // undefined
 * ```
 * @category Scenario
 */
export function scenarioFactors(s: Scenario): { readonly factors: FactorSet; readonly grid: GridFactorRow | undefined } {
  const issues: InputIssueInit[] = [...metricIssues(s), ...particleNestingIssues(s)];
  let factors: FactorSet | undefined;
  const userTables = [...((s.factors?.userTables ?? []) as FactorTable[]), ...roadDustTables(s, issues)];
  try {
    factors = createFactorSet({
      ...(userTables.length === 0 ? {} : { userTables }),
      ...(s.factors?.userCitations === undefined ? {} : { userCitations: s.factors.userCitations }),
      ...(s.factors?.userNcv === undefined ? {} : { userNcv: s.factors.userNcv as NcvRow[] }),
      ...(s.factors?.builtinTables === undefined ? {} : { builtinTables: s.factors.builtinTables }),
    }, ["factors"]);
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    issues.push(...e.issues);
  }
  if (s.ncv !== undefined) issues.push(...ncvCountryIssues(s.ncv.country));
  if (factors !== undefined) issues.push(...upstreamIssues(s, factors.citations), ...heatSupplyIssues(s, factors.citations, factors));
  if (factors !== undefined && s.gridFactor !== undefined && "country" in s.gridFactor) issues.push(...gridFactorIssues(s.gridFactor, factors.citations, ["gridFactor"]));
  const grid = s.gridFactor === undefined ? undefined : "country" in s.gridFactor ? s.gridFactor : builtinGrid(s.gridFactor.id, issues);
  if (issues.length > 0 || factors === undefined) throw new InvalidInputError("scenario", issues);
  return { factors, grid };
}

/** The table of the scenario's `factors.roadDust` (none when absent); its problems go to `issues`, located under `factors.roadDust`. */
function roadDustTables(s: Scenario, issues: InputIssueInit[]): FactorTable[] {
  if (s.factors?.roadDust === undefined || s.factors.roadDust.length === 0) return [];
  try {
    return [roadDustFactorTable(s.factors.roadDust, ["factors", "roadDust"])];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    issues.push(...e.issues);
    return [];
  }
}

/** A built-in grid factor row by id; an unknown id is an issue at `gridFactor.id`, with the nearest ids. */
function builtinGrid(id: string, issues: InputIssueInit[]): GridFactorRow | undefined {
  try {
    return lookupGridFactor({ id });
  } catch (e) {
    if (!(e instanceof UnknownGridFactorError)) throw e;
    const ids = listGridFactors().map((r) => r.id);
    const nearest = nearestStrings(id, ids, 3);
    issues.push({ code: "unknown_reference", key: id, nearest, path: ["gridFactor", "id"], message: `unknown grid factor id "${id}"; nearest: ${nearest.join(", ")} (see listGridFactors(), or the factors command)` });
    return undefined;
  }
}

/** The scenario's `ncv.country` as issues: none when it has a built-in table. */
function ncvCountryIssues(country: string): readonly InputIssueInit[] {
  try {
    listNationalNcv(country, ["ncv", "country"]);
    return [];
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return e.issues;
  }
}
