import { basename } from "node:path";
import { readText } from "../io.js";
import { ENGLISH_LABELS } from "../../report/labels.js";
import { NumericOverflowError } from "../../errors.js";
import { evaluateScenario } from "../../scenario/evaluate/evaluateScenario.js";
import { compileScenarioFile } from "../../files/parseScenarioFile.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { readScenarioInput } from "../scenarioInput.js";
import { chartSpecs, quadrantSpecies, reportOf } from "../outputFiles.js";

const usage = `Usage: cobenefits validate <scenario.yaml|json|-> [--metric <name>]...  (- reads standard input)

Checks a scenario file: schema, factors, units, claims, and that it evaluates. Lists every
problem with its line. It runs every check that run runs (it evaluates the scenario exactly and
builds the tables and chart data, as run --charts does, without writing them), so a file it
accepts also runs; values too large to plot are named in a note.`;

export const validateCommand: Command = {
  summary: "check a scenario file and list every problem with its line",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("validate", argv, { metric: { type: "string", multiple: true } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits validate: expected one scenario file, got ${positionals.length}\n\n${usage}`);
    const metrics = values.metric;
    const repeated = metrics?.find((m, i) => metrics.indexOf(m) !== i);
    if (repeated !== undefined) throw new CliFailure(EXIT.usage, `cobenefits validate: --metric ${repeated} is given twice`);
    const file = positionals[0]!;
    const input = readScenarioInput(file);
    const plan = compileScenarioFile(input.text, { fileName: file === "-" ? input.fileName : basename(file), ...(input.format === undefined ? {} : { format: input.format }), ...(file === "-" ? {} : { filePath: file, readFile: (p: string) => readText(p) }), ...(metrics === undefined ? {} : { metrics }) });
    // The same evaluation, report tables and chart data as run, so nothing run checks is left out.
    // Values beyond float64 are exact in the tables but cannot be plotted: said as a note, since
    // run accepts the file and only run --charts refuses it.
    const result = evaluateScenario(plan);
    Object.values(reportOf(plan, result)); // every table (reportOf computes each on its first read)
    let chartNote: string | undefined;
    try {
      chartSpecs(plan, result, quadrantSpecies(plan.scenario.species, undefined), ENGLISH_LABELS);
    } catch (e) {
      if (!(e instanceof NumericOverflowError)) throw e;
      chartNote = `note: run --charts will refuse this scenario: ${e.detail}\n`;
    }
    const s = plan.scenario;
    io.stdout.write(`${file}: valid. "${s.name}", ${s.years.start}-${s.years.end}, ${s.baseline.length} activities, ${s.measures.length} measures, species ${s.species.join(" ")}; metrics ${s.metrics.length > 0 ? s.metrics.join(" ") : "none (no CO2e)"}\n`);
    if (chartNote !== undefined) io.stdout.write(chartNote);
    if (plan.missing.length > 0) io.stdout.write(`note: ${plan.missing.length} activity/species pairs have no factor and are omitted (onMissingFactor: omit)\n`);
    return EXIT.ok;
  },
};
