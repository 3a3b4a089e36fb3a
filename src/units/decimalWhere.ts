import { Dec, isDecimalString } from "./decimal.js";
import { decimalStringSchema } from "./quantity.js";

/**
 * Zod schema of a decimal string whose value passes a check: the decimal-string schema refined
 * by `ok` on its value (a string that is not a decimal gets only the decimal-string message).
 *
 * @param ok - the check of the value
 * @param message - the message when the check fails
 * @returns the schema
 * @example
 * ```ts
 * import { decimalWhere } from "./decimalWhere.js";
 * decimalWhere((d) => d.gt(0), "must be positive").safeParse("-1").error?.issues[0]?.message; // "must be positive"
 * ```
 * @category Units
 */
export const decimalWhere = (ok: (d: Dec) => boolean, message: string) => decimalStringSchema.refine((v) => !isDecimalString(v) || ok(new Dec(v)), message);
