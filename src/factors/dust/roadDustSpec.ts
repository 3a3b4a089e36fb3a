import { type ZodType, discriminatedUnion, literal, strictObject as object, string } from "zod";
import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import type { FactorRow, FactorTable } from "../factorRow.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { pavedRoadDustFactors } from "./pavedRoadDustFactors.js";
import { unpavedRoadDustFactors } from "./unpavedRoadDustFactors.js";

/**
 * One road (or class of roads) whose dust factors a scenario derives at compile time with the
 * AP-42 equations: `paved` (13.2.1), `unpavedIndustrial` (13.2.2 Equation 1a) or `unpavedPublic`
 * (13.2.2 Equation 1b). Every field is a decimal string in the unit its name says.
 * @category Factors
 */
export type RoadDustSpec =
  | { readonly road: "paved"; readonly technology: string; readonly siltLoading: string; readonly meanVehicleWeight: string; readonly wetDays: string }
  | { readonly road: "unpavedIndustrial"; readonly technology: string; readonly siltContent: string; readonly meanVehicleWeight: string; readonly wetDays: string }
  | { readonly road: "unpavedPublic"; readonly technology: string; readonly siltContent: string; readonly meanSpeed: string; readonly surfaceMoisture: string; readonly wetDays: string };

const technology = string().min(1).max(200, "at most 200 characters").describe("the technology name the derived rows get; activity rows name it to use them");
const wetDays = decimalStringSchema.describe("days a year with at least 0.254 mm of precipitation [d/yr], a whole number from 0 to 365; \"0\" for no correction");

/**
 * Zod schema of a {@link RoadDustSpec} (the entries of a scenario's `factors.roadDust`).
 * @category Factors
 */
export const roadDustSpecSchema: ZodType<RoadDustSpec> = discriminatedUnion("road", [
  object({ road: literal("paved"), technology, siltLoading: decimalStringSchema.describe("road surface silt loading sL [g/m2]"), meanVehicleWeight: decimalStringSchema.describe("mean weight of the vehicles on the road [t]"), wetDays }),
  object({ road: literal("unpavedIndustrial"), technology, siltContent: decimalStringSchema.describe("surface material silt content s [%], above 0 and at most 100"), meanVehicleWeight: decimalStringSchema.describe("mean weight of the vehicles on the road [t]"), wetDays }),
  object({
    road: literal("unpavedPublic"),
    technology,
    siltContent: decimalStringSchema.describe("surface material silt content s [%], above 0 and at most 100"),
    meanSpeed: decimalStringSchema.describe("mean vehicle speed [km/h]"),
    surfaceMoisture: decimalStringSchema.describe("surface material moisture content M [%], above 0 and at most 100"),
    wetDays,
  }),
]) as ZodType<RoadDustSpec>;

/**
 * The rows of one road dust spec.
 *
 * @param spec - the spec
 * @param path - where it is in the user's input
 * @returns its PM2.5, PM10 and TSP rows
 * @throws {@link cobenefits!InvalidInputError} for inputs out of range, located at the field
 * @example
 * ```ts
 * import { roadDustRows } from "cobenefits";
 * roadDustRows({ road: "paved", technology: "urban", siltLoading: "1", meanVehicleWeight: "0.90718474", wetDays: "0" })[1]?.value; // "0.62"
 * ```
 * @category Factors
 */
export function roadDustRows(spec: RoadDustSpec, path: readonly (string | number)[] = []): FactorRow[] {
  if (spec.road === "paved") return pavedRoadDustFactors(spec, path);
  if (spec.road === "unpavedIndustrial") return unpavedRoadDustFactors({ ...spec, equation: "1a" }, path);
  return unpavedRoadDustFactors({ ...spec, equation: "1b" }, path);
}

/**
 * The factor table a scenario's `factors.roadDust` makes: the rows of every spec (AP-42 13.2.1 and
 * 13.2.2, quality `derived`), with the problems of all specs reported together. A technology named
 * twice is an error (its rows would tie).
 *
 * @param specs - the specs
 * @param path - where the list is, e.g. `["factors", "roadDust"]`
 * @returns the table `scenario-road-dust`
 * @throws {@link cobenefits!InvalidInputError} listing every problem, each at its spec's field
 * @example
 * ```ts
 * import { roadDustFactorTable } from "cobenefits";
 * roadDustFactorTable([{ road: "paved", technology: "urban", siltLoading: "1", meanVehicleWeight: "0.90718474", wetDays: "0" }]).rows.length; // 3
 * ```
 * @category Factors
 */
export function roadDustFactorTable(specs: readonly RoadDustSpec[], path: readonly (string | number)[] = []): FactorTable {
  const issues: InputIssueInit[] = [];
  const rows: FactorRow[] = [];
  const first = new Map<string, number>();
  specs.forEach((spec, i) => {
    const at = [...path, i];
    const earlier = first.get(spec.technology);
    if (earlier !== undefined) {
      issues.push({ code: "duplicate", key: spec.technology, firstPath: [...path, earlier, "technology"], path: [...at, "technology"], message: `technology "${spec.technology}" is listed twice in roadDust; give each road its own name` });
      return;
    }
    first.set(spec.technology, i);
    try {
      const made = roadDustRows(spec, at);
      const clash = made.find((r) => rows.some((o) => o.id === r.id));
      if (clash !== undefined) {
        issues.push({ code: "duplicate", key: spec.technology, path: [...at, "technology"], message: `technology "${spec.technology}" makes the row id ${clash.id} of an earlier road; names that differ only in punctuation or spaces make the same ids` });
        return;
      }
      rows.push(...made);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      issues.push(...e.issues);
    }
  });
  if (issues.length > 0) throw new InvalidInputError("road dust factors", issues);
  return { id: "scenario-road-dust", title: "Road dust factors derived in the scenario with the AP-42 13.2.1 and 13.2.2 equations", rows };
}
