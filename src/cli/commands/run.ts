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
import { DRAW_OPTIONS, DRAW_USAGE, drawCharts, drawFiles, drawsLine, drawsOf } from "./runDraws.js";
import { costReport } from "../costOutputs.js";
import { temperatureCharts, temperatureFiles, temperatureOfRun } from "../temperatureOutputs.js";
import { formatTemperatureResponse } from "../../report/temperatureTable.js";
import { impactsOutputs, isImpactsOutput } from "../impactsOutputs.js";

const usage = `Usage: cobenefits run <scenario.yaml|json> [options]

Evaluates a scenario file and prints the result.
  --metric <name>        climate metric for CO2e (repeatable; replaces the file's metrics;
                         no metric, no CO2e). See: cobenefits metrics
  --format <f>           table (default), csv (the tidy long table) or json
  --out <dir>            also write emissions, co2e, summary, provenance, energy (the fuel
                         balance) and lifetime (reductions over measures' lifetimes) as CSV
                         and JSON (and per-unit and stocks, when the scenario counts a stock),
                         and the whole result as result.json; with a costs section, costs.csv,
                         costs-npv.csv, cost-per-tonne.csv, mac.csv and costs.json (and an
                         abatement cost curve per species and metric with --charts); temperature.csv and
                         temperature.json when the scenario has impacts.climate.
                         All or nothing: the files are written to a temporary folder beside
                         <dir> and moved into place when all are written, so a failure
                         leaves an earlier <dir> as it was.
                         <dir> is replaced as a whole; an existing <dir> holding files other
                         than cobenefits outputs is refused, untouched (exit 3), as are paths
                         under /proc, /sys or /dev and paths that are files
                         With an impacts section: exposure.json, health.csv and .json,
                         valuation.csv and .json (see cobenefits crf)
  --charts               with --out: render charts (SVG and Vega-Lite JSON) into <dir>/charts
  --quadrant-species <s> air pollutant of the co-benefit quadrant (default PM2.5, if computed)
  --quiet                no progress indicator on stderr
${DRAW_USAGE}`;

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
      ...DRAW_OPTIONS,
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
    const plan = compileScenarioFile(readText(file), { fileName: basename(file), ...(values.metric === undefined ? {} : { metrics: values.metric }) });
    const species = quadrantSpecies(plan.species, values["quadrant-species"]); // checked before computing
    progress.stage("compiled; evaluating activity rows");
    const result = evaluateScenario(plan, { onProgress: (done, total) => progress.stage("evaluating activity rows", done, total) });
    const report = reportOf(plan, result);
    const costs = costReport(plan, result, report.balance); // undefined without a costs section
    const impacts = impactsOutputs(plan, result); // undefined without an impacts section
    const temperature = temperatureOfRun(plan, result); // undefined without impacts.climate
    progress.stage("drawing the uncertain inputs, if any");
    const draws = drawsOf(plan, values, costs?.costs);
    if (draws !== undefined) io.stderr.write(`cobenefits: ${drawsLine(draws)}\n`);
    if (format === "table") io.stdout.write(`${[formatResultTable(result, report.summary), formatEnergyBalance(report.balance, result.years), formatLifetimeReductions(report.lifetime), costs?.text ?? "", impacts?.text ?? "", temperature === undefined ? "" : formatTemperatureResponse(temperature, result)].filter((t) => t !== "").join("\n\n")}\n`);
    else if (format === "csv") io.stdout.write(draws === undefined ? tidyTableToCsv(report.tidy) : drawFiles(draws, report)[0]!.content);
    else io.stdout.write(`${JSON.stringify({ name: result.name, years: result.years, metrics: result.metrics, emissions: report.tidy, co2e: report.co2e, summary: report.summary, attribution: result.attribution, attributionBySector: result.attributionBySector, provenance: report.provenance, energy: report.energy, lifetime: { method: report.lifetime.method, rows: report.lifetimeRows }, missing: result.missing, overlaps: result.overlaps, ...(result.perUnit.length === 0 ? {} : { perUnit: result.perUnit }), ...(result.stocks.length === 0 ? {} : { stocks: result.stocks }), ...(costs === undefined ? {} : { costs: costs.costs }), ...(draws === undefined ? {} : { uncertainty: draws }), ...(temperature === undefined ? {} : { temperature }) }, null, 2)}\n`);
    if (values.out !== undefined) {
      progress.stage("writing outputs");
      const files = [...outputFiles(report, result), ...(costs?.files ?? []), ...(impacts?.files ?? []), ...temperatureFiles(temperature)];
      for (const f of draws === undefined ? [] : drawFiles(draws, report)) {
        const at = files.findIndex((g) => g.name === f.name);
        if (at < 0) files.push(f);
        else files[at] = f; // emissions.csv and co2e.csv with their range columns
      }
      if (values.charts) {
        for (const { name, spec } of [...chartSpecs(result, species), ...(costs?.charts() ?? []), ...(impacts?.charts ?? []), ...temperatureCharts(temperature, result)]) {
          progress.stage(`rendering ${name}`);
          files.push({ name: `charts/${name}.vl.json`, content: `${JSON.stringify(spec, null, 2)}\n` }, { name: `charts/${name}.svg`, content: await renderSvg(spec) });
        }
        for (const { name, spec } of draws === undefined ? [] : drawCharts(draws, result.name)) {
          progress.stage(`rendering ${name}`);
          files.push({ name: `charts/${name}.vl.json`, content: `${JSON.stringify(spec, null, 2)}\n` }, { name: `charts/${name}.svg`, content: await renderSvg(spec) });
        }
      }
      const written = writeOutputFolder(values.out, files, (p) => isRunOutput(p) || isImpactsOutput(p));
      progress.end();
      io.stderr.write(`cobenefits: wrote ${written.length} files to ${values.out}\n`);
    } else progress.end();
    return EXIT.ok;
  },
};
