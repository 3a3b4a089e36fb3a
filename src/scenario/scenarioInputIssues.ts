import { inputTextIssues } from "../citations/inputTextIssues.js";
import { duplicateIssues } from "../errors/duplicateIssues.js";
import type { InputIssue } from "../errors.js";

type Path = readonly (string | number)[];

const listAt = (data: Record<string, unknown>, key: string): readonly unknown[] => (Array.isArray(data[key]) ? (data[key] as unknown[]) : []);

/** The string entries of a list, each with its path. */
function entries(list: readonly unknown[], at: Path, field?: string): { key: string; path: Path }[] {
  return list.flatMap((x, i) => {
    const key = field === undefined ? x : x !== null && typeof x === "object" ? (x as Record<string, unknown>)[field] : undefined;
    return typeof key === "string" ? [{ key, path: field === undefined ? [...at, i] : [...at, i, field] }] : [];
  });
}

/**
 * The checks of a scenario that look across fields, run on the data as given (so they are
 * reported together with every schema problem): a species, metric, activity id, measure id,
 * built-in table id or a measure's target activity id listed twice (a species or metric listed twice would be counted twice in
 * CO2e), strings too long (`MAX_ID_LENGTH` for ids and names, `MAX_TEXT_LENGTH` for
 * free text) and decimal strings out of range (`MAX_DECIMAL_EXPONENT`). User table,
 * factor row, NCV and citation ids are checked by {@link createFactorSet}.
 *
 * @param data - scenario data, validated or not (anything that is not an object has no issues here)
 * @returns one issue per problem, with its path
 * @example
 * ```ts
 * import { scenarioInputIssues } from "./scenarioInputIssues.js";
 * scenarioInputIssues({ species: ["PM2.5", "SO2", "CO2", "CO2"] }).map((i) => i.message); // ['"CO2" is listed twice (first at species[2])']
 * ```
 * @category Scenario
 */
export function scenarioInputIssues(data: unknown): InputIssue[] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  const s = data as Record<string, unknown>;
  const factors = s.factors !== null && typeof s.factors === "object" ? (s.factors as Record<string, unknown>) : {};
  return [
    ...duplicateIssues(entries(listAt(s, "species"), ["species"])),
    ...duplicateIssues(entries(listAt(s, "metrics"), ["metrics"])),
    ...duplicateIssues(entries(listAt(s, "baseline"), ["baseline"], "id"), "activity id"),
    ...duplicateIssues(entries(listAt(s, "measures"), ["measures"], "id"), "measure id"),
    ...duplicateIssues(entries(listAt(factors, "builtinTables"), ["factors", "builtinTables"]), "table"),
    ...listAt(s, "measures").flatMap((m, i) => {
      const target = m !== null && typeof m === "object" ? (m as Record<string, unknown>).target : undefined;
      if (target === null || typeof target !== "object") return [];
      return duplicateIssues(entries(listAt(target as Record<string, unknown>, "activityIds"), ["measures", i, "target", "activityIds"]), "activity id");
    }),
    ...inputTextIssues(data, []),
  ];
}
