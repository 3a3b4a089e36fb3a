import { ENGLISH_LABELS, type ReportLabels } from "../report/labels.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";

/**
 * The stderr summary of missing emission factors after a run: how many activity/species pairs
 * have no factor (`onMissingFactor: omit`), per species with the activities, so that no format
 * hides them (the tables mark them too: the column `complete`, flags `incomplete`, missing.csv).
 *
 * @param result - from evaluateScenario
 * @param labels - the words of the note (`--lang`); default English. Species and activity ids as given
 * @returns the lines (ending in a line feed), or `""` when every factor was found
 * @example
 * ```ts
 * import { missingFactorsNote } from "./missingFactorsNote.js";
 * missingFactorsNote({ missing: [{ activityId: "buses", sector: "1.A.3.b.iii", fuel: "naturalGas", species: "BC", reason: "no emission factor" }] } as never);
 * // "cobenefits: 1 activity/species pair has no emission factor and is not counted (the rows are marked complete = false):\n  BC: buses\n"
 * ```
 * @category Command line
 */
export function missingFactorsNote(result: Pick<ScenarioResult, "missing">, labels: ReportLabels = ENGLISH_LABELS): string {
  if (result.missing.length === 0) return "";
  const bySpecies = new Map<string, Set<string>>();
  for (const m of result.missing) {
    const key = m.species ?? "?";
    bySpecies.set(key, (bySpecies.get(key) ?? new Set()).add(m.activityId ?? "?"));
  }
  const n = result.missing.length;
  const head = `cobenefits: ${labels.messages.missing(n)}`;
  return `${[head, ...[...bySpecies].map(([species, ids]) => `  ${species}: ${[...ids].join(", ")}`)].join("\n")}\n`;
}
