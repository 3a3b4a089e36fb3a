import type { SourceRef } from "../citations/sourceRef.js";
import { BasisConversionError, InvalidInputError, MissingFactorError } from "../errors.js";
import type { Quality } from "../factors/factorRow.js";
import { type FactorUnit, parseFactorUnit } from "../factors/factorUnit.js";
import { BUILTIN_NCV } from "../factors/builtinTables.js";
import { getFuel } from "../factors/fuels.js";
import type { GridFactorRow } from "../factors/gridFactorRow.js";
import { lookupNcv } from "../factors/lookupNcv.js";
import { getSectorName } from "../factors/sectors.js";
import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { type ParsedUnit, parseRatioUnit, parseUnit } from "../units/units.js";
import type { FactorIndex } from "./factorIndex.js";
import type { ActivityKey, InventorySums } from "./inventorySums.js";
import { sectorWithin } from "../factors/sectorWithin.js";

/**
 * A table row a coefficient was built from: an emission factor, a net calorific value or a grid
 * factor, with its provenance.
 * @internal
 */
export interface CoefficientSource {
  readonly kind: "factor" | "ncv" | "grid";
  readonly rowId: string;
  readonly tableId: string;
  readonly layer: string;
  readonly sector?: string;
  readonly fuel: string;
  readonly technology?: string;
  /** The species the row is of (for a factor or grid factor). */
  readonly species?: Species;
  readonly value: string;
  readonly unit: string;
  readonly source: SourceRef;
  readonly quality: Quality;
}

/**
 * The exact emission [t] per unit summed under a key, for each of the key's sums (see
 * InventorySums): emission = all x sum(all) + noNcv x sum(noNcv) + energy x sum(energy) + perNcv x sum(perNcv).
 * @internal
 */
export interface KeyCoefficient {
  readonly noFactor?: undefined;
  readonly all: Dec;
  readonly noNcv: Dec;
  readonly energy: Dec;
  readonly perNcv: Dec;
  readonly sources: readonly CoefficientSource[];
  readonly indirect: boolean;
  readonly rule?: string;
}

/** Where a key's field is, for error paths: by default `rows[<first row>].<field>`. */
export type Locate = (k: number, field: "sector" | "fuel" | "technology" | "unit" | "amount" | "ncv") => readonly (string | number)[];

export interface CoefficientContext {
  readonly index: FactorIndex;
  readonly sums: InventorySums;
  readonly gridFactor: GridFactorRow | undefined;
  readonly locate: Locate;
}

const ZERO = new Dec(0);
const scaled = (c: KeyCoefficient, by: Dec, sources: readonly CoefficientSource[]): KeyCoefficient => ({
  all: c.all.times(by), noNcv: c.noNcv.times(by), energy: c.energy.times(by), perNcv: c.perNcv.times(by), sources: [...sources, ...c.sources], indirect: c.indirect,
});

/** A species that has no factor for a key, and why (omittable under `onMissingFactor: "omit"`). */
export interface NoFactor {
  readonly noFactor: string;
}
const noFactor = (reason: string): NoFactor => ({ noFactor: reason });
/** Whether a coefficient is a {@link NoFactor}. */
export const isNoFactor = (c: KeyCoefficient | NoFactor): c is NoFactor => "noFactor" in c;

const conversions = new Map<string, Dec>();

/** [t per unit of activity] / [factor value]: mass to tonnes, activity unit to the factor's basis (same dimension or not), computed once per pair. */
function conversion(unit: Extract<FactorUnit, { kind: "rate" }>, from: ParsedUnit): Dec {
  const id = `${unit.text}\u0000${from.text}`;
  let c = conversions.get(id);
  if (c === undefined) {
    if (conversions.size > 10_000) conversions.clear();
    conversions.set(id, (c = unit.mass.toBase.div(1000).times(from.toBase).div(unit.basis.toBase)));
  }
  return c;
}

/** The coefficient of a rate factor (mass per basis unit) for key `k`, with the NCV it needed, if any. */
function rateCoefficient(ctx: CoefficientContext, k: number, key: ActivityKey, value: string, unit: Extract<FactorUnit, { kind: "rate" }>, sources: readonly CoefficientSource[], indirect: boolean): KeyCoefficient {
  const from: ParsedUnit = parseUnit(key.unit, ctx.locate(k, "unit"));
  const basis = unit.basis;
  const base = new Dec(value).times(conversion(unit, from));
  const fail = (hint: string, field: "unit" | "ncv" = "unit"): never => {
    throw new BasisConversionError(key.unit, basis.text, hint, ctx.locate(k, field));
  };
  if (from.dimension === basis.dimension) return { all: base, noNcv: ZERO, energy: ZERO, perNcv: ZERO, sources, indirect };
  if (from.dimension === "vehicleDistance") fail("the inventory route takes no fuel consumption per vkm; give the activity as fuel mass or energy, or use computeEmissions with fuelConsumption");
  const forward = basis.dimension === "energy" && (from.dimension === "mass" || from.dimension === "gasVolume");
  const backward = from.dimension === "energy" && (basis.dimension === "mass" || basis.dimension === "gasVolume");
  if (!forward && !backward) fail(`no conversion from ${from.dimension} to ${basis.dimension} is defined`);
  const over = forward ? from.dimension : basis.dimension;
  let energy = ZERO;
  let perNcv = ZERO;
  let noNcv = ZERO;
  const used: CoefficientSource[] = [...sources];
  const { sums } = ctx;
  if (sums.rows[k]! > sums.rowsNoNcv[k]!) {
    const ncvUnit = sums.ncvUnit!;
    const u = parseRatioUnit(ncvUnit, ctx.locate(k, "ncv"));
    if (u.numerator.dimension !== "energy" || u.denominator.dimension !== over) {
      fail(`the NCV column is in "${ncvUnit}"; this conversion needs energy per ${over === "mass" ? "mass (e.g. GJ/t)" : "Nm3 (e.g. MJ/Nm3)"}`, "ncv");
    }
    if (forward) energy = base.times(u.toBase);
    else perNcv = base.div(u.toBase);
  }
  if (sums.rowsNoNcv[k]! > 0) {
    if (over !== "mass") fail("give an NCV per Nm3 (e.g. MJ/Nm3) in the NCV column to use gas volumes");
    const row = lookupNcv(ctx.index.set, key.fuel);
    if (row === undefined) fail(`no net calorific value for fuel "${key.fuel}": give an NCV column or an NCV table row for the fuel`);
    const perBase = new Dec(row!.value).times(parseRatioUnit(row!.unit).toBase);
    noNcv = forward ? base.times(perBase) : base.div(perBase);
    used.push({ kind: "ncv", rowId: row!.id, tableId: "ncv", layer: BUILTIN_NCV.includes(row!) ? "builtin" : "user", fuel: row!.fuel, value: row!.value, unit: row!.unit, source: row!.source, quality: row!.quality });
  }
  return { all: ZERO, noNcv, energy, perNcv, sources: used, indirect };
}

/**
 * The exact coefficient of one species for one key, following the rules of computeEmissions:
 * fossil CO2 of a biogenic fuel and biogenic CO2 of a fossil fuel are zero by rule; electricity
 * is priced by the grid factor (CO2 only, indirect); BC or OC given as a share of PM2.5 (or PM10)
 * is that share of the key's PM2.5 (PM10) coefficient; any other factor is a rate brought onto
 * the key's unit (through an NCV where the dimensions differ).
 *
 * @returns the coefficient, or a NoFactor saying why there is none
 * @throws what lookupFactor throws for a tie or an unknown technology; BasisConversionError;
 *   MissingFactorError (`MISSING_GRID_FACTOR`) for electricity without a grid factor
 */
export function keyCoefficient(ctx: CoefficientContext, k: number, species: Species): KeyCoefficient | NoFactor {
  const key = ctx.sums.keys[k]!;
  getSectorName(key.sector, ctx.locate(k, "sector"));
  const fuel = getFuel(key.fuel, ctx.locate(k, "fuel"));
  if (species === "CO2" && fuel.carbon === "biogenic") {
    return { all: ZERO, noNcv: ZERO, energy: ZERO, perNcv: ZERO, sources: [], indirect: false, rule: "fossil CO2 is zero for a biogenic fuel; its CO2 is reported as CO2-biogenic" };
  }
  if (species === "CO2-biogenic" && fuel.carbon === "fossil") {
    return { all: ZERO, noNcv: ZERO, energy: ZERO, perNcv: ZERO, sources: [], indirect: false, rule: "biogenic CO2 is zero for a fossil fuel" };
  }
  if (fuel.id === "electricity") {
    if (sectorWithin(key.sector, "1.A.1")) {
      throw new InvalidInputError("inventory", [{ path: ctx.locate(k, "sector"), message: "electricity consumed in the energy industries (1.A.1) would count power generation twice; account the plants' fuel instead" }]);
    }
    if (species !== "CO2") return noFactor(`electricity has only a CO2 grid factor; ${species} of power generation is not in the grid factor tables`);
    const g = ctx.gridFactor;
    if (g === undefined) throw new MissingFactorError("MISSING_GRID_FACTOR", "an electricity activity needs options.gridFactor (see lookupGridFactor())", ctx.locate(k, "fuel"));
    const unit = parseFactorUnit(g.unit);
    if (unit.kind !== "rate") throw new MissingFactorError("BAD_GRID_FACTOR", `grid factor unit "${g.unit}" is not a rate`, ["gridFactor", "unit"]);
    const source: CoefficientSource = { kind: "grid", rowId: g.id, tableId: "grid", layer: "option", fuel: "electricity", species, value: g.value, unit: g.unit, source: g.source, quality: g.quality };
    return rateCoefficient(ctx, k, key, g.value, unit, [source], true);
  }
  const m = ctx.index.resolve({ sector: key.sector, fuel: key.fuel, technology: key.technology, pollutant: species });
  if (m === undefined) return noFactor("no row of the factor set matches");
  const r = m.row;
  const source: CoefficientSource = {
    kind: "factor", rowId: r.id, tableId: m.tableId, layer: m.layer, sector: r.sector, fuel: r.fuel, ...(r.technology === undefined ? {} : { technology: r.technology }),
    species, value: r.value, unit: r.unit, source: r.source, quality: r.quality,
  };
  const unit = parseFactorUnit(r.unit);
  if (unit.kind === "share") {
    const of = keyCoefficient(ctx, k, unit.of);
    if (isNoFactor(of)) return noFactor(`${species} is given as ${r.unit} (${r.id}), and ${unit.of} has no factor: ${of.noFactor}`);
    return scaled(of, new Dec(r.value).div(unit.scale === "percent" ? 100 : 1), [source]);
  }
  return rateCoefficient(ctx, k, key, r.value, unit, [source], false);
}
