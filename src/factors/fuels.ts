import { deepFreeze } from "../deepFreeze.js";
import { UnknownFuelError } from "../errors.js";
import { nearestFuels } from "./nearestFuels.js";

/**
 * A fuel known to cobenefits: its id, the name used by the 2006 IPCC Guidelines, whether its
 * carbon is fossil or biogenic, and the fuel groups of the EMEP/EEA Tier 1 tables it belongs to.
 *
 * Group membership follows the EMEP/EEA 2019 guidebook's definitions: hard coal = anthracite,
 * coking coal and other bituminous coal; brown coal = sub-bituminous coal and lignite. Where the
 * guidebook's grouping of a fuel could not be confirmed (LPG; charcoal in the biomass group; other
 * kerosene; patent fuel and brown coal briquettes), the fuel belongs to no group, so an
 * air-pollutant lookup for it fails loudly instead of borrowing a factor; supply your own rows in a
 * user table. Those fuels have their 2006 IPCC Guidelines CO2, CH4, N2O and NCV rows (Tables 1.2,
 * 1.4, 2.2 to 2.5); the EMEP/EEA 2019 emission factor database has no small-combustion row for any
 * of them by name.
 * @category Factors
 */
export interface Fuel {
  readonly id: string;
  readonly label: string;
  /** Name in the 2006 IPCC Guidelines tables, when it has one there. */
  readonly ipcc2006Name?: string;
  /** Fossil or biogenic carbon: decides whether CO2 is reported as `CO2` or `CO2-biogenic`. */
  readonly carbon: "fossil" | "biogenic" | "none";
  /** Fuel groups of source tables that include this fuel, most specific first. */
  readonly groups: readonly string[];
}

const HARD = ["hardCoal", "hardCoalAndBrownCoal", "solidFuels"];
const BROWN = ["brownCoal", "hardCoalAndBrownCoal", "solidFuels"];

/**
 * The built-in fuel catalogue.
 * @category Factors
 */
export const FUELS: readonly Fuel[] = deepFreeze([
  { id: "anthracite", label: "Anthracite", ipcc2006Name: "Anthracite", carbon: "fossil", groups: HARD },
  { id: "cokingCoal", label: "Coking coal", ipcc2006Name: "Coking Coal", carbon: "fossil", groups: HARD },
  { id: "otherBituminousCoal", label: "Other bituminous coal", ipcc2006Name: "Other Bituminous Coal", carbon: "fossil", groups: HARD },
  { id: "subBituminousCoal", label: "Sub-bituminous coal", ipcc2006Name: "Sub-Bituminous Coal", carbon: "fossil", groups: BROWN },
  { id: "lignite", label: "Lignite", ipcc2006Name: "Lignite", carbon: "fossil", groups: BROWN },
  { id: "naturalGas", label: "Natural gas (also CNG/LNG in road transport)", ipcc2006Name: "Natural Gas", carbon: "fossil", groups: ["gaseousFuels"] },
  { id: "lpg", label: "Liquefied petroleum gases", ipcc2006Name: "Liquefied Petroleum Gases", carbon: "fossil", groups: [] },
  { id: "gasDieselOil", label: "Gas/diesel oil (diesel)", ipcc2006Name: "Gas/Diesel Oil", carbon: "fossil", groups: ["gasOil", "otherLiquidFuels", "liquidFuels"] },
  { id: "residualFuelOil", label: "Residual fuel oil (heavy fuel oil)", ipcc2006Name: "Residual Fuel Oil", carbon: "fossil", groups: ["heavyFuelOil", "liquidFuels"] },
  { id: "motorGasoline", label: "Motor gasoline (petrol)", ipcc2006Name: "Motor Gasoline", carbon: "fossil", groups: [] },
  { id: "wood", label: "Wood/wood waste", ipcc2006Name: "Wood/Wood Waste", carbon: "biogenic", groups: ["biomass"] },
  { id: "charcoal", label: "Charcoal", ipcc2006Name: "Charcoal", carbon: "biogenic", groups: [] },
  { id: "electricity", label: "Electricity (consumed; emissions through a grid factor)", carbon: "none", groups: [] },
  { id: "none", label: "No fuel: a fugitive, non-combustion source (road dust, construction); only rows given for it apply", carbon: "none", groups: [] },
  { id: "kerosene", label: "Other kerosene (paraffin; heating and lighting kerosene, not jet fuel)", ipcc2006Name: "Other Kerosene", carbon: "fossil", groups: [] },
  { id: "patentFuel", label: "Patent fuel (hard coal briquettes: hard coal fines with a binder)", ipcc2006Name: "Patent Fuel", carbon: "fossil", groups: [] },
  { id: "brownCoalBriquettes", label: "Brown coal briquettes (BKB)", ipcc2006Name: "Brown Coal Briquettes", carbon: "fossil", groups: [] },
  { id: "districtHeat", label: "District heat (delivered; emissions at the heat plants through the scenario's heatSupply)", carbon: "none", groups: [] },
]);

/**
 * Fuel groups that source tables use in place of a single fuel.
 * @category Factors
 */
export const FUEL_GROUPS: readonly string[] = [
  "hardCoal",
  "brownCoal",
  "hardCoalAndBrownCoal",
  "solidFuels",
  "gaseousFuels",
  "gasOil",
  "heavyFuelOil",
  "otherLiquidFuels",
  "liquidFuels",
  "biomass",
];

const byId = new Map(FUELS.map((f) => [f.id, f]));

/**
 * Finds a fuel by id.
 *
 * @param id - fuel id, e.g. `"otherBituminousCoal"`
 * @param path - where the id came from in the input, for error messages
 * @returns the fuel
 * @throws {@link UnknownFuelError} naming the nearest known fuels
 * @example
 * ```ts
 * import { getFuel } from "cobenefits";
 * getFuel("wood").carbon; // "biogenic"
 * ```
 * @category Factors
 */
export function getFuel(id: string, path: readonly (string | number)[] = []): Fuel {
  const f = byId.get(id);
  if (f === undefined) throw new UnknownFuelError(id, nearestFuels(id, FUELS, 3), path);
  return f;
}

const groupsById = new Map(FUELS.map((f) => [f.id, f.groups]));

/**
 * The fuel groups a fuel belongs to, most specific first (none for an unknown id or a group).
 *
 * @param fuel - fuel id
 * @returns its groups
 * @example
 * ```ts
 * import { fuelGroupsOf } from "cobenefits";
 * fuelGroupsOf("lignite"); // ["brownCoal", "hardCoalAndBrownCoal", "solidFuels"]
 * ```
 * @category Factors
 */
export function fuelGroupsOf(fuel: string): readonly string[] {
  return groupsById.get(fuel) ?? [];
}

/**
 * Lists the built-in fuels.
 * @returns every fuel in the catalogue
 * @example
 * ```ts
 * import { listFuels } from "cobenefits";
 * listFuels().map((f) => f.id).includes("lignite"); // true
 * ```
 * @category Factors
 */
export function listFuels(): readonly Fuel[] {
  return FUELS;
}
