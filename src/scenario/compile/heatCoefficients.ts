import type { ConversionStep } from "../../accounting/toFactorBasis.js";
import type { CitationRegistry } from "../../citations/registry.js";
import { CobenefitsError, InvalidInputError, type InputIssueInit, MissingFactorError, issueOfError } from "../../errors.js";
import { citationIssues, type FactorSet } from "../../factors/factorSet.js";
import { getFuel } from "../../factors/fuels.js";
import { getSectorName } from "../../factors/sectors.js";
import type { Scenario } from "../scenario.js";
import { allocateChp } from "../../factors/chp/allocateChp.js";
import type { HeatPlant, HeatSupplySpec } from "../../factors/heat/heatSupplySpec.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import { Dec } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import { conversionFactor } from "../../units/units.js";
import type { TemplateCoefficients } from "./templateCoefficients.js";
import { heatPlantIssues } from "./heatPlantIssues.js";
import { heatSupplyYears } from "./heatSupplyYears.js";

/**
 * Fuel a heat plant burns per GJ of heat it sends out [GJ/GJ], and how: 1 / efficiency for a
 * heat-only boiler; for a CHP plant, its fuel allocated to heat (by the method named, `allocateChp`)
 * per GJ of its heat output.
 *
 * @param plant - the plant
 * @returns the fuel per heat sent out [GJ/GJ] and the text of the step
 * @throws {@link cobenefits!InvalidInputError} from `allocateChp` for a CHP plant it refuses (a plant whose heat output is 0, which `heatSupplySpecSchema` refuses, has no fuel per heat)
 * @example
 * ```ts
 * import { fuelPerHeat } from "./heatCoefficients.js";
 * fuelPerHeat({ id: "hob", share: "1", sector: "1.A.1.a", fuel: "naturalGas", heatOnly: { efficiency: "0.8", source: { id: "X", table: "T" } } }).perGj.toString(); // "1.25"
 * ```
 * @category Scenario
 */
export function fuelPerHeat(plant: HeatPlant): { readonly perGj: Dec; readonly text: string } {
  if (plant.heatOnly !== undefined) return { perGj: new Dec(1).div(plant.heatOnly.efficiency), text: `heat-only, efficiency ${plant.heatOnly.efficiency}` };
  const { source: _, ...chp } = plant.chp!;
  const a = allocateChp(chp);
  const heat = new Dec(chp.heat.value).times(conversionFactor(chp.heat.unit, "GJ"));
  return { perGj: new Dec(a.fuelToHeat.value).div(heat), text: `CHP, fuel to heat ${a.fuelToHeat.value} GJ for ${heat.toString()} GJ of heat (${a.method})` };
}

/**
 * Emission per GJ of district heat delivered, per species [t/GJ], through the scenario's heat
 * supply: sum over the plants of share / (1 - network loss) x fuel per heat x the plant's emission
 * factor per GJ of fuel (looked up as any activity: sector, fuel, technology). A species some plant
 * has no factor for is missing (null, with the plant named), never counted as 0. Given the supply
 * of each year (see `heatSupplyYears`), the plants' factors are looked up once and the coefficient
 * computed for each year; one that changes over the years has `byYear` (then `coef`, the
 * conversions and the provenance are the first year's).
 *
 * @param template - the district heat activity (its unit: energy of heat delivered)
 * @param species - the species
 * @param supply - the heat supply (its values decimals), or one per year of the scenario, or undefined (then every species is missing, saying so)
 * @param plantCoefficients - the coefficients [t/GJ fuel] of a plant's fuel, as the engine looks them up
 * @returns per species: the coefficient [t per unit of the template] or null with the reason
 * @throws {@link cobenefits!UnitDimensionError} when the template's unit is not energy
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { heatCoefficients } from "./heatCoefficients.js";
 * import { templateCoefficients } from "./templateCoefficients.js";
 * const src = { id: "X", table: "T" };
 * const supply = { networkLoss: { value: "0.2", source: src }, plants: [{ id: "hob", share: "1", sector: "1.A.1.a", fuel: "anthracite", heatOnly: { efficiency: "0.8", source: src } }] };
 * const heat = { activityId: "flats", sector: "1.A.4.b.i", fuel: "districtHeat", unit: "GJ", scope: "indirectHeat" as const };
 * // 1 / 0.8 sent out x 1 / 0.8 fuel = 1.5625 GJ of anthracite per GJ delivered, x SO2 820 g/GJ (EMEP/EEA 2019 1.A.1 Tier 1, hard coal) = 0.00128125 t/GJ
 * heatCoefficients(heat, ["SO2"], supply, (t) => templateCoefficients(t, ["SO2"], createFactorSet(), undefined))[0]?.coef?.toString(); // "0.00128125"
 * ```
 * @category Scenario
 */
export function heatCoefficients(
  template: ActivityTemplate,
  species: readonly Species[],
  supply: HeatSupplySpec | readonly HeatSupplySpec[] | undefined,
  plantCoefficients: (plant: ActivityTemplate) => readonly TemplateCoefficients[],
): TemplateCoefficients[] {
  if (supply === undefined) {
    return species.map((s) => {
      const cause = new MissingFactorError("MISSING_FACTOR", `district heat needs the scenario's heatSupply (its plants and network losses) for ${s}`, ["fuel"], [{ activityId: template.activityId, species: s, path: ["fuel"], reason: "no heatSupply" }]);
      return { coef: null, provenance: [], reason: "district heat without a heatSupply", cause };
    });
  }
  const perDelivered = conversionFactor(template.unit, "GJ"); // GJ of heat per unit of the activity
  const supplies = "plants" in supply ? [supply] : supply;
  // the plants' factors are looked up once: their sector, fuel and technology are the same in every year
  const coefficients = supplies[0]!.plants.map((p) => plantCoefficients({ activityId: `${template.activityId}/${p.id}`, sector: p.sector, fuel: p.fuel, technology: p.technology, unit: "GJ", scope: "direct" }));
  const years = supplies.map((h) => {
    const sentOut = new Dec(1).div(new Dec(1).minus(h.networkLoss.value));
    const plants = h.plants.map((p, pi) => {
      const fuel = fuelPerHeat(p);
      const perUnit = perDelivered.times(sentOut).times(p.share).times(fuel.perGj); // GJ of the plant's fuel per unit of heat delivered
      const step: ConversionStep = {
        description: `district heat to fuel of plant ${p.id}: ${template.unit} delivered / (1 - network loss ${h.networkLoss.value}) x share ${p.share} x ${fuel.perGj.toString()} GJ fuel per GJ heat (${fuel.text})`,
        factor: perUnit.toString(),
      };
      return { p, perUnit, coefficients: coefficients[pi]!, step };
    });
    return species.map((_, si): TemplateCoefficients => {
      const gap = plants.find((x) => x.coefficients[si]!.coef === null);
      if (gap !== undefined) {
        const c = gap.coefficients[si]!;
        return { coef: null, provenance: [], reason: `heat plant ${gap.p.id}: ${c.reason ?? "no factor"}`, ...(c.cause === undefined ? {} : { cause: c.cause }) };
      }
      const coef = plants.reduce((sum, x) => sum.plus(x.perUnit.times(x.coefficients[si]!.coef!)), new Dec(0));
      return { coef, provenance: plants.flatMap((x) => x.coefficients[si]!.provenance), conversions: plants.flatMap((x) => [x.step, ...(x.coefficients[si]!.conversions ?? [])]) };
    });
  });
  return years[0]!.map((first, si) => {
    const values = years.map((y) => y[si]!.coef!);
    return first.coef === null || values.every((v) => v.eq(first.coef!)) ? first : { ...first, byYear: values };
  });
}

/**
 * The up-front problems of a scenario's `heatSupply`: each `source.id` a known citation, each
 * plant's fuel and sector known, each CHP plant's allocation valid; located under `heatSupply`.
 *
 * @param s - the validated scenario
 * @param citations - the citations its factor set knows
 * @param factors - its factor set: when given, a plant burning electricity or district heat, and a plant technology no row names, are problems too (see `heatPlantIssues`)
 * @returns every problem, with its path (none without `heatSupply`)
 * @example
 * ```ts
 * import { builtinCitationRegistry } from "cobenefits";
 * import { heatSupplyIssues } from "./heatCoefficients.js";
 * const src = { id: "IPCC2006-V2-Ch2", table: "T" };
 * const heatSupply = { networkLoss: { value: "0.1", source: src }, plants: [{ id: "hob", share: "1", sector: "1.A.1.a", fuel: "coal", heatOnly: { efficiency: "0.8", source: src } }] };
 * heatSupplyIssues({ name: "d", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline: [], measures: [], heatSupply }, builtinCitationRegistry()).map((i) => i.path); // [["heatSupply", "plants", 0, "fuel"]]
 * ```
 * @category Scenario
 */
export function heatSupplyIssues(s: Scenario, citations: CitationRegistry, factors?: FactorSet): InputIssueInit[] {
  const supply = s.heatSupply;
  if (supply === undefined) return [];
  const at = (...p: (string | number)[]) => ["heatSupply", ...p];
  const issues: InputIssueInit[] = [...citationIssues(supply.networkLoss.source.id, citations.byId, at("networkLoss", "source", "id"))];
  supply.plants.forEach((p, i) => {
    const source = p.heatOnly?.source ?? p.chp?.source;
    if (source !== undefined) issues.push(...citationIssues(source.id, citations.byId, at("plants", i, p.heatOnly !== undefined ? "heatOnly" : "chp", "source", "id")));
    for (const [field, check] of [["fuel", () => getFuel(p.fuel, at("plants", i, "fuel"))], ["sector", () => getSectorName(p.sector, at("plants", i, "sector"))]] as const) {
      try {
        check();
      } catch (e) {
        if (!(e instanceof CobenefitsError)) throw e;
        issues.push({ ...issueOfError(e, at("plants", i, field)) });
      }
    }
    if (factors !== undefined) issues.push(...heatPlantIssues(p, i, factors, s.species));
    if (p.chp === undefined) return;
    try {
      fuelPerHeat(p as HeatPlant);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      issues.push(...e.issues.map((x) => ({ ...x, path: at("plants", i, "chp", ...x.path) })));
    }
  });
  heatSupplyYears(supply, Array.from({ length: s.years.end - s.years.start + 1 }, (_, k) => s.years.start + k), issues);
  return issues;
}
