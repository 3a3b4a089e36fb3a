import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import type { Scenario } from "../../src/index.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";
import { type Mutated, mutatedFrom } from "./mutate.js";

// Valid scenarios of realistic shapes, their mutations, and files made from them.

const EXAMPLES = ["beijing", "seoul", "ulaanbaatar", "northern-china-heating-season"] as const;

/** The worked examples' scenarios (examples/<name>/scenario.yaml), read as plain YAML. */
export const EXAMPLE_SCENARIOS: readonly Scenario[] = EXAMPLES.map((name) => {
  const data = parse(readFileSync(new URL(`../../examples/${name}/scenario.yaml`, import.meta.url), "utf8")) as Record<string, unknown>;
  delete data.$schema;
  return data as unknown as Scenario;
});

/**
 * A random scenario with the fields the random generator leaves out: a net calorific value on
 * rows in mass units, a user factor table with its citation (the illustrative city table of
 * test/fixtures), and a description.
 */
const richScenario: fc.Arbitrary<Scenario> = fc.tuple(scenarioArbitrary, fc.integer({ min: 180, max: 300 }), fc.boolean()).map(([s, ncv, table]) => ({
  ...s,
  description: "fuzz",
  baseline: s.baseline.map((b) => (b.unit === "kt" ? { ...b, netCalorificValue: { value: `${ncv / 10}`, unit: "GJ/t", outsideIpccRange: "a random test value, not a fuel" } } : b)),
  ...(table ? { factors: { userCitations: [CITY_CITATION], userTables: [CITY_TABLE] } } : {}),
}));

/** Valid scenarios: random ones (mostly), rich ones and the worked examples. */
export const validScenario: fc.Arbitrary<Scenario> = fc.oneof(
  { weight: 6, arbitrary: scenarioArbitrary },
  { weight: 3, arbitrary: richScenario },
  { weight: 1, arbitrary: fc.constantFrom(...EXAMPLE_SCENARIOS) },
);

/** A valid scenario with one hostile change (or none, one time in eight). */
export const mutatedScenario: fc.Arbitrary<Mutated> = mutatedFrom(validScenario);

/** How a scenario is written to a file. */
export interface FileStyle {
  readonly format: "yaml" | "json";
  readonly bom: boolean;
  /** YAML only: repeated objects written once with an anchor and then as aliases. */
  readonly anchors: boolean;
  /** YAML only: decimal strings written as plain numbers where they read back as the same text. */
  readonly plainNumbers: boolean;
  readonly crlf: boolean;
}

export const fileStyle: fc.Arbitrary<FileStyle> = fc.record({
  format: fc.constantFrom("yaml", "json"),
  bom: fc.boolean(),
  anchors: fc.boolean(),
  plainNumbers: fc.boolean(),
  crlf: fc.boolean(),
});

/** Objects repeated by value become the same object, so that `yaml` writes them as anchor and aliases. */
function shareRepeats(value: unknown, seen = new Map<string, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  const key = JSON.stringify(value);
  const hit = seen.get(key);
  if (hit !== undefined) return hit;
  const out = Array.isArray(value) ? value.map((v) => shareRepeats(v, seen)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shareRepeats(v, seen)]));
  if (key.length > 20) seen.set(key, out);
  return out;
}

/** Decimal strings that YAML 1.2 reads back as numbers with the same source text. */
const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** Writes `value` (a scenario or a mutation of it) as a scenario file in the given style. */
export function toFileText(value: unknown, style: FileStyle): string {
  let text: string;
  if (style.format === "json") text = JSON.stringify(value, null, 1) ?? "null";
  else {
    const v = style.anchors ? shareRepeats(value) : value;
    const doc = stringify(v, {
      aliasDuplicateObjects: style.anchors,
      lineWidth: 0,
      ...(style.plainNumbers ? { defaultStringType: "PLAIN" as const } : {}),
    });
    text = style.plainNumbers ? doc.replace(/"(-?[\d.eE+-]+)"/g, (m: string, n: string) => (PLAIN.test(n) ? n : m)) : doc;
  }
  if (style.crlf) text = text.replace(/\n/g, "\r\n");
  return (style.bom ? "\uFEFF" : "") + text;
}

/** A mutated scenario and a file made from it. */
export const mutatedFile: fc.Arbitrary<Mutated & { readonly style: FileStyle; readonly text: string }> = fc
  .tuple(mutatedScenario, fileStyle)
  .map(([m, style]) => ({ ...m, style, text: toFileText(m.mutated, style) }));
