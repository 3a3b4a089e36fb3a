import { describe, expect, it } from "vitest";
import { compareCommand } from "../../src/cli/commands/compare.js";
import { crfCommand } from "../../src/cli/commands/crf.js";
import { factorsCommand } from "../../src/cli/commands/factors.js";
import { inventoryCommand } from "../../src/cli/commands/inventory.js";
import { metricsCommand } from "../../src/cli/commands/metrics.js";
import { optimiseCommand } from "../../src/cli/commands/optimise.js";
import { runCommand } from "../../src/cli/commands/run.js";
import { schemaCommand } from "../../src/cli/commands/schema.js";
import { validateCommand } from "../../src/cli/commands/validate.js";
import type { Command } from "../../src/cli/command.js";
import { lazyCommand } from "../../src/cli/lazyCommand.js";
import { COMMANDS } from "../../src/cli/main.js";
import { cli } from "./runCli.js";

// The registry loads each command's module only when it is called (src/cli/lazyCommand.ts), so
// it repeats each command's summary for `cobenefits --help`: these tests keep the copies true.
const MODULES: Record<string, Command> = {
  run: runCommand,
  validate: validateCommand,
  factors: factorsCommand,
  metrics: metricsCommand,
  inventory: inventoryCommand,
  schema: schemaCommand,
  crf: crfCommand,
  optimise: optimiseCommand,
  compare: compareCommand,
};

describe("the command registry", () => {
  it("names every command file in src/cli/commands/ that exports a command, and no other", () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(Object.keys(MODULES).sort());
  });

  it.each(Object.keys(MODULES))("lists %s with the summary its own module writes, and loads that very command", async (name) => {
    const entry = COMMANDS[name] as ReturnType<typeof lazyCommand>;
    expect(entry.summary).toBe(MODULES[name]!.summary);
    expect(await entry.load()).toBe(MODULES[name]);
  });

  it("prints each summary in `cobenefits --help` without running any command", async () => {
    const { code, stdout } = await cli("--help");
    expect(code).toBe(0);
    for (const [name, command] of Object.entries(MODULES)) expect(stdout).toContain(`  ${name.padEnd(10)}${command.summary}\n`);
  });
});

describe("lazyCommand", () => {
  it("loads the command when it runs, not when it is registered, and passes arguments and output through", async () => {
    const calls: string[] = [];
    const command: Command = { summary: "s", usage: "u", run: async (args) => (calls.push(`run ${args.join(" ")}`), 7) };
    const entry = lazyCommand("s", async () => (calls.push("load"), command));
    expect(calls).toEqual([]);
    const io = { stdout: { write: () => true, control: () => {} }, stderr: { write: () => true, control: () => {} } };
    expect(await entry.run(["a", "b"], io)).toBe(7);
    expect(calls).toEqual(["load", "run a b"]);
  });
});
