import { CobenefitsError, MissingDependencyError } from "../errors.js";
import type { CliIo } from "./command.js";
import { type CommandEntry, lazyCommand } from "./lazyCommand.js";
import { CliFailure, EXIT } from "./exitCodes.js";
import { terminalIo } from "./terminalIo.js";
import { docsUrl } from "../docsUrl.js";

/**
 * The subcommands, by name: a new one is one file plus one line here. Each command's module is
 * loaded only when it is called (dynamic import: the bin is split into chunks, so `--help` and
 * `run` parse no other command's code); its summary is repeated here for `--help`
 * (test/cli/commandRegistry.test.ts keeps the two equal).
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  run: lazyCommand("evaluate a scenario file: tables, CSV, JSON, xlsx, charts", async () => (await import("./commands/run.js")).runCommand),
  validate: lazyCommand("check a scenario file and list every problem with its line", async () => (await import("./commands/validate.js")).validateCommand),
  factors: lazyCommand("list, filter and show built-in emission factors with their citations", async () => (await import("./commands/factors.js")).factorsCommand),
  metrics: lazyCommand("list climate metric sets, or one set's values and sources", async () => (await import("./commands/metrics.js")).metricsCommand),
  inventory: lazyCommand("a national inventory from CSV: emissions by sector and species, factors cited", async () => (await import("./commands/inventory.js")).inventoryCommand),
  schema: lazyCommand("print the JSON Schema of scenario files", async () => (await import("./commands/schema.js")).schemaCommand),
  crf: lazyCommand("list concentration-response functions, intake fractions and VSL sets, or one function's parameters and sources", async () => (await import("./commands/crf.js")).crfCommand),
  optimise: lazyCommand("the least-cost penetrations of measures that meet a scenario's targets", async () => (await import("./commands/optimise.js")).optimiseCommand),
  compare: lazyCommand("set two or more scenario files side by side: tables, CSV, charts", async () => (await import("./commands/compare.js")).compareCommand),
};

const HELP = `cobenefits: air-pollutant and climate co-benefits of clean-air measures

Usage: cobenefits <command> [options]   (cobenefits <command> --help for its options)

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join("\n")}

Exit codes: 0 ok; 1 invalid input (every problem listed, with its path and line);
2 usage (unknown command or option); 3 a file cannot be read or written;
69 an optional package is not installed (vega, vega-lite for --charts); 70 internal error.
Docs: ${docsUrl("getting-started.md")}
      ${docsUrl("scenario-file-reference.md")}`;

/** The package's version, from the nearest package.json named cobenefits above this file (node:fs loaded only here, not for --help). */
async function version(): Promise<string> {
  const [{ existsSync, readFileSync }, { dirname, join }, { fileURLToPath }] = await Promise.all([import("node:fs"), import("node:path"), import("node:url")]);
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "cobenefits") return pkg.version ?? "unknown";
    }
  }
  return "unknown";
}

/**
 * Runs the `cobenefits` command line with the given arguments, writing to `io`; resolves to the
 * exit code (see exitCodes.ts). Never throws: every failure becomes a message on stderr.
 * Everything written, output and messages alike, goes through {@link terminalIo}: user strings
 * cannot send escape sequences or control characters to the terminal.
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalIo(rawIo);
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      io.stdout.write(`${HELP}\n`);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      io.stdout.write(`${await version()}\n`);
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) throw new CliFailure(EXIT.usage, `cobenefits: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")}`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof MissingDependencyError) {
      io.stderr.write(`cobenefits: ${e.message}\n`);
      return EXIT.unavailable;
    }
    if (e instanceof CobenefitsError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT.invalidInput;
    }
    io.stderr.write(`cobenefits: internal error (please report it with the input): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}
