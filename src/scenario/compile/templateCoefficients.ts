import { computeEmissions, type FactorUse } from "../../accounting/computeEmissions.js";
import type { ConversionStep } from "../../accounting/toFactorBasis.js";
import { CobenefitsError, MissingFactorError, UnknownFactorError } from "../../errors.js";
import type { FactorSet } from "../../factors/factorSet.js";
import type { GridFactorRow } from "../../factors/gridFactorRow.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import { Dec } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import type { GridYears } from "./gridYears.js";
import { DISTRICT_HEAT, type HeatSupplySpec } from "../../factors/heat/heatSupplySpec.js";
import { heatCoefficients } from "./heatCoefficients.js";

/**
 * The emission coefficient of one species for a template: per unit of its activity [t/unit], or
 * null with the reason it is missing, and the factors it came from.
 * @category Scenario
 */
export interface TemplateCoefficients {
  readonly coef: Dec | null;
  /** Per year (index as the scenario's years), when the coefficient changes over the years (electricity on a grid series or mix, district heat on a heat supply that changes); `coef` is then the first year's. */
  readonly byYear?: readonly Dec[];
  readonly provenance: readonly FactorUse[];
  /** The unit conversions on the way to the factor's basis (the NCV used, with its table row), empty when null. */
  readonly conversions?: readonly ConversionStep[];
  readonly reason?: string;
  /** The error that says why it is missing (its message, with suggestions, is computed only when read). */
  readonly cause?: CobenefitsError;
}

/**
 * The key under which a template's coefficients are looked up once: everything they depend on
 * (sector, fuel, technology, unit, NCV and its table row, fuel consumption, sulphur content and retention), not the activity id.
 *
 * @param template - the activity
 * @returns a string key
 * @example
 * ```ts
 * import { coefficientKey } from "./templateCoefficients.js";
 * coefficientKey({ activityId: "a", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", scope: "direct" }) === coefficientKey({ activityId: "b", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", scope: "direct" }); // true
 * ```
 * @category Scenario
 */
export function coefficientKey(template: ActivityTemplate): string {
  return JSON.stringify([template.sector, template.fuel, template.technology, template.unit, template.netCalorificValue, template.fuelConsumption, template.netCalorificValueFrom?.id, template.sulphurContent, template.sulphurRetention]);
}

/**
 * Emission per unit of a template's activity, for each species, with provenance: computed once per
 * distinct template by the accounting layer on one unit of activity (emissions are linear in it).
 *
 * @param template - the activity
 * @param species - the species
 * @param factors - the factor set
 * @param gridFactor - the grid factor for electricity, if any
 * @param grid - the scenario's grid per year ({@link gridYears}), if any: electricity's species it gives take their value in each year
 * @param heatSupply - the heat supply for district heat (`heatCoefficients`), or one per year of the scenario (`heatSupplyYears`), if any
 * @returns per species: the coefficient [t/unit] or null with the reason it is missing
 * @throws {@link cobenefits!CobenefitsError} as the accounting layer does: bad units, unknown fuels and sectors, electricity without a grid factor
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { templateCoefficients } from "cobenefits/engine";
 * const c = templateCoefficients({ activityId: "a", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", scope: "direct" }, ["SO2"], createFactorSet(), undefined);
 * c[0]?.coef?.toString(); // "0.9"
 * ```
 * @category Scenario
 */
export function templateCoefficients(
  template: ActivityTemplate,
  species: readonly Species[],
  factors: FactorSet,
  gridFactor: GridFactorRow | undefined,
  grid?: GridYears,
  heatSupply?: HeatSupplySpec | readonly HeatSupplySpec[],
): TemplateCoefficients[] {
  if (template.fuel === DISTRICT_HEAT) return heatCoefficients(template, species, heatSupply, (plant) => templateCoefficients(plant, species, factors, gridFactor));
  const row = {
    id: template.activityId,
    sector: template.sector,
    fuel: template.fuel,
    ...(template.technology === undefined ? {} : { technology: template.technology }),
    activityLevel: { value: "1", unit: template.unit },
    ...(template.netCalorificValue === undefined ? {} : { netCalorificValue: template.netCalorificValue }),
    ...(template.fuelConsumption === undefined ? {} : { fuelConsumption: template.fuelConsumption }),
    ...(template.netCalorificValueFrom === undefined ? {} : { netCalorificValueFrom: template.netCalorificValueFrom }),
    ...(template.sulphurContent === undefined ? {} : { sulphurContent: template.sulphurContent }),
    ...(template.sulphurRetention === undefined ? {} : { sulphurRetention: template.sulphurRetention }),
  };
  return species.map((s) => {
    if (grid !== undefined && template.fuel === "electricity") {
      const cause = grid.missing[s];
      if (cause !== undefined) return { coef: null, provenance: [], reason: cause instanceof UnknownFactorError ? cause.summary : cause.detail, cause };
      if (grid.rows[0]?.[s] !== undefined) return byYear(row, s, factors, grid);
      if (!(s === "CO2" && gridFactor !== undefined)) return noGridSpecies(row.id, s, grid);
    }
    try {
      const hit = computeEmissions([row], { factors, species: [s], ...(gridFactor === undefined ? {} : { gridFactor }), onMissingFactor: "error" }).rows[0]!;
      return { coef: new Dec(hit.value), provenance: hit.factors, conversions: hit.conversions };
    } catch (e) {
      // what onMissingFactor "omit" would list; the error is kept, its message (and suggestions) not computed
      if (!(e instanceof CobenefitsError) || (e.code !== "UNKNOWN_FACTOR" && e.code !== "MISSING_FACTOR")) throw e;
      return { coef: null, provenance: [], reason: e instanceof UnknownFactorError ? e.summary : e.detail, cause: e };
    }
  });
}

/** A species the scenario's grid gives no factor for (no series of it, no mix): missing, naming the grid, never 0. */
function noGridSpecies(activityId: string, s: Species, grid: GridYears): TemplateCoefficients {
  const series = [...new Set(grid.rows.flatMap((r) => Object.keys(r)))];
  const reason = `the scenario's grid has no ${s} series and no mix`;
  const path = ["activities", 0, "fuel"];
  const cause = new MissingFactorError("MISSING_FACTOR", `the scenario's grid gives ${series.length === 0 ? "no species" : `only ${series.join(", ")}`} (grid.factors) and no mix; ${s} of electricity has no factor (give grid.factors.${s} or a grid.mix)`, path, [{ activityId, species: s, path, reason }]);
  return { coef: null, provenance: [], reason, cause };
}

/** Electricity's coefficient of a species in each year of the grid, with the rows of every year as provenance. */
function byYear(row: Parameters<typeof computeEmissions>[0][number], s: Species, factors: FactorSet, grid: GridYears): TemplateCoefficients {
  const hits = grid.rows.map((rows) => computeEmissions([row], { factors, species: [s], gridFactors: { [s]: rows[s] }, onMissingFactor: "error" }).rows[0]!);
  const values = hits.map((h) => new Dec(h.value));
  const provenance = hits.flatMap((h, yi) => [...h.factors, ...(grid.uses[yi]?.[s] ?? [])]);
  const unique = [...new Map(provenance.map((u) => [`${u.rowId}|${u.value}`, u])).values()];
  const varies = values.some((v) => !v.eq(values[0]!));
  return { coef: values[0]!, ...(varies ? { byYear: values } : {}), provenance: unique, conversions: hits[0]!.conversions };
}
