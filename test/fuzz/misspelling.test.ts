import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/index.js";
import type { Scenario } from "../../src/index.js";
import { validScenario } from "./arbitraries.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { type Path, getAt, pathsOf, updateAt } from "./mutate.js";
import { attempt, errorPaths, errorProblem, pathOutsideInput } from "./promise.js";

// A name misspelt by one keystroke (a letter dropped, doubled, swapped with its neighbour, or
// in the wrong case) where the scenario refers to something by name: a fuel, a technology, a
// grid factor, a metric. The promise: a result (the misspelling is another valid name, or the
// name is read case-insensitively) or a typed error at that name that names the intended one
// ("did you mean").

/** The last key of paths that refer to a registry by name, with names long enough to have one nearest neighbour. */
const NAME_KEYS = new Set(["fuel", "technology", "id"]);
const isNamePath = (s: unknown, p: Path) => {
  const last = p[p.length - 1];
  const v = getAt(s, p);
  if (typeof v !== "string" || v.length < 8) return false;
  if (p[0] === "metrics" && p.length === 2) return true;
  if (last === "id") return p[0] === "gridFactor" && p.length === 2;
  return NAME_KEYS.has(String(last));
};

/** One keystroke wrong. */
const typo = (name: string): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 1, max: name.length - 2 }), fc.constantFrom("drop", "double", "swap", "case")).map(([i, kind]) => {
    const c = name[i]!;
    switch (kind) {
      case "drop":
        return name.slice(0, i) + name.slice(i + 1);
      case "double":
        return name.slice(0, i) + c + name.slice(i);
      case "swap":
        return name.slice(0, i) + name[i + 1] + c + name.slice(i + 2);
      default:
        return name.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + name.slice(i + 1);
    }
  });

/**
 * The name meant: for a combined metric ("AR6-GWP100+Bond2013-GWP100"), the component misspelt
 * (a message naming each component of a combination whose "+" was dropped names the intended one).
 */
function intended(name: string, wrong: string): string {
  const [a, b] = [name.split("+"), wrong.split("+")];
  return a.length === b.length ? (a.find((part, i) => part !== b[i]) ?? name) : name;
}

const misspelt = validScenario
  .filter((s) => pathsOf(s).some((p) => isNamePath(s, p)))
  .chain((s) => {
    const paths = pathsOf(s).filter((p) => isNamePath(s, p));
    return fc.integer({ min: 0, max: paths.length - 1 }).chain((i) => {
      const path = paths[i]!;
      const name = getAt(s, path) as string;
      return typo(name).map((wrong) => ({ scenario: updateAt(s, path, () => wrong) as Scenario, path, name, wrong }));
    });
  });

describe("a name misspelt by one keystroke", () => {
  it("gives a result, or a typed error at the name that suggests the intended one", () => {
    fc.assert(
      fc.property(misspelt, ({ scenario, path, name, wrong }) => {
        if (wrong === name) return;
        const r = attempt(() => compileScenario(scenario));
        if (r.ok) return;
        const context = `${JSON.stringify(name)} written ${JSON.stringify(wrong)} at ${JSON.stringify(path)}`;
        expect(errorProblem(r.error) ?? pathOutsideInput(r.error, scenario), context).toBeUndefined();
        const paths = errorPaths(r.error);
        // at the name (issue 8: "a typed error naming the field"); a measure's target filter is refused at the target
        const at = path.includes("target") ? path.slice(0, path.indexOf("target") + 1) : path;
        expect(paths.some((p) => at.every((k, i) => p[i] === k)), `${context}: error at ${JSON.stringify(paths)}`).toBe(true);
        // A measure's target filter (`target: { fuel: nturalGas }`) is refused as matching no
        // activity, without a suggestion: not checked here (see the fuzz report of issue 8).
        const message = (r.error as Error).message;
        if (!path.includes("target")) expect(intended(name, wrong).split("+").every((part) => message.includes(part)), `${context}: ${message.slice(0, 300)}`).toBe(true);
      }),
      fuzzParams(80, undefined, 10_000),
    );
  }, fuzzTimeout(80, 10_000));
});
