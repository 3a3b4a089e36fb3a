import { type ZodType, string } from "zod";
import { UnitError } from "../errors.js";
import { type ParsedUnit, parseRatioUnit, parseUnit } from "./units.js";

/** Whether a text is one unit by itself (`kg`), which a ratio field refuses with a message of its own. */
function isSingleUnit(text: string): boolean {
  if (text.includes("/")) return false;
  try {
    parseUnit(text);
    return true;
  } catch (e) {
    if (e instanceof UnitError) return false;
    throw e;
  }
}

type Ratio = ReturnType<typeof parseRatioUnit>;

function unitTextSchema<T>(parse: (text: string) => T, expected: string, accepts: (parsed: T) => boolean, precheck: (text: string) => string | undefined = () => undefined): ZodType<string> {
  return string().superRefine((text, ctx) => {
    const refused = precheck(text);
    if (refused !== undefined) {
      ctx.addIssue({ code: "custom", message: refused, params: { issueCode: "unknown_unit", key: text } });
      return;
    }
    let parsed: T;
    try {
      parsed = parse(text);
    } catch (e) {
      // The unit error's own words: what is wrong, at which character, and "did you mean".
      if (!(e instanceof UnitError)) throw e;
      ctx.addIssue({ code: "custom", message: e.detail, params: { issueCode: "unknown_unit", key: e.unit, nearest: e.nearest } });
      return;
    }
    if (!accepts(parsed)) ctx.addIssue({ code: "custom", message: `expected ${expected}, got ${JSON.stringify(text)}`, params: { issueCode: "unknown_unit", key: text } });
  });
}

/**
 * Zod schema of a unit field: the text must be one unit by the strict unit grammar
 * ({@link parseUnit}) that `accepts` takes. A refused unit's issue message is the unit error's own
 * (a number in front, the character at fault, "did you mean"), at the field's path.
 *
 * @param expected - what the field takes, for the message, e.g. `"an energy unit such as GJ or MWh"`
 * @param accepts - which parsed units the field takes (default: any)
 * @returns a string schema
 * @example
 * ```ts
 * import { unitSchema } from "./unitSchema.js";
 * const energy = unitSchema("an energy unit such as GJ or MWh", (u) => u.dimension === "energy");
 * energy.safeParse("Gcal").success; // true
 * energy.safeParse("t").error?.issues[0]?.message; // 'expected an energy unit such as GJ or MWh, got "t"'
 * energy.safeParse("1000GJ").error?.issues[0]?.message.includes('did you mean "TJ"'); // true
 * ```
 * @category Units
 */
export function unitSchema(expected: string, accepts: (unit: ParsedUnit) => boolean = () => true): ZodType<string> {
  return unitTextSchema((t) => parseUnit(t), expected, accepts);
}

/**
 * Zod schema of a ratio unit field (`GJ/t`, `g/vkm`): the text must be `<unit>/<unit>` by the
 * strict unit grammar ({@link parseRatioUnit}), and one that `accepts` takes. A refused unit's
 * issue message is the unit error's own, with "did you mean"; a single unit (`kg` where `kg/vehicle`
 * is meant) is told it lacks the unit after `/`, with the field's example.
 *
 * @param expected - what the field takes, for the message, e.g. `"energy per mass, e.g. GJ/t"`
 * @param accepts - which ratios the field takes (default: any)
 * @returns a string schema
 * @example
 * ```ts
 * import { ratioUnitSchema } from "./unitSchema.js";
 * const ncv = ratioUnitSchema("energy per mass, e.g. GJ/t", (r) => r.numerator.dimension === "energy" && r.denominator.dimension === "mass");
 * ncv.safeParse("kcal/kg").success; // true
 * ncv.safeParse("GJ/1000t").error?.issues[0]?.message.includes('did you mean "GJ/kt"'); // true
 * ncv.safeParse("GJ").error?.issues[0]?.message; // '"GJ" is one unit, with nothing after /; expected energy per mass, e.g. GJ/t'
 * ```
 * @category Units
 */
export function ratioUnitSchema(expected: string, accepts: (ratio: Ratio) => boolean = () => true): ZodType<string> {
  const noDenominator = (t: string) => (isSingleUnit(t) ? `${JSON.stringify(t)} is one unit, with nothing after /; expected ${expected}` : undefined);
  return unitTextSchema((t) => parseRatioUnit(t), expected, accepts, noDenominator);
}
