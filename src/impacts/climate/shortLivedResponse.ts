import type { SourceRef } from "../../citations/sourceRef.js";
import { CobenefitsError, InvalidInputError, issueOfError } from "../../errors.js";
import { metricValue } from "../../metrics/toCo2e.js";
import { getMetric } from "../../metrics/registry.js";
import type { Species } from "../../units/species.js";
import { agwpCo2 } from "./agtp.js";
import type { ShortLivedRow } from "./climateSection.js";
import type { ClimateResponseSet } from "./climateResponseSet.js";

/**
 * A short-lived species' response as used: the time-integrated forcing of a 1 kg pulse and where
 * it comes from (a named GWP metric value times the response set's AGWP of CO2, or the user's row).
 * @category Climate response
 */
export interface ShortLivedResponse {
  readonly species: Species;
  /** [W m-2 yr kg-1], float64 */
  readonly agwp: number;
  readonly unit: "W m-2 yr kg-1";
  /** `fromMetric`: GWP_H of the named metric x AGWP_CO2(H) of the response set. */
  readonly derivation: string;
  readonly source: SourceRef;
  readonly region?: string;
}

/**
 * Resolves the short-lived rows of a climate section to time-integrated forcings per kg. A row
 * `fromMetric` takes the species' GWP_H from the named metric set (which must be a GWP) and
 * multiplies it by the response set's AGWP of CO2 at H: the integrated forcing of a pulse that
 * lasts days, which is the AGWP at any horizon beyond a few months. This assumes the forcing acts
 * on temperature as CO2's does (efficacy 1) and global, not regional, forcing; a regional value
 * (e.g. East Asian emissions, Aamaas et al. 2017) is given as a row with `agwp` and its `source`.
 *
 * @param set - the response set
 * @param rows - the section's `shortLived` rows
 * @param path - where the rows sit, e.g. `["impacts", "climate", "shortLived"]`
 * @returns one response per row, in order
 * @throws {@link cobenefits!InvalidInputError} for a metric name that is unknown, not a GWP, or without a value for the species
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, shortLivedResponses } from "cobenefits/impacts";
 * shortLivedResponses(AR6_CLIMATE_RESPONSE, [{ species: "BC", fromMetric: "Bond2013-GWP100" }], [])[0]!.agwp.toPrecision(4); // "8.055e-11"
 * ```
 * @category Climate response
 */
export function shortLivedResponses(set: ClimateResponseSet, rows: readonly ShortLivedRow[], path: readonly (string | number)[]): ShortLivedResponse[] {
  const issues: ConstructorParameters<typeof InvalidInputError>[1][number][] = [];
  const out: ShortLivedResponse[] = [];
  rows.forEach((row, i) => {
    if (!("fromMetric" in row)) {
      out.push({ species: row.species, agwp: Number(row.agwp), unit: row.unit, derivation: "given", source: row.source, ...(row.region === undefined ? {} : { region: row.region }) });
      return;
    }
    const at = [...path, i, "fromMetric"];
    try {
      const metric = getMetric(row.fromMetric);
      if (metric.type !== "GWP") {
        issues.push({ code: "invalid_value", path: at, message: `metric "${metric.name}" is a ${metric.type}: the integrated forcing of a pulse is derived from a GWP only` });
        return;
      }
      const v = metricValue(row.species, metric);
      out.push({ species: row.species, agwp: Number(v.value) * agwpCo2(set, metric.horizon), unit: "W m-2 yr kg-1", derivation: `${metric.name} GWP${metric.horizon} ${v.value} x AGWP${metric.horizon}(CO2) of ${set.name}`, source: v.source });
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      issues.push(issueOfError(e, at));
    }
  });
  if (issues.length > 0) throw new InvalidInputError("impacts.climate section", issues);
  return out;
}
