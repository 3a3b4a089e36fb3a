import { basename } from "node:path";
import { formatResultTable } from "../../report/formatTable.js";
import { formatEnergyBalance } from "../../report/formatEnergyBalance.js";
import { formatLifetimeReductions } from "../../report/formatLifetimeReductions.js";
import { tidyTableToCsv } from "../../report/tidyTable.js";
import { evaluateScenario } from "../../scenario/evaluate/evaluateScenario.js";
import { compileScenarioFile } from "../../files/parseScenarioFile.js";
import { oneOf, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { readText } from "../io.js";
import { chartSpecs, isRunOutput, outputFiles, quadrantSpecies, reportOf } from "../outputFiles.js";
import { progressReporter } from "../progress.js";
import { renderSvg } from "../renderSvg.js";
import { writeOutputFolder } from "../writeOutputFolder.js";

const usage = `Usage: cobenefits run <scenario.yaml|json> [options]

Evaluates a scenario file and prints the result.
  --metric <name>        climate metric for CO2e (repeatable; replaces the file's metrics;
                         no metric, no CO2e). See: cobenefits metrics
  --format <f>           table (default), csv (the tidy long table) or json
  --out <dir>            also write emissions, co2e, summary, provenance, energy (the fuel
                         balance) and lifetime (reductions over measures' lifetimes) as CSV
                         and JSON (and per-unit and stocks, when the scenario counts a stock),
                         and the whole result as result.json. All or nothing: the files are
                         written to a temporary folder beside <dir> and moved into place when
                         all are written, so a failure leaves an earlier <dir> as it was.
                         <dir> is replaced as a whole; an existing <dir> holding files other
                         than cobenefits outputs is refused, untouched (exit 3), as are paths
                         under /proc, /sys or /dev and paths that are files
  --charts               with --out: render charts (SVG and Vega-Lite JSON) into <dir>/charts
  --quadrant-species <s> air pollutant of the co-benefit quadrant (default PM2.5, if computed)
  --quiet                no progress indicator on stderr`;

export const runCommand: Command = {
  summary: "evaluate a scenario file: tables, CSV, JSON, charts",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("run", argv, {
      metric: { type: "string", multiple: true },
      format: { type: "string" },
      out: { type: "string" },
      charts: { type: "boolean" },
      "quadrant-species": { type: "string" },
      quiet: { type: "boolean" },
    }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits run: expected one scenario file, got ${positionals.length}\n\n${usage}`);
    const format = oneOf("run", "format", values.format, ["table", "csv", "json"] as const, "table");
    if (values.charts && values.out === undefined) throw new CliFailure(EXIT.usage, "cobenefits run: --charts needs --out <dir> to write the charts to");
    const metrics = values.metric;
    const repeated = metrics?.find((m, i) => metrics.indexOf(m) !== i);
    if (repeated !== undefined) throw new CliFailure(EXIT.usage, `cobenefits run: --metric ${repeated} is given twice`);
    const file = positionals[0]!;
    const progress = progressReporter(io.stderr, values.quiet === true);
    const plan = compileScenarioFile(readText(file), { fileName: basename(file), filePath: file, readFile: (p) => readText(p), ...(values.metric === undefined ? {} : { metrics: values.metric }) });
    const species = quadrantSpecies(plan.species, values["quadrant-species"]); // checked before computing
    progress.stage("compiled; evaluating activity rows");
    const result = evaluateScenario(plan, { onProgress: (done, total) => progress.stage("evaluating activity rows", done, total) });
    const report = reportOf(plan, result);
    if (format === "table") io.stdout.write(`${[formatResultTable(result, report.summary), formatEnergyBalance(report.balance, result.years), formatLifetimeReductions(report.lifetime)].filter((t) => t !== "").join("\n\n")}\n`);
    else if (format === "csv") io.stdout.write(tidyTableToCsv(report.tidy));
    else io.stdout.write(`${JSON.stringify({ name: result.name, years: result.years, metrics: result.metrics, emissions: report.tidy, co2e: report.co2e, summary: report.summary, attribution: result.attribution, attributionBySector: result.attributionBySector, provenance: report.provenance, energy: report.energy, lifetime: { method: report.lifetime.method, rows: report.lifetimeRows }, missing: result.missing, overlaps: result.overlaps, ...(result.perUnit.length === 0 ? {} : { perUnit: result.perUnit }), ...(result.stocks.length === 0 ? {} : { stocks: result.stocks }) }, null, 2)}\n`);
    if (values.out !== undefined) {
      progress.stage("writing outputs");
      const files = outputFiles(report, result);
      if (values.charts) {
        for (const { name, spec } of chartSpecs(result, species)) {
          progress.stage(`rendering ${name}`);
          files.push({ name: `charts/${name}.vl.json`, content: `${JSON.stringify(spec, null, 2)}\n` }, { name: `charts/${name}.svg`, content: await renderSvg(spec) });
        }
      }
      const written = writeOutputFolder(values.out, files, isRunOutput);
      progress.end();
      io.stderr.write(`cobenefits: wrote ${written.length} files to ${values.out}\n`);
    } else progress.end();
    return EXIT.ok;
  },
};
