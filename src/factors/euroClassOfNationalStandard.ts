import { UnknownNationalStandardError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { BUILTIN_FACTOR_TABLES } from "./builtinTables.js";
import { NATIONAL_STANDARDS, type NationalStandardRow, UNMAPPED_NATIONAL_STANDARDS } from "./tables/nationalStandards.js";

/**
 * A national standard resolved to its Euro class, with the built-in road technologies of that class.
 * @category Factors
 */
export interface ResolvedNationalStandard extends NationalStandardRow {
  /**
   * The built-in EMEP/EEA Tier 2 technologies of the Euro class for the standard's vehicle class
   * (heavy-duty: trucks and buses, 1.A.3.b.iii; light-duty: cars and light commercial vehicles,
   * 1.A.3.b.i-ii), in table order: the choice of segment stays the analyst's.
   */
  readonly technologies: readonly string[];
}

const SECTORS_OF = { heavyDuty: ["1.A.3.b.iii"], lightDuty: ["1.A.3.b.i", "1.A.3.b.ii"] } as const;

/** The built-in technologies whose name carries the Euro class as a word, e.g. `Euro V` in `Diesel >32 t - Euro V` but not in `... - Euro VI`. */
function technologiesOf(row: NationalStandardRow): string[] {
  const euro = new RegExp(`(^| )${row.euroClass}( |$)`);
  const sectors: readonly string[] = SECTORS_OF[row.vehicleClass];
  const names = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows)
    .filter((r) => r.technology !== undefined && sectors.includes(r.sector) && euro.test(r.technology))
    .map((r) => r.technology as string);
  return [...new Set(names)];
}

/**
 * The Euro class of a Chinese national vehicle emission standard, where a publication states the
 * equivalence, with the statement, its citations and the built-in Tier 2 technologies of that class.
 *
 * Method: a look-up in {@link NATIONAL_STANDARDS} (exact name: `China V` is heavy-duty, `China 5`
 * light-duty). Names known but not mapped ({@link UNMAPPED_NATIONAL_STANDARDS}: China 6, China VI-b,
 * China 1 to 4) fail with the reason; no equivalence is ever assumed. Reference: TransportPolicy.net
 * (ICCT and DieselNet), DieselNet and ICCT (2018), as each row cites.
 *
 * @param standard - the standard's name, e.g. `China V`, `China VI-a`, `China 5`
 * @param path - where the name is in the input, for the error
 * @returns the row, with `technologies`: the Tier 2 technologies to choose from
 * @throws {@link UnknownNationalStandardError} for an unknown name (with the nearest names) or a name deliberately not mapped (with the reason)
 * @example
 * ```ts
 * import { euroClassOfNationalStandard } from "cobenefits";
 * const v = euroClassOfNationalStandard("China V");
 * v.euroClass; // "Euro V"
 * v.sources[0]?.id; // "TransportPolicy-China-HD-Emissions"
 * v.technologies.includes("Urban Buses Standard - Euro V - 2008"); // true
 * ```
 * @category Factors
 */
export function euroClassOfNationalStandard(standard: string, path: readonly (string | number)[] = []): ResolvedNationalStandard {
  const row = NATIONAL_STANDARDS.find((r) => r.standard === standard);
  if (row !== undefined) return { ...row, technologies: technologiesOf(row) };
  const unmapped = UNMAPPED_NATIONAL_STANDARDS.find((u) => u.standard === standard);
  const known = [...NATIONAL_STANDARDS.map((r) => r.standard), ...UNMAPPED_NATIONAL_STANDARDS.map((u) => u.standard)];
  throw new UnknownNationalStandardError(standard, unmapped === undefined ? nearestStrings(standard, known, 4) : [], unmapped?.reason, path);
}
