import type { Provenance } from "../../citations/sourceRef.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { ExposureSection } from "./exposureSection.js";
import { type SecondaryComponent, type SecondaryPrecursor, TM5_FASST_BASE_EMISSIONS, TM5_FASST_COEFFICIENTS, TM5_FASST_SOURCE } from "./tm5FasstCoefficients.js";

/**
 * A secondary PM2.5 coefficient in use: the receptor's concentration change per tonne per year of
 * precursor change, and where it comes from (the built-in TM5-FASST table, or the scenario's own).
 * @category Impacts
 */
export interface SecondaryCoefficientInUse extends Provenance {
  readonly precursor: SecondaryPrecursor;
  readonly component: SecondaryComponent;
  /** [ug/m3 per t/yr] */
  readonly value: DecimalString;
  readonly origin: "built-in" | "user";
}

const PRECURSORS: readonly SecondaryPrecursor[] = ["SO2", "NOx", "NH3"];
const COMPONENTS: readonly SecondaryComponent[] = ["SO4", "NO3", "NH4"];

/**
 * The secondary PM2.5 coefficients of an exposure section, per tonne: the built-in TM5-FASST ones
 * for its source and receptor regions, converted as rfasst does (a coefficient per 20 % of the
 * source region's base emission, times 5, divided by that base emission: value x 5 / (E_base [kg/yr]
 * / 1000) [ug/m3 per t/yr]), each replaced by the scenario's own coefficient for the same precursor
 * and component where it gives one (the user layer has precedence and keeps its source).
 *
 * @param secondary - the section's `secondary` part
 * @returns nine coefficients (three precursors x three components), exact decimals
 * @example
 * ```ts
 * import { secondaryCoefficients } from "cobenefits/impacts";
 * const c = secondaryCoefficients({ model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", coefficients: [{ precursor: "SO2", component: "SO4", value: "1e-5", unit: "ug/m3 per t/yr", source: { id: "city-CMAQ-2024", table: "3" } }] });
 * c.find((x) => x.precursor === "SO2" && x.component === "SO4")?.origin; // "user"
 * ```
 * @category Impacts
 */
export function secondaryCoefficients(secondary: NonNullable<ExposureSection["secondary"]>): SecondaryCoefficientInUse[] {
  const out: SecondaryCoefficientInUse[] = [];
  for (const precursor of PRECURSORS) {
    for (const component of COMPONENTS) {
      const user = secondary.coefficients?.find((c) => c.precursor === precursor && c.component === component);
      if (user !== undefined) {
        out.push({ precursor, component, value: new Dec(user.value).toString(), origin: "user", source: user.source, quality: "userSupplied" });
        continue;
      }
      const row = TM5_FASST_COEFFICIENTS.find((c) => c.precursor === precursor && c.component === component && c.sourceRegion === secondary.sourceRegion && c.receptorRegion === secondary.receptorRegion);
      const base = TM5_FASST_BASE_EMISSIONS.find((b) => b.precursor === precursor && b.region === secondary.sourceRegion);
      if (row === undefined || base === undefined) throw new Error(`built-in TM5-FASST table lacks ${precursor}->${component} ${secondary.sourceRegion}->${secondary.receptorRegion}`);
      const perTonne = new Dec(row.perTwentyPercent).times(5).div(new Dec(base.emission).div(1000));
      out.push({
        precursor, component, value: perTonne.toString(), origin: "built-in",
        source: TM5_FASST_SOURCE, quality: "secondary", via: "rfasst 1.1.0 data (JGCRI)",
        note: `${row.perTwentyPercent} ug/m3 per 20 % of the ${secondary.sourceRegion} base emission of ${base.emission} kg/yr, times 5, per tonne; receptor ${secondary.receptorRegion} (region mean as distributed)`,
      });
    }
  }
  return out;
}
