import type { ZodError } from "zod";
import type { InputIssue } from "./cobenefitsError.js";
import { nearestStrings } from "../nearestStrings.js";
import { ISSUE_CODES, type IssueCode } from "./errorCodes.js";

type ZodIssue = ZodError["issues"][number];

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/** zod's issue codes as cobenefits names them (`unrecognized_keys` is one `unknown_key` issue per key). */
const CODE: Readonly<Record<ZodIssue["code"], IssueCode>> = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unknown_key",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom",
};

/**
 * The {@link IssueCode} of a zod issue: zod's code, with `unrecognized_keys` named `unknown_key`.
 *
 * @param iss - one issue of a failed zod parse
 * @returns its code
 * @example
 * ```ts
 * import { strictObject } from "zod";
 * import { issueCodeOfZod } from "cobenefits/engine";
 * const r = strictObject({}).safeParse({ colour: "red" });
 * r.success ? undefined : issueCodeOfZod(r.error.issues[0]!); // "unknown_key"
 * ```
 * @category Errors
 */
export function issueCodeOfZod(iss: ZodIssue): IssueCode {
  return CODE[iss.code];
}

/**
 * Turns the issues of a failed zod parse into input issues located at `at`, each with its
 * {@link IssueCode}: an unknown key is reported at the key itself as `unknown key "x"` (code
 * `unknown_key`), and an absent required field as `missing required field "x"` (code `missing`),
 * instead of zod's own wording; the other zod codes keep their names (`invalid_type` with
 * `expected`, `too_big`/`too_small` with `maximum`/`minimum` ...); an unknown value of a
 * discriminated union's key (a measure `kind`, a schedule `kind`, a `road`) is `invalid_value`
 * with the valid values and the nearest ("did you mean"); a check of cobenefits' own run inside a
 * schema (`custom`) keeps the code and fields it passed as `params` (`issueCode`, e.g. `duplicate`).
 *
 * @param error - the zod error
 * @param input - the value that was parsed (to tell an absent field from a wrong one)
 * @param at - the path of `input` in the caller's input
 * @returns one issue per problem (one per unknown key)
 * @example
 * ```ts
 * import { strictObject } from "zod";
 * import { inputIssuesFromZod } from "cobenefits";
 * const r = strictObject({}).safeParse({ colour: "red" });
 * r.success ? [] : inputIssuesFromZod(r.error, { colour: "red" }, ["table"]); // [{ code: "unknown_key", path: ["table", "colour"], key: "colour", message: 'unknown key "colour"' }]
 * ```
 * @category Errors
 */
export function inputIssuesFromZod(error: ZodError, input: unknown, at: readonly (string | number)[]): InputIssue[] {
  return error.issues.flatMap((iss) => inputIssuesFromZodIssue(iss, input, at));
}

/**
 * The input issues of one zod issue (see {@link inputIssuesFromZod}): one per unknown key, else one.
 *
 * @param iss - one issue of a failed zod parse
 * @param input - the value that was parsed
 * @param at - the path of `input` in the caller's input
 * @returns the issues, located at `at` + the issue's path
 * @example
 * ```ts
 * import { strictObject, string } from "zod";
 * import { inputIssuesFromZodIssue } from "cobenefits/engine";
 * const r = strictObject({ id: string() }).safeParse({});
 * r.success ? [] : inputIssuesFromZodIssue(r.error.issues[0]!, {}, []); // [{ code: "missing", path: ["id"], expected: "string", message: 'missing required field "id" (expected string)' }]
 * ```
 * @category Errors
 */
export function inputIssuesFromZodIssue(iss: ZodIssue, input: unknown, at: readonly (string | number)[]): InputIssue[] {
  const path = iss.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  // A key is shown whole only when it is short enough to read (a long one is refused by inputTextIssues too).
  if (iss.code === "unrecognized_keys") {
    return iss.keys.map((k) => ({ code: "unknown_key", path: [...at, ...path, k], key: k, message: `unknown key "${k.length > 60 ? `${k.slice(0, 40)}..." (${k.length} characters)` : `${k}"`}` }));
  }
  if (iss.code === "invalid_type") {
    if (path.length > 0 && valueAt(input, path) === undefined) {
      return [{ code: "missing", path: [...at, ...path], expected: iss.expected, message: `missing required field "${String(path[path.length - 1])}" (expected ${iss.expected})` }];
    }
    return [{ code: "invalid_type", path: [...at, ...path], expected: iss.expected, message: iss.message }];
  }
  if (iss.code === "too_big") return [{ code: "too_big", path: [...at, ...path], maximum: String(iss.maximum), message: iss.message }];
  if (iss.code === "too_small") return [{ code: "too_small", path: [...at, ...path], minimum: String(iss.minimum), message: iss.message }];
  if (iss.code === "custom") {
    // a check of cobenefits' own run inside a schema passes its issue code and fields as params
    const { issueCode, path: _path, message: _message, ...fields } = (iss.params ?? {}) as Record<string, unknown>;
    const code = ISSUE_CODES.find((c) => c === issueCode) ?? "custom";
    return [{ ...(code === "custom" ? {} : fields), code, path: [...at, ...path], message: iss.message }];
  }
  const union = iss.code === "invalid_union" ? (iss as { readonly discriminator?: unknown; readonly options?: unknown; readonly errors?: readonly (readonly ZodIssue[])[] }) : {};
  if (typeof union.discriminator !== "string" && Array.isArray(union.errors) && iss.message === "Invalid input") {
    // a union of shapes (a number or a built-in row by id ...) without a message of its own: the problems of the one shape the value fits, if one does
    // (a value without the discriminator of a discriminated branch, e.g. a schedule's kind, does not fit that branch)
    const fits = union.errors.filter((b: readonly ZodIssue[]) => !b.some((i: ZodIssue) => (i.path.length === 0 && (i.code === "invalid_type" || i.code === "unrecognized_keys")) || (i.code === "invalid_union" && "discriminator" in i && i.path.length === 1 && i.path[0] === i.discriminator)));
    if (fits.length === 1) return fits[0]!.flatMap((i: ZodIssue) => inputIssuesFromZodIssue({ ...i, path: [...iss.path, ...i.path] } as ZodIssue, input, at));
  }
  if (typeof union.discriminator === "string" && Array.isArray(union.options)) {
    // a value of a union's discriminator (measure kind, schedule kind, road kind): the valid ones, the nearest first
    const options = union.options.map(String);
    const given = valueAt(input, path);
    if (typeof given === "string") {
      const nearest = nearestStrings(given, options, 1);
      const shown = given.length > 60 ? `${given.slice(0, 40)}... (${given.length} characters)` : given;
      return [{ code: "invalid_value", path: [...at, ...path], key: given, nearest, message: `unknown ${union.discriminator} "${shown}"; did you mean "${nearest[0] ?? ""}"? (one of ${options.join(", ")})` }];
    }
    return [{ code: "invalid_value", path: [...at, ...path], message: `expected ${union.discriminator}: one of ${options.join(", ")}` }];
  }
  return [{ code: CODE[iss.code], path: [...at, ...path], message: iss.message }];
}
