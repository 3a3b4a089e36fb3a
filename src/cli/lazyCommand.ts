import type { Command } from "./command.js";

/** A subcommand as the registry holds it: its one-line summary (for `cobenefits --help`) and how to run it. */
export type CommandEntry = Pick<Command, "summary" | "run">;

/**
 * A registry entry whose module is loaded only when the command runs: `load` is a dynamic
 * `import()` of the command's file, so that the bundled bin (`dist/cli.js`, split into chunks by
 * tsup.config.ts) parses and evaluates only the code of the command that was called, and
 * `cobenefits --help` none (docs/performance.md, "Start-up"). The summary is written here
 * because `--help` lists it without loading the command; test/cli/commandRegistry.test.ts checks
 * that it is the loaded command's own summary, word for word.
 *
 * @param summary - the command's summary, as its module writes it
 * @param load - loads the command's module and returns the command
 * @returns the registry entry
 */
export function lazyCommand(summary: string, load: () => Promise<Command>): CommandEntry & { readonly load: () => Promise<Command> } {
  return { summary, load, run: async (args, io) => (await load()).run(args, io) };
}
