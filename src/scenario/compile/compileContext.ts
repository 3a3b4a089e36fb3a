import { toFactorBasis } from "../../accounting/toFactorBasis.js";
import { InvalidInputError, type StockUnitsError } from "../../errors.js";
import type { FactorSet } from "../../factors/factorSet.js";
import type { GridFactorRow } from "../../factors/gridFactorRow.js";
import type { MeasureContext } from "../../measures/measureKind.js";
import type { Dec } from "../../units/decimal.js";
import { conversionFactor, parseUnit } from "../../units/units.js";
import type { Scenario } from "../scenario.js";
import { withScenarioPath } from "./compileChecks.js";
import { expandPenetrations } from "./penetrations.js";
import { scenarioFactors } from "./scenarioFactors.js";
import { type GridYears, gridYears } from "./gridYears.js";
import type { HeatSupplySpec } from "../../factors/heat/heatSupplySpec.js";
import { heatSupplyYears } from "./heatSupplyYears.js";
import { type TemplateCoefficients, coefficientKey, templateCoefficients } from "./templateCoefficients.js";

/**
 * What every step of compiling an activity row reads: the validated scenario, its factor set and
 * grid factor, the years, the penetration of each measure in each year, the services measures use
 * while compiling, and the coefficients already looked up (one lookup per distinct template key,
 * shared by all rows).
 * @category Scenario
 */
export interface CompileContext {
  readonly scenario: Scenario;
  readonly factors: FactorSet;
  readonly gridFactor: GridFactorRow | undefined;
  /** The scenario's `grid` per year (undefined without one). */
  readonly grid: GridYears | undefined;
  /** The scenario's `heatSupply` in each year (index as `years`; see `heatSupplyYears`), undefined without one. */
  readonly heat: readonly HeatSupplySpec[] | undefined;
  readonly years: readonly number[];
  /** Penetration [-] of each measure (index as `scenario.measures`) in each year (index as `years`). */
  readonly penetrations: readonly (readonly Dec[])[];
  readonly measureContext: MeasureContext;
  /** Coefficients by template key (`coefficientKey`): a memo, filled as rows are compiled. */
  readonly coefficientCache: Map<string, readonly TemplateCoefficients[]>;
  /**
   * `NO_STOCK` errors of measures in `units` whose target matches no baseline row (their
   * penetrations are 0 here): thrown only once the rows compile, so a row's own problem (a
   * misspelt technology the target was written for) is reported first.
   */
  readonly deferred: readonly StockUnitsError[];
}

/**
 * Everything a validated scenario's rows are compiled against: checks the metric names, particle
 * nesting and factors up front (every problem at once), expands the years and penetrations.
 *
 * @param scenario - the validated scenario
 * @returns the context of the compile steps
 * @throws {@link InvalidInputError} for the up-front problems (see {@link compileScenario})
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * const cx = compileContext({ name: "demo", years: { start: 2025, end: 2026 }, species: ["SO2"], metrics: [], baseline: [], measures: [] });
 * cx.years; // [2025, 2026]
 * ```
 * @category Scenario
 */
export function compileContext(scenario: Scenario): CompileContext {
  const { factors, grid } = scenarioFactors(scenario);
  const years = Array.from({ length: scenario.years.end - scenario.years.start + 1 }, (_, i) => scenario.years.start + i);
  const deferred: StockUnitsError[] = [];
  const penetrations = expandPenetrations(scenario, years, deferred);
  const gridByYear = gridYears(scenario, years, factors);
  const heat = scenario.heatSupply === undefined ? undefined : heatSupplyYears(scenario.heatSupply, years, []); // its problems were reported by scenarioFactors
  const coefficientCache = new Map<string, readonly TemplateCoefficients[]>();
  const measureContext: MeasureContext = {
    energyPerUnit: (t, energyUnit, path) =>
      withScenarioPath(path, `energy content of activity ${t.activityId}`, () => toFactorBasis(
        {
          id: t.activityId, sector: t.sector, fuel: t.fuel, activityLevel: { value: "1", unit: t.unit },
          ...(t.netCalorificValue === undefined ? {} : { netCalorificValue: t.netCalorificValue }),
          ...(t.netCalorificValueFrom === undefined ? {} : { netCalorificValueFrom: t.netCalorificValueFrom }),
          ...(t.fuelConsumption === undefined ? {} : { fuelConsumption: t.fuelConsumption }), // vehicle-km -> fuel mass -> energy
        },
        parseUnit(energyUnit, path),
        factors,
      ).amount),
    unitFactor: (from, to, path) => conversionFactor(from, to, path),
    emissionPerUnit: (t, species, path) => {
      const si = scenario.species.indexOf(species);
      if (si < 0) return undefined;
      const key = coefficientKey(t);
      const coefficients = coefficientCache.get(key) ?? withScenarioPath(path, `emission per unit of activity ${t.activityId}`, () => templateCoefficients(t, scenario.species, factors, grid, gridByYear, heat));
      coefficientCache.set(key, coefficients);
      if (coefficients[si]!.byYear !== undefined) {
        throw new InvalidInputError("scenario", [{ path, message: `the ${species} emission per unit of activity ${t.activityId} changes over the years (electricity or district heat), so one factor cannot carry it` }]);
      }
      return coefficients[si]!.coef;
    },
  };
  return { scenario, factors, gridFactor: grid, grid: gridByYear, heat, years, penetrations, measureContext, coefficientCache, deferred };
}
