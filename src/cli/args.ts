import { type ParseArgsConfig, parseArgs } from "node:util";

/** What {@link parseCommandArgs} returns. */
type Parsed<O extends OptionSpec> = ReturnType<typeof parseArgs<{ args: string[]; options: O & { help: { type: "boolean"; short: "h" } }; allowPositionals: true; strict: true }>>;
import { CliFailure, EXIT } from "./exitCodes.js";

/** Options of one command, as node:util parseArgs declares them. */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments; unknown options and missing values are usage errors (exit 2). */
export function parseCommandArgs<const O extends OptionSpec>(command: string, args: readonly string[], options: O, usage: string): Parsed<O> {
  const config = { args: [...args], options: { ...options, help: { type: "boolean", short: "h" } } as O & { help: { type: "boolean"; short: "h" } }, allowPositionals: true, strict: true } as const;
  try {
    return parseArgs(config);
  } catch (e) {
    throw new CliFailure(EXIT.usage, `cobenefits ${command}: ${(e as Error).message}\n\n${usage}`);
  }
}

/** The one value of a string option among allowed ones, or a usage error listing them. */
export function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(EXIT.usage, `cobenefits ${command}: --${option} must be one of ${allowed.join(", ")}; got "${value}"`);
}
