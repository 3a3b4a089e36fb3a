import { type ZodType, strictObject as object, string } from "zod";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { InvalidInputError, issueCodeOfZod } from "../errors.js";
import { Dec } from "../units/decimal.js";
import { type Quantity, quantitySchema } from "../units/quantity.js";
import { toElementBasis } from "../units/species.js";
import { parseRatioUnit } from "../units/units.js";
import type { FactorRow } from "./factorRow.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * Inputs of the sulphur mass balance.
 * @category Factors
 */
export interface SulphurInput {
  /** Id of the derived row. */
  readonly id: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** Sulphur content of the fuel as burned, mass fraction [kg S/kg fuel] (1.2% S is `"0.012"`). */
  readonly sulphurContent: string;
  /** Fraction of the sulphur retained in ash or the product [-], 0 to 1 (no default: say 0 if none). */
  readonly sulphurRetention: string;
  /** Net calorific value of the fuel as burned, energy per mass, e.g. `{ value: "20.9", unit: "GJ/t" }`. */
  readonly netCalorificValue: Quantity;
  /** Where the sulphur and NCV figures come from (e.g. the city's coal analysis). */
  readonly source: SourceRef;
}

const fraction = decimalWhere((d) => d.gte(0) && d.lte(1), "expected a fraction between 0 and 1");
const sulphurInputSchema: ZodType<SulphurInput> = object({
  id: string().min(1),
  sector: string().min(1),
  fuel: string().min(1),
  technology: string().min(1).optional(),
  sulphurContent: fraction,
  sulphurRetention: fraction,
  netCalorificValue: quantitySchema,
  source: sourceRefSchema,
}) as ZodType<SulphurInput>;

/**
 * Derives an SO2 emission factor from the fuel's sulphur content by mass balance, since local coal
 * sulphur varies several-fold from table defaults.
 *
 * Method: EF [g SO2/GJ] = S x (M_SO2 / M_S) x (1 - retention) / NCV, with M_SO2/M_S = 64.058/32.06
 * from IUPAC conventional atomic weights (the EMEP/EEA guidebook's mass balance for SO2, which
 * rounds the ratio to 2).
 *
 * The row holds the one NCV it was derived with: applied to fuel mass converted with another NCV,
 * it rescales SO2 by their ratio. For activities (and scenario rows), give `sulphurContent` and
 * `sulphurRetention` on the activity instead: SO2 is then computed per fuel mass, with no NCV
 * (see {@link sulphurMassFraction}).
 *
 * @param input - sulphur content [kg S/kg fuel], retention [-], NCV [energy/mass], and sources
 * @returns a factor row in `g/GJ` with quality `derived` and a note showing the inputs
 * @throws {@link InvalidInputError} for a fraction outside 0..1, a non-positive NCV or an NCV unit that is not energy/mass
 * @example
 * ```ts
 * import { so2FactorFromSulphur } from "cobenefits";
 * const row = so2FactorFromSulphur({ id: "city.coal.SO2", sector: "1.A.4.b.i", fuel: "otherBituminousCoal",
 *   sulphurContent: "0.01", sulphurRetention: "0.1", netCalorificValue: { value: "20", unit: "GJ/t" },
 *   source: { id: "IUPAC-2021-AtomicWeights", table: "Table 3" } });
 * Number(row.value).toFixed(1); // "899.1"
 * ```
 * @category Factors
 */
export function so2FactorFromSulphur(input: SulphurInput): FactorRow {
  const parsed = sulphurInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInputError("sulphur mass balance", parsed.error.issues.map((i) => ({ code: issueCodeOfZod(i), path: i.path.map(String), message: i.message })));
  }
  const ncvUnit = parseRatioUnit(input.netCalorificValue.unit, ["netCalorificValue", "unit"]);
  const ncv = new Dec(input.netCalorificValue.value);
  if (ncvUnit.numerator.dimension !== "energy" || ncvUnit.denominator.dimension !== "mass" || ncv.lte(0)) {
    throw new InvalidInputError("sulphur mass balance", [
      { code: "out_of_range", minimum: "0", path: ["netCalorificValue"], message: "expected a positive energy per mass, e.g. 20.9 GJ/t" },
    ]);
  }
  const ncvGjPerKg = ncv.times(ncvUnit.toBase).div(1e9); // J/kg -> GJ/kg
  // kg SO2 per kg S: 1 / (S mass fraction of SO2)
  const so2PerS = new Dec(1).div(toElementBasis("1", "SO2", "S"));
  const gramsPerGj = new Dec(input.sulphurContent).times(so2PerS).times(new Dec(1).minus(input.sulphurRetention)).times(1000).div(ncvGjPerKg);
  return {
    id: input.id,
    sector: input.sector,
    fuel: input.fuel,
    ...(input.technology === undefined ? {} : { technology: input.technology }),
    pollutant: "SO2",
    value: gramsPerGj.toString(),
    unit: "g/GJ",
    source: input.source,
    quality: "derived",
    note: `Sulphur mass balance: S=${input.sulphurContent}, retention=${input.sulphurRetention}, NCV=${input.netCalorificValue.value} ${input.netCalorificValue.unit}; SO2/S mass ratio 64.058/32.06 (IUPAC).`,
  };
}
