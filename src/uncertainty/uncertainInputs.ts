import { InvalidInputError, type InputIssueInit } from "../errors.js";
import type { FactorRow } from "../factors/factorRow.js";
import { sectorWithin } from "../factors/sectorWithin.js";
import { DISTRICT_HEAT } from "../factors/heat/heatSupplySpec.js";
import { nearestStrings } from "../nearestStrings.js";
import { scenarioFactors } from "../scenario/compile/scenarioFactors.js";
import type { Plan } from "../scenario/plan.js";
import type { Species } from "../units/species.js";
import { Dec } from "../units/decimal.js";
import { intervalDistribution } from "./intervalDistribution.js";
import type { RangeDistribution } from "./rangeDistribution.js";
import type { UncertaintySection } from "./uncertaintySection.js";

/**
 * One uncertain input of a run: what it is, its distribution, and how a draw of it acts on the
 * plan. Each input is drawn once per draw and shared by every template, activity, scope and
 * species that uses it, in the baseline and the scenario alike (common random numbers).
 * @category Uncertainty
 */
export interface UncertainInput {
  /** `factor:<row id>`, `grid`, `ncv:<fuel>`, `removal:<measure id>:<species>`, `penetration:<measure id>` or `fuelSaving:<measure id>`. */
  readonly id: string;
  readonly kind: "factor" | "grid" | "ncv" | "removal" | "penetration" | "fuelSaving";
  readonly distribution: RangeDistribution;
  /** The value of the point run: a factor row's value, a removal's or a fuel saving's value, 1 for a multiplier. */
  readonly point: number;
  /** How many coefficients (activity row x template x species) or penetrations it acts on. */
  readonly uses: number;
}

/** A use of an input on a lineage's arrays: the index in `scale` (t x S + s) or in `factor` ((t x n + k) x S + s), and whether the input divides (an NCV on the way from energy to mass). */
export interface LineageUses {
  readonly lineage: number;
  readonly scaleAt: Int32Array;
  readonly scaleInput: Int32Array;
  readonly scaleInverse: Uint8Array;
  readonly factorAt: Int32Array;
  readonly factorInput: Int32Array;
}

/** The inputs of a run and where they act: per lineage, and per measure for penetrations. */
export interface ResolvedInputs {
  readonly inputs: readonly UncertainInput[];
  readonly lineages: readonly LineageUses[];
  /** Per measure index: the input of its penetration multiplier, or -1. */
  readonly penetrationInput: Int32Array;
  /** Selected factor rows that reach the plan only through electricity or district heat (sums over plants), so are not varied; vary those with `grid`. */
  readonly notVaried: readonly string[];
}

type Path = readonly (string | number)[];
const BOUNDED = new Set(["uniform", "triangular"]);

/**
 * Which inputs of a plan an `uncertainty` section makes uncertain, and where each acts.
 *
 * Method: a factor row is found through the plan's provenance (each template's coefficient of a
 * species names the rows it came from); a coefficient computed directly from factor rows is a
 * product of their values and the unit conversions, so a draw multiplies it by drawn / published
 * value of each row. Electricity and district heat coefficients are sums over plants: a row
 * reaching the plan only through them is listed in `notVaried`. NCVs act through the conversion
 * steps of a template of their fuel (x on the way from mass to energy, / on the way back);
 * grid multipliers on every electricity coefficient; removals on the modifier factor of every
 * template the measure treats (x (1 - drawn) / (1 - published)); fuel savings likewise on every
 * species of a measure whose emissions follow its fuel use; penetration multipliers on the
 * schedule, checked so that no draw claims more than an activity.
 *
 * @param plan - a compiled plan
 * @param section - the scenario's `uncertainty` section
 * @param path - where the section is [-]
 * @returns the inputs and their uses
 * @throws {@link InvalidInputError} listing every problem: a selected row without an interval
 *   (unless `withoutInterval: fixed`) or whose interval no distribution fits, a selection that
 *   matches no row, an unknown measure or species, a removal the measure does not have, an
 *   unbounded distribution for a fraction, a penetration range that could claim more than 1
 * @internal
 */
export function resolveInputs(plan: Plan, section: UncertaintySection, path: Path): ResolvedInputs {
  const issues: InputIssueInit[] = [];
  const inputs: UncertainInput[] = [];
  const S = plan.species.length;
  const perLineage = plan.lineages.map(() => ({ scaleAt: [] as number[], scaleInput: [] as number[], scaleInverse: [] as number[], factorAt: [] as number[], factorInput: [] as number[] }));
  const add = (input: Omit<UncertainInput, "uses">) => inputs.push({ ...input, uses: 0 }) - 1;
  const uses = new Map<number, number>();
  const onScale = (li: number, at: number, input: number, inverse = false) => {
    const u = perLineage[li]!;
    u.scaleAt.push(at);
    u.scaleInput.push(input);
    u.scaleInverse.push(inverse ? 1 : 0);
    uses.set(input, (uses.get(input) ?? 0) + 1);
  };
  const notVaried = factorInputs(plan, section, [...path, "factors"], issues, add, onScale);

  if (section.grid !== undefined) {
    const g = section.grid;
    const unknown = (g.species ?? []).filter((s) => !plan.species.includes(s));
    for (const s of unknown) issues.push({ path: [...path, "grid", "species"], message: `${s} is not among the scenario's species (${plan.species.join(", ")})` });
    const input = add({ id: "grid", kind: "grid", distribution: g.multiplier, point: 1 });
    plan.lineages.forEach((l, li) => l.templates.forEach((t, ti) => {
      if (t.fuel !== "electricity") return;
      plan.species.forEach((s, si) => {
        if (g.species === undefined || g.species.includes(s)) onScale(li, ti * S + si, input);
      });
    }));
  }

  section.ncv?.forEach((entry, ei) => {
    const input = add({ id: `ncv:${entry.fuel}`, kind: "ncv", distribution: entry.multiplier, point: 1 });
    plan.lineages.forEach((l, li) => l.templates.forEach((t, ti) => {
      if (t.fuel !== entry.fuel) return;
      t.conversions?.forEach((steps, si) => {
        for (const step of steps) {
          if (!step.description.includes(" with NCV ")) continue;
          onScale(li, ti * S + si, input, step.description.startsWith("energy to"));
        }
      });
    }));
    if ((uses.get(input) ?? 0) === 0) issues.push({ path: [...path, "ncv", ei, "fuel"], message: `no coefficient of the plan converts ${entry.fuel} with an NCV; fuels with NCV conversions: ${[...ncvFuels(plan)].join(", ") || "none"}` });
  });

  const penetrationInput = new Int32Array(plan.measures.length).fill(-1);
  section.measures?.forEach((mr, ri) => {
    const at = [...path, "measures", ri];
    const mi = plan.measures.findIndex((m) => m.measure.id === mr.id);
    if (mi < 0) {
      const all = plan.measures.map((m) => m.measure.id);
      issues.push({ path: [...at, "id"], message: `no measure "${mr.id}"; nearest ids: ${nearestStrings(mr.id, all, 3).join(", ")}` });
      return;
    }
    const measure = plan.measures[mi]!;
    if (mr.penetration !== undefined) {
      if (!BOUNDED.has(mr.penetration.distribution)) issues.push({ path: [...at, "penetration", "distribution"], message: "a penetration is a fraction: give its multiplier a bounded distribution (uniform or triangular), so that no draw leaves 0..1" });
      else {
        penetrationInput[mi] = add({ id: `penetration:${mr.id}`, kind: "penetration", distribution: mr.penetration, point: 1 });
        uses.set(penetrationInput[mi]!, plan.years.length);
      }
    }
    if (mr.fuelSaving !== undefined) fuelSavingInput(plan, mi, mr.fuelSaving, [...at, "fuelSaving"], issues, add, (li, factorAt, input) => {
      perLineage[li]!.factorAt.push(factorAt);
      perLineage[li]!.factorInput.push(input);
      uses.set(input, (uses.get(input) ?? 0) + 1);
    });
    const removal = (measure.measure as { readonly removal?: Readonly<Partial<Record<Species, string>>> }).removal;
    for (const [species, range] of Object.entries(mr.removal ?? {}) as [Species, RangeDistribution][]) {
      const here = [...at, "removal", species];
      const published = removal?.[species];
      const si = plan.species.indexOf(species);
      if (published === undefined) issues.push({ path: here, message: `measure "${mr.id}" gives no removal for ${species}${removal === undefined ? " (its kind has no per-species removal)" : `; it gives ${Object.keys(removal).join(", ")}`}` });
      else if (si < 0) issues.push({ path: here, message: `${species} is not among the scenario's species (${plan.species.join(", ")})` });
      else if (!BOUNDED.has(range.distribution)) issues.push({ path: [...here, "distribution"], message: "a removal efficiency is at most 1: give it a bounded distribution (uniform or triangular)" });
      else if (Number(range.high) > 1) issues.push({ path: [...here, "high"], message: "a removal efficiency is at most 1" });
      else if (Number(published) === 1) issues.push({ path: here, message: `measure "${mr.id}" removes all ${species} (removal 1): a draw cannot be set relative to it; give the measure its published removal below 1` });
      else {
        const input = add({ id: `removal:${mr.id}:${species}`, kind: "removal", distribution: range, point: Number(published) });
        plan.lineages.forEach((l, li) => {
          const k = l.measures.indexOf(mi);
          if (k < 0) return;
          l.templates.forEach((t, ti) => {
            if (!t.modifiers.some((m) => m.local === k)) return;
            perLineage[li]!.factorAt.push((ti * l.measures.length + k) * S + si);
            perLineage[li]!.factorInput.push(input);
            uses.set(input, (uses.get(input) ?? 0) + 1);
          });
        });
      }
    }
  });
  issues.push(...claimIssues(plan, section, penetrationInput, path));
  if (issues.length > 0) throw new InvalidInputError("uncertainty section", issues);
  return {
    inputs: inputs.map((x, i) => ({ ...x, uses: uses.get(i) ?? 0 })),
    lineages: perLineage.flatMap((u, lineage) =>
      u.scaleAt.length + u.factorAt.length === 0 ? [] : [{ lineage, scaleAt: Int32Array.from(u.scaleAt), scaleInput: Int32Array.from(u.scaleInput), scaleInverse: Uint8Array.from(u.scaleInverse), factorAt: Int32Array.from(u.factorAt), factorInput: Int32Array.from(u.factorInput) }]),
    penetrationInput,
    notVaried,
  };
}

/** The fuels whose templates convert with an NCV. */
function ncvFuels(plan: Plan): Set<string> {
  return new Set(plan.lineages.flatMap((l) => l.templates.filter((t) => t.conversions?.some((steps) => steps.some((s) => s.description.includes(" with NCV ")))).map((t) => t.fuel)));
}

/** The factor rows the section selects, as inputs with their uses; returns the selected rows not varied (reached only through electricity or heat). */
function factorInputs(
  plan: Plan, section: UncertaintySection, at: Path, issues: InputIssueInit[],
  add: (input: Omit<UncertainInput, "uses">) => number, onScale: (li: number, at: number, input: number) => void,
): string[] {
  const f = section.factors;
  if (f === undefined) return [];
  const rows = new Map<string, { readonly row: FactorRow; readonly table: string }>();
  for (const layer of scenarioFactors(plan.scenario).factors.layers) for (const table of layer.tables) for (const row of table.rows) rows.set(row.id, { row, table: table.id });
  const S = plan.species.length;
  const sel = f.select;
  const selected = (id: string): boolean => {
    const hit = rows.get(id);
    if (hit === undefined) return false;
    if (sel === "withInterval") return hit.row.ci !== undefined;
    return (sel.tables === undefined || sel.tables.includes(hit.table))
      && (sel.species === undefined || sel.species.includes(hit.row.pollutant))
      && (sel.sectors === undefined || sel.sectors.some((code) => sectorWithin(hit.row.sector, code)));
  };
  const input = new Map<string, number>();
  const direct = new Set<string>();
  const throughPlants = new Set<string>();
  plan.lineages.forEach((l, li) => l.templates.forEach((t, ti) => t.provenance.forEach((uses, si) => {
    const ids = new Set(uses.map((u) => u.rowId).filter(selected));
    const summed = t.fuel === "electricity" || t.fuel === DISTRICT_HEAT;
    for (const id of ids) {
      if (summed) {
        throughPlants.add(id);
        continue;
      }
      direct.add(id);
      let i = input.get(id);
      if (i === undefined) {
        const { row } = rows.get(id)!;
        const dist = row.ci === undefined ? undefined : intervalDistribution(row.value, row.ci);
        if (dist === undefined) {
          if (f.withoutInterval !== "fixed") issues.push({ path: [...at, "select"], message: `factor row ${id} has no published 95% interval, so it cannot be drawn; narrow the selection or say withoutInterval: fixed to keep such rows at their value` });
          i = -1;
        } else if ("problem" in dist) {
          issues.push({ path: [...at, "select"], message: `factor row ${id}: ${dist.problem}; narrow the selection to leave it out` });
          i = -1;
        } else if (Number(row.value) === 0) {
          issues.push({ path: [...at, "select"], message: `factor row ${id} has the value 0: a draw cannot be set relative to it` });
          i = -1;
        } else {
          i = add({ id: `factor:${id}`, kind: "factor", distribution: dist, point: Number(row.value) });
        }
        input.set(id, i);
      }
      if (i >= 0) onScale(li, ti * S + si, i);
    }
  })));
  if (direct.size === 0 && throughPlants.size === 0) {
    issues.push({ path: [...at, "select"], message: sel === "withInterval" ? "no factor row the plan uses carries a published 95% interval" : "the selection matches no factor row the plan uses" });
  }
  return [...throughPlants].filter((id) => !direct.has(id)).sort();
}

/** Penetration multipliers whose upper bound would make a measure's penetration exceed 1, or the moving measures on a row claim more than all of it. */
function claimIssues(plan: Plan, section: UncertaintySection, penetrationInput: Int32Array, path: Path): InputIssueInit[] {
  const high = (mi: number) => {
    const i = penetrationInput[mi]!;
    if (i < 0) return 1;
    const r = section.measures!.find((m) => m.id === plan.measures[mi]!.measure.id)!.penetration!;
    return Number(r.high);
  };
  const issues: InputIssueInit[] = [];
  plan.measures.forEach((m, mi) => {
    if (penetrationInput[mi]! < 0) return;
    const yi = m.penetration.findIndex((p) => p.toNumber() * high(mi) > 1);
    if (yi >= 0) issues.push({ path: [...path, "measures", section.measures!.findIndex((r) => r.id === m.measure.id), "penetration", "high"], message: `measure "${m.measure.id}" has penetration ${m.penetration[yi]!.toString()} in ${plan.years[yi]}: times ${high(mi)} it exceeds 1` });
  });
  for (const l of plan.lineages) {
    if (!l.moving.some((k) => penetrationInput[l.measures[k]!]! >= 0)) continue;
    const claimed = plan.years.map((_, yi) => l.moving.reduce((sum, k) => sum + plan.measures[l.measures[k]!]!.penetration[yi]!.toNumber() * high(l.measures[k]!), 0));
    const yi = claimed.findIndex((c) => c > 1);
    if (yi >= 0) issues.push({ path: [...path, "measures"], message: `activity ${l.activityId} in ${plan.years[yi]}: its moving measures could claim ${claimed[yi]!.toFixed(4)} of it at the top of their penetration ranges (more than all of it)` });
  }
  return issues;
}

/**
 * A measure's fuel saving as an input: the measure must modify the emissions it treats by its fuel
 * use alone (every species' factor equal to its activity factor on every template it treats, as a
 * building retrofit or a curtailment does), and save the same share everywhere; its published
 * saving is 1 - that factor. Each draw multiplies every species' factor by (1 - drawn) / (1 - published).
 */
function fuelSavingInput(
  plan: Plan, mi: number, range: RangeDistribution, at: Path, issues: InputIssueInit[],
  add: (input: Omit<UncertainInput, "uses">) => number, use: (li: number, factorAt: number, input: number) => void,
): void {
  const id = plan.measures[mi]!.measure.id;
  const S = plan.species.length;
  const treated = plan.lineages.flatMap((l, li) => {
    const k = l.measures.indexOf(mi);
    return k < 0 ? [] : l.templates.flatMap((t, ti) => t.modifiers.filter((m) => m.local === k).map((m) => ({ li, ti, k, n: l.measures.length, m })));
  });
  const savings = [...new Set(treated.map((x) => x.m.activity.toString()))];
  if (plan.measures[mi]!.phase !== "modify" || treated.length === 0) {
    issues.push({ path: at, message: `measure "${id}" does not modify the emissions of what it treats (it moves activity elsewhere): give the ranges of what it moves to as factor or removal ranges` });
    return;
  }
  if (treated.some((x) => x.m.factors.some((f) => !f.eq(x.m.activity))) || savings.length !== 1) {
    issues.push({ path: at, message: `measure "${id}" changes emissions by more than its fuel use (its factors differ from its fuel factor), so a fuel saving alone cannot state it` });
    return;
  }
  if (!BOUNDED.has(range.distribution) || Number(range.high) > 1) {
    issues.push({ path: at, message: "a fuel saving is a fraction at most 1: give it a bounded distribution (uniform or triangular) with high at most 1" });
    return;
  }
  const saving = new Dec(1).minus(savings[0]!).toNumber();
  if (saving === 1) {
    issues.push({ path: at, message: `measure "${id}" saves all the fuel (saving 1): a draw cannot be set relative to it` });
    return;
  }
  const input = add({ id: `fuelSaving:${id}`, kind: "fuelSaving", distribution: range, point: saving });
  for (const x of treated) for (let si = 0; si < S; si++) use(x.li, (x.ti * x.n + x.k) * S + si, input);
}
