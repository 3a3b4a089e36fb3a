import { Document } from "yaml";
import type { Scenario } from "../scenario/scenario.js";

/**
 * A scenario written as a YAML scenario file that {@link parseScenarioFile} reads back to the same
 * scenario (decimal strings stay quoted strings, so no value changes on the way), with an optional
 * comment at the top. `cobenefits optimise --out` writes the chosen portfolio's scenario with it.
 *
 * @param scenario - a scenario (plain data; not changed)
 * @param comment - lines to put at the top as `#` comments (none when omitted)
 * @returns the YAML text, ending with a line break
 * @example
 * ```ts
 * import { parseScenarioFile, scenarioFileText } from "cobenefits/files";
 * const s = { name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2" as const], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant" as const, value: "100" } }], measures: [] };
 * parseScenarioFile(scenarioFileText(s, "a comment"), { fileName: "demo.yaml" }).baseline[0]?.level; // { kind: "constant", value: "100" }
 * ```
 * @category Scenario files
 */
export function scenarioFileText(scenario: Scenario, comment?: string): string {
  const doc = new Document(scenario);
  if (comment !== undefined) doc.commentBefore = comment.split("\n").map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}
