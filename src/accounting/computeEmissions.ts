import { type ActivityRow, activityRowSchema } from "../activity/activityRow.js";
import type { SourceRef } from "../citations/sourceRef.js";
import { CobenefitsError, InvalidInputError, type InputIssue, MissingFactorError, UnknownFactorError, issueCodeOfZod } from "../errors.js";
import { inputIssuesFromZodIssue } from "../errors/inputIssuesFromZod.js";
import type { Quality } from "../factors/factorRow.js";
import { parseFactorUnit } from "../factors/factorUnit.js";
import type { FactorSet } from "../factors/factorSet.js";
import { type Fuel, getFuel } from "../factors/fuels.js";
import { type GridFactorRow, gridFactorIssues } from "../factors/gridFactorRow.js";
import { lookupFactor } from "../factors/lookupFactor.js";
import { getSectorName } from "../factors/sectors.js";
import { so2PerFuelMass, sulphurMassFraction } from "../factors/sulphurContent.js";
import { parseUnit } from "../units/units.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { SPECIES, type Species, isSpecies } from "../units/species.js";
import { type ConversionStep, toFactorBasis } from "./toFactorBasis.js";
import { scopeOfFuel } from "../factors/scopeOfFuel.js";
import { sectorWithin } from "../factors/sectorWithin.js";

/**
 * An emission factor used in a result, with its provenance.
 * @category Accounting
 */
export interface FactorUse {
  readonly rowId: string;
  /** Table id, or `grid` for a grid electricity factor. */
  readonly tableId: string;
  /** `user`, `builtin`, or `option` (a grid factor passed in the options). */
  readonly layer: string;
  readonly value: DecimalString;
  readonly unit: string;
  readonly source: SourceRef;
  readonly quality: Quality;
  /** How a derived value was computed, e.g. the sulphur mass balance with its inputs. */
  readonly derivation?: string;
}

/**
 * The emission of one species from one activity row, exact, with its trace.
 * @category Accounting
 */
export interface EmissionRow {
  readonly activityId: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  readonly species: Species;
  /** Emission [t/yr], exact decimal string. */
  readonly value: DecimalString;
  readonly unit: "t";
  /** True for emissions outside the activity's own stack (electricity through a grid factor). */
  readonly indirect: boolean;
  readonly factors: readonly FactorUse[];
  readonly conversions: readonly ConversionStep[];
  /** A rule applied instead of a factor, e.g. zero fossil CO2 from a biogenic fuel. */
  readonly rule?: string;
}

/**
 * A species that could not be computed for an activity, and why (only with `onMissingFactor: "omit"`).
 * @category Accounting
 */
export interface MissingEmission {
  readonly activityId: string;
  readonly species: Species;
  readonly reason: string;
}

/**
 * The total of one species over an inventory, for one scope.
 * @category Accounting
 */
export interface EmissionTotal {
  readonly species: Species;
  /** `direct`: from the activities themselves; `indirect`: electricity through a grid factor. Never added together here. */
  readonly scope: "direct" | "indirect" | "indirectHeat";
  /** Sum over the rows of this scope [t/yr]. */
  readonly value: DecimalString;
  readonly unit: "t";
  /** False when some activity of this scope has no factor for the species (see `missingActivities`): the sum is partial. */
  readonly complete: boolean;
  readonly missingActivities: readonly string[];
}

/**
 * An emission inventory: rows per activity and species, totals per species and scope, and what is missing.
 * @category Accounting
 */
export interface EmissionInventory {
  readonly rows: readonly EmissionRow[];
  /** Totals per species: direct first, then indirect, in the order of `options.species`. */
  readonly totals: readonly EmissionTotal[];
  readonly missing: readonly MissingEmission[];
}

/**
 * Options of {@link computeEmissions}.
 * @category Accounting
 */
export interface EmissionOptions {
  readonly factors: FactorSet;
  /** Species to compute (required: there is no default list). */
  readonly species: readonly Species[];
  /** Grid factor for activities with fuel `electricity` (CO2 only), e.g. from {@link lookupGridFactor}. */
  readonly gridFactor?: GridFactorRow;
  /**
   * Grid factors per species for activities with fuel `electricity` (a scenario's `grid` series or
   * mix in one year, see `electricityFactorsFromMix`); a species listed here takes its row, CO2
   * otherwise takes `gridFactor`. Each row's `definition` is kept in the trace as its derivation.
   */
  readonly gridFactors?: Partial<Record<Species, GridFactorRow>>;
  /** `error` (default): a missing factor throws. `omit`: it is listed in `missing`, never silently zero. */
  readonly onMissingFactor?: "error" | "omit";
}

interface Partial_ {
  readonly value: Dec;
  readonly factors: readonly FactorUse[];
  readonly conversions: readonly ConversionStep[];
  readonly rule?: string;
  readonly indirect: boolean;
}

function emissionOf(a: ActivityRow, fuel: Fuel, species: Species, opts: EmissionOptions, path: readonly (string | number)[]): Partial_ {
  if (species === "CO2" && fuel.carbon === "biogenic") {
    return { value: new Dec(0), factors: [], conversions: [], indirect: false, rule: "fossil CO2 is zero for a biogenic fuel; its CO2 is reported as CO2-biogenic" };
  }
  if (species === "CO2-biogenic" && fuel.carbon === "fossil") {
    return { value: new Dec(0), factors: [], conversions: [], indirect: false, rule: "biogenic CO2 is zero for a fossil fuel" };
  }
  if (fuel.id === "electricity") {
    const perSpecies = opts.gridFactors?.[species];
    if (species !== "CO2" && perSpecies === undefined) throw new MissingFactorError("MISSING_FACTOR", `electricity has only a CO2 grid factor; ${species} of power generation is not in the grid factor tables (give a grid mix or a ${species} series)`, [...path, "fuel"], [{ activityId: a.id, species, path: [...path, "fuel"], reason: "electricity has only a CO2 grid factor" }]);
    const g = perSpecies ?? opts.gridFactor;
    if (g === undefined) throw new MissingFactorError("MISSING_GRID_FACTOR", "an electricity activity needs options.gridFactor (see lookupGridFactor())", [...path, "fuel"], [{ activityId: a.id, species, path: [...path, "fuel"], reason: "no grid factor" }]);
    const unit = parseFactorUnit(g.unit);
    if (unit.kind !== "rate") throw new MissingFactorError("BAD_GRID_FACTOR", `grid factor unit "${g.unit}" is not a rate`, ["gridFactor", "unit"]);
    const { amount, steps } = toFactorBasis(a, unit.basis, opts.factors, path);
    return {
      value: amount.times(g.value).times(unit.mass.toBase).div(1000),
      factors: [{ rowId: g.id, tableId: "grid", layer: "option", value: g.value, unit: g.unit, source: g.source, quality: g.quality, ...(perSpecies === undefined ? {} : { derivation: g.definition }) }],
      conversions: steps,
      indirect: true,
    };
  }
  if (species === "SO2" && a.sulphurContent !== undefined) return so2FromSulphur(a, opts, path);
  const m = lookupFactor(opts.factors, { sector: a.sector, fuel: a.fuel, technology: a.technology, pollutant: species }, path);
  const use: FactorUse = { rowId: m.row.id, tableId: m.tableId, layer: m.layer, value: m.row.value, unit: m.row.unit, source: m.row.source, quality: m.row.quality };
  const unit = parseFactorUnit(m.row.unit);
  if (unit.kind === "share") {
    const base = emissionOf(a, fuel, unit.of, opts, path);
    const share = new Dec(m.row.value).div(unit.scale === "percent" ? 100 : 1);
    return { value: base.value.times(share), factors: [use, ...base.factors], conversions: base.conversions, indirect: false };
  }
  const { amount, steps } = toFactorBasis(a, unit.basis, opts.factors, path);
  return { value: amount.times(m.row.value).times(unit.mass.toBase).div(1000), factors: [use], conversions: steps, indirect: false };
}

/**
 * SO2 by sulphur mass balance, per mass of fuel burned (so no NCV enters unless the activity is
 * itself an energy: then it is brought back to fuel mass with its NCV): kg SO2 = fuel kg x 2 x S x (1 - r).
 */
function so2FromSulphur(a: ActivityRow, opts: EmissionOptions, path: readonly (string | number)[]): Partial_ {
  const s = sulphurMassFraction(a.sulphurContent!, a.fuel, [...path, "sulphurContent"], a.sector);
  const retention = a.sulphurRetention!;
  const perKg = so2PerFuelMass(s.fraction, retention); // kg SO2 / kg fuel
  const { amount, steps } = toFactorBasis(a, parseUnit("kg"), opts.factors, path); // kg fuel
  const gPerKg = perKg.times(1000).toString();
  const derivation = `derived from sulphur content ${s.text} and retention ${retention}: SO2 = 2 x S x (1 - r) per kg fuel, M(SO2)/M(S) = 64.058/32.06 (IUPAC 2021); replaces the table SO2 factor`;
  return {
    value: amount.times(perKg).div(1000),
    factors: [{
      rowId: `${a.id}.sulphurMassBalance`, tableId: "sulphurMassBalance", layer: "derived", value: gPerKg, unit: "g/kg fuel",
      source: s.source ?? { id: "IUPAC-2021-AtomicWeights", table: "abridged standard atomic weights of S and O" },
      quality: s.quality ?? "derived", derivation,
    }],
    conversions: steps,
    indirect: false,
    rule: derivation,
  };
}

function validate(activities: readonly unknown[], opts: EmissionOptions): InputIssue[] {
  const issues: InputIssue[] = [];
  activities.forEach((a, i) => {
    const r = activityRowSchema.safeParse(a);
    if (!r.success) {
      for (const iss of r.error.issues) {
        // a check of cobenefits' own inside the schema (the NCV range) keeps its code and fields
        if (iss.code === "custom" && (iss.params as { issueCode?: unknown } | undefined)?.issueCode !== undefined) issues.push(...inputIssuesFromZodIssue(iss, a, ["activities", i]));
        else issues.push({ code: issueCodeOfZod(iss), path: ["activities", i, ...iss.path.map(String)], message: iss.message });
      }
    }
  });
  if (opts.species.length === 0) issues.push({ code: "too_small", path: ["species"], minimum: "1", message: "name at least one species to compute" });
  opts.species.forEach((s, i) => {
    if (!isSpecies(s)) issues.push({ code: "unknown_reference", path: ["species", i], key: String(s), message: `unknown species "${String(s)}"; valid: ${SPECIES.join(", ")}` });
    else if (opts.species.indexOf(s) !== i) issues.push({ code: "duplicate", path: ["species", i], key: s, firstPath: ["species", opts.species.indexOf(s)], message: `species "${s}" is listed twice` });
  });
  if (opts.gridFactor !== undefined) {
    issues.push(...gridFactorIssues(opts.gridFactor, opts.factors.citations, ["gridFactor"]));
  }
  for (const [s, g] of Object.entries(opts.gridFactors ?? {})) issues.push(...gridFactorIssues(g, opts.factors.citations, ["gridFactors", s]));
  activities.forEach((a, i) => {
    const row = a as Partial<ActivityRow>;
    if (row.fuel === "electricity" && typeof row.sector === "string" && sectorWithin(row.sector, "1.A.1")) {
      issues.push({ code: "invalid_value", path: ["activities", i, "sector"], message: "electricity consumed in the energy industries (1.A.1) would count power generation twice; account the plants' fuel instead" });
    }
  });
  return issues;
}

/**
 * Computes an exact emission inventory: emissions = activity x emission factor, per activity and
 * species, with every factor's citation and every unit conversion in the trace.
 *
 * Method: each activity is brought onto the basis of its factor (fuel mass via NCV onto g/GJ,
 * vehicle-km onto g/km, fuel mass onto g/kg fuel, ...; see {@link toFactorBasis}); BC and OC given
 * as a share of PM2.5 are that share of the PM2.5 emission; SO2 of an activity that gives its
 * `sulphurContent` comes from the sulphur mass balance per fuel mass (`2 x S x (1 - r)`, replacing
 * the table SO2 factor; see {@link so2PerFuelMass}); fossil CO2 of a biogenic fuel (and
 * biogenic CO2 of a fossil one) is zero by rule; electricity is priced with a grid factor (indirect).
 * Arithmetic is decimal (40 significant digits); results are in tonnes.
 *
 * @param activities - activity rows (plain data, validated; never changed)
 * @param options - factor set, species to compute, grid factor, missing-factor policy
 * @returns rows [t/yr]; totals per species [t/yr], direct and indirect apart, each saying whether it is complete; and missing species (when omitted)
 * @throws {@link InvalidInputError} listing every invalid field (negative or non-numeric activity, unknown species ...)
 * @throws {@link UnknownFuelError} / {@link UnknownSectorError} naming the nearest valid ids
 * @throws {@link UnknownFactorError} / {@link AmbiguousFactorError} when a factor is missing or tied (with `onMissingFactor: "error"`)
 * @throws {@link UnitDimensionError} / {@link BasisConversionError} when units cannot be brought together
 * @example
 * ```ts
 * import { computeEmissions, createFactorSet } from "cobenefits";
 * const inv = computeEmissions(
 *   [{ id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "1000", unit: "TJ" } }],
 *   { factors: createFactorSet(), species: ["PM2.5", "CO2"] },
 * );
 * inv.totals.map((t) => [t.species, t.scope, t.value]); // [["PM2.5", "direct", "108"], ["CO2", "direct", "94600"]]
 * ```
 * @category Accounting
 */
export function computeEmissions(activities: readonly ActivityRow[], options: EmissionOptions): EmissionInventory {
  const issues = validate(activities, options);
  if (issues.length > 0) throw new InvalidInputError("emission accounting input", issues);
  const rows: EmissionRow[] = [];
  const missing: MissingEmission[] = [];
  const totals = new Map<string, Dec>();
  const partial = new Map<string, string[]>();
  const scopeOf = (a: ActivityRow) => scopeOfFuel(a.fuel);
  activities.forEach((a, i) => {
    const path = ["activities", i] as const;
    getSectorName(a.sector, [...path, "sector"]);
    const fuel = getFuel(a.fuel, [...path, "fuel"]);
    for (const species of options.species) {
      let e: Partial_;
      try {
        e = emissionOf(a, fuel, species, options, path);
      } catch (err) {
        const canOmit = err instanceof CobenefitsError && ["UNKNOWN_FACTOR", "MISSING_FACTOR"].includes(err.code);
        if (options.onMissingFactor === "omit" && canOmit) {
          // the reason without suggestions: computing "did you mean" for a gap that is only listed is wasted
          missing.push({ activityId: a.id, species, reason: err instanceof UnknownFactorError ? err.summary : err.detail });
          const k = `${scopeOf(a)}|${species}`;
          partial.set(k, [...(partial.get(k) ?? []), a.id]);
          continue;
        }
        throw err;
      }
      const k = `${scopeOf(a)}|${species}`;
      totals.set(k, (totals.get(k) ?? new Dec(0)).plus(e.value));
      rows.push({
        activityId: a.id,
        sector: a.sector,
        fuel: a.fuel,
        ...(a.technology === undefined ? {} : { technology: a.technology }),
        species,
        value: e.value.toString(),
        unit: "t",
        indirect: e.indirect,
        factors: e.factors,
        conversions: e.conversions,
        ...(e.rule === undefined ? {} : { rule: e.rule }),
      });
    }
  });
  return {
    rows,
    totals: (["direct", "indirect"] as const).flatMap((scope) =>
      options.species
        .filter((s) => scope === "direct" || totals.has(`indirect|${s}`) || partial.has(`indirect|${s}`))
        .map((s) => {
          const miss = partial.get(`${scope}|${s}`) ?? [];
          return { species: s, scope, value: (totals.get(`${scope}|${s}`) ?? new Dec(0)).toString(), unit: "t" as const, complete: miss.length === 0, missingActivities: miss };
        }),
    ),
    missing,
  };
}
