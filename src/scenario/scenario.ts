import { type ZodType, array, enum as zEnum, number, strictObject as object, string, union, unknown as zUnknown } from "zod";
import { type BaselineActivity, baselineActivitySchema } from "../activity/baselineActivity.js";
import type { FactorTable } from "../factors/factorRow.js";
import { type GridFactorRow, gridFactorRowSchema } from "../factors/gridFactorRow.js";
import type { NcvRow } from "../factors/ncvRow.js";
import { type RoadDustSpec, roadDustSpecSchema } from "../factors/dust/roadDustSpec.js";
import { type Measure, measureSchema } from "../measures/registry.js";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "../citations/inputTextIssues.js";
import { SPECIES, type Species } from "../units/species.js";
import { scenarioInputIssues } from "./scenarioInputIssues.js";
import { type GridSeries, gridSeriesSchema } from "./gridSeries.js";
import { type UpstreamSpec, upstreamSpecSchema } from "../factors/upstream/upstreamSpec.js";
import { type HeatSupplySpec, heatSupplySchemaOf } from "../factors/heat/heatSupplySpec.js";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import type { DecimalString } from "../units/decimal.js";

/**
 * A scenario: a baseline of activities over the years, measures acting on it, the species to
 * report, the climate metrics to express CO2e in (named; none by default), and the factor data.
 * Plain serialisable data (JSON/YAML), validated by {@link scenarioSchema}.
 * @category Scenario
 */
export interface Scenario {
  /** At most `MAX_TEXT_LENGTH` (2000) characters. */
  readonly name: string;
  /** At most `MAX_TEXT_LENGTH` (2000) characters. */
  readonly description?: string;
  /** First and last year, inclusive. */
  readonly years: { readonly start: number; readonly end: number };
  /** Each species once. */
  readonly species: readonly Species[];
  /** Metric names for CO2e, e.g. `["AR6-GWP100", "AR6-GWP100+Bond2013-GWP100"]`, each once; empty for none. */
  readonly metrics: readonly string[];
  readonly baseline: readonly BaselineActivity[];
  /** Measures in declared order (the order of sequential attribution). */
  readonly measures: readonly Measure[];
  readonly factors?: {
    readonly userTables?: readonly FactorTable[];
    readonly userCitations?: readonly unknown[];
    readonly userNcv?: readonly NcvRow[];
    readonly builtinTables?: readonly string[];
    /** Roads whose dust factors are derived at compile time with the AP-42 13.2.1/13.2.2 equations (see `roadDustFactorTable`). */
    readonly roadDust?: readonly RoadDustSpec[];
  };
  /** Grid factor for electricity (a built-in row by id, or a row of your own). */
  readonly gridFactor?: { readonly id: string } | GridFactorRow;
  /** Electricity factors per species and year: series, a generation mix, or both (see {@link GridSeries}). */
  readonly grid?: GridSeries;
  /** `error` (default): a missing factor stops compilation. `omit`: listed in the result's `missing`. */
  readonly onMissingFactor?: "error" | "omit";
  /**
   * National net calorific values for the baseline rows (see {@link NCV_COUNTRIES}). Precedence for a
   * row: its own NCV value > its own `netCalorificValue: { country }` > a `factors.userNcv` row for
   * its fuel > this country > the IPCC 2006 default. A fuel the country's table does not list is an
   * error where the row needs an NCV, unless `otherFuels: "ipcc2006"` is stated.
   */
  readonly ncv?: { readonly country: string; readonly otherFuels?: "error" | "ipcc2006" };
  /** Opt-in upstream methane (natural-gas supply leakage, coal-mine methane), every number stated and cited; reported in scope `upstream`. Needs CH4 among the species. See {@link UpstreamSpec}. */
  readonly upstream?: UpstreamSpec;
  /** Where district heat (fuel `districtHeat`) comes from: the plants, each stated and cited, and the network's losses; reported in scope `indirectHeat`. See {@link HeatSupplySpec}. The network loss, the shares and the heat-only efficiencies may each be a schedule over the years (checked in every year); a CHP plant's fuel and outputs are one value. */
  readonly heatSupply?: HeatSupplySpec<DecimalString | Schedule>;
  /** Which inputs are uncertain and how they are sampled; validated by `cobenefits/uncertainty` (and by the scenario-file readers, with lines). The engine itself ignores it. */
  readonly uncertainty?: unknown;
  /** Measure costs, prices and the discount rate; validated by `cobenefits/costs` (and by the scenario-file readers, with lines). The engine itself ignores it. */
  readonly costs?: unknown;
  /** Reduction targets for `cobenefits optimise`; validated by `cobenefits/optimise` (and by the scenario-file readers, with lines). The engine itself ignores it. */
  readonly targets?: unknown;
  /** Bounds and options of the least-cost optimisation; validated by `cobenefits/optimise` (and by the scenario-file readers, with lines). The engine itself ignores it. */
  readonly optimise?: unknown;
  /** Exposure, health, valuation and climate response; validated by `cobenefits/impacts` (and by the scenario-file readers, with lines). The engine itself ignores it. */
  readonly impacts?: unknown;
}

const id = () => string().min(1).max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`);
const text = () => string().max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`);
/** Lengths the fields' own schemas check (so the length is not reported twice). */
const checkedBySchema = (p: readonly (string | number)[]) =>
  (p.length === 1 && (p[0] === "name" || p[0] === "description")) || (p.length === 2 && p[0] === "metrics") || (p.length === 3 && p[1] === "builtinTables");

/**
 * Zod schema of a {@link Scenario}; validation reports every problem at once with its path.
 * Besides each field's own schema, it refuses (see `scenarioInputIssues`) a species, metric,
 * activity id, measure id or built-in table id listed twice; ids and names of things longer than
 * `MAX_ID_LENGTH` (200) characters and free text (name, description, labels, notes) longer
 * than `MAX_TEXT_LENGTH` (2000). Each decimal field refuses values beyond `MAX_DECIMAL_EXPONENT` (0, or
 * 1e-100000 to 1e100001 in magnitude).
 * @category Scenario
 */
export const scenarioSchema: ZodType<Scenario> = object({
  name: text().min(1).describe(`the scenario's name, at most ${MAX_TEXT_LENGTH} characters`),
  description: text().optional().describe(`free text, at most ${MAX_TEXT_LENGTH} characters`),
  years: object({ start: number().int().min(1900).max(2200), end: number().int().min(1900).max(2200) }).refine((y) => y.end >= y.start, {
    message: "end must not be before start",
    path: ["end"],
  }),
  species: array(zEnum(SPECIES)).min(1, "name at least one species").describe("the species to compute, each once"),
  metrics: array(id()).describe(`climate metrics for CO2e, each once (a metric listed twice is an error); names at most ${MAX_ID_LENGTH} characters`),
  baseline: array(baselineActivitySchema).min(1, "a baseline needs at least one activity"),
  measures: array(measureSchema),
  factors: object({
    userTables: array(zUnknown()).optional(),
    userCitations: array(zUnknown()).optional(),
    userNcv: array(zUnknown()).optional(),
    builtinTables: array(id()).optional(),
    roadDust: array(roadDustSpecSchema).optional().describe("roads whose dust factors are derived with the AP-42 13.2.1/13.2.2 equations (rows of sector 1.A.3.b.vii, fuel none, the technology named)"),
  }).optional(),
  gridFactor: union([object({ id: string().min(1) }), gridFactorRowSchema]).optional().describe("the CO2 grid factor of electricity, one row for all years (the constant CO2-only case of grid)"),
  grid: gridSeriesSchema.optional().describe("electricity factors per species and year: series, a generation mix, or both"),
  onMissingFactor: zEnum(["error", "omit"]).optional(),
  ncv: object({
    country: string().min(1).describe("ISO 3166-1 alpha-2 code of a built-in national NCV table, e.g. CN"),
    otherFuels: zEnum(["error", "ipcc2006"]).optional().describe("fuels the national table does not list: error (default) or the IPCC 2006 default, stated"),
  }).optional().describe("national net calorific values for the baseline rows that give none of their own"),
  upstream: upstreamSpecSchema.optional(),
  heatSupply: heatSupplySchemaOf((d) => union([d, scheduleSchema])).optional(),
  // Analysis sections: each validated by its own layer (src/files/analysisSections.ts lists them).
  uncertainty: zUnknown().optional(),
  costs: zUnknown().optional(),
  targets: zUnknown().optional(),
  optimise: zUnknown().optional(),
  impacts: zUnknown().optional(),
})
  // Run on the data as given, even when other fields are invalid, so every problem is reported at once.
  .superRefine(
    (s, ctx) => {
      for (const issue of scenarioInputIssues(s)) if (!checkedBySchema(issue.path) || issue.message.includes("listed twice")) ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path], params: { ...issue, path: undefined, message: undefined, issueCode: issue.code } });
    },
    { when: (payload) => payload.value !== null && typeof payload.value === "object" && !Array.isArray(payload.value) },
  ) as ZodType<Scenario>;
