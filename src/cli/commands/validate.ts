import { basename } from "node:path";
import { compileScenarioFile } from "../../scenario/parseScenarioFile.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { readText } from "../io.js";

const usage = `Usage: cobenefits validate <scenario.yaml|json> [--metric <name>]...

Checks a scenario file: schema, factors, units, claims. Lists every problem with its line.`;

export const validateCommand: Command = {
  summary: "check a scenario file and list every problem with its line",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("validate", argv, { metric: { type: "string", multiple: true } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits validate: expected one scenario file, got ${positionals.length}\n\n${usage}`);
    const file = positionals[0]!;
    const plan = compileScenarioFile(readText(file), { fileName: basename(file), ...(values.metric === undefined ? {} : { metrics: values.metric }) });
    const s = plan.scenario;
    io.stdout.write(`${file}: valid. "${s.name}", ${s.years.start}-${s.years.end}, ${s.baseline.length} activities, ${s.measures.length} measures, species ${s.species.join(" ")}; metrics ${s.metrics.length > 0 ? s.metrics.join(" ") : "none (no CO2e)"}\n`);
    if (plan.missing.length > 0) io.stdout.write(`note: ${plan.missing.length} activity/species pairs have no factor and are omitted (onMissingFactor: omit)\n`);
    return EXIT.ok;
  },
};
