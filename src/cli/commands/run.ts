import { basename } from "node:path";
import { readText } from "../io.js";
import { formatResultTable } from "../../report/formatTable.js";
import { formatEnergyBalance } from "../../report/formatEnergyBalance.js";
import { formatLifetimeReductions } from "../../report/formatLifetimeReductions.js";
import { reportLabels } from "../../report/labels.js";
import { LANGUAGES } from "../../report/labels/labels.js";
import { languageOption } from "../languageOption.js";
import { tidyTableToCsv } from "../../report/tidyTable.js";
import { evaluateScenario } from "../../scenario/evaluate/evaluateScenario.js";
import { compileScenarioFile } from "../../files/parseScenarioFile.js";
import { oneOf, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { forExcel } from "../forExcel.js";
import { missingFactorsNote } from "../missingFactorsNote.js";
import { chartSpecs, isRunOutput, outputFiles, quadrantSpecies, reportOf } from "../outputFiles.js";
import { progressReporter } from "../progress.js";
import { type ChartStack, loadChartStack, renderSvg } from "../renderSvg.js";
import { PROCESS_STDIN, type StandardInput, readScenarioInput } from "../scenarioInput.js";
import { tableYear } from "../tableYear.js";
import { DRAW_OPTIONS, DRAW_USAGE } from "./drawOptions.js";
import { isImpactsOutput } from "../analysisOutputFiles.js";

const usage = `Usage: cobenefits run <scenario.yaml|json|-> [options]

Evaluates a scenario file (- reads it from standard input) and prints the result.
  --metric <name>        climate metric for CO2e (repeatable; replaces the file's metrics;
                         no metric, no CO2e). See: cobenefits metrics
  --format <f>           table (default), csv (the tidy long table), json, or xlsx (a workbook:
                         one sheet per table, numbers as numbers rounded to 4 significant
                         digits, units in the headers, a README sheet with the citations;
                         needs --out, written as <dir>/result.xlsx)
  --lang <l>             words of the text table, the xlsx workbook and the charts:
                         ${LANGUAGES.join(", ")} (default en; scenario names, measure ids and
                         labels stay as written; CSV and JSON keep English column names;
                         zh, ko, ja, mn are machine-prepared, awaiting review)
  --year <year>          the year of the table's emissions section (default the last)
  --excel                CSV for Excel: a UTF-8 byte order mark at the start of every CSV, so
                         that Excel shows Chinese, Korean, Japanese and Mongolian text right
                         (the readers of cobenefits accept CSV with and without it)
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
  --charts               with --out: render charts (SVG and Vega-Lite JSON) into <dir>/charts;
                         needs the optional packages vega and vega-lite (exit 69 without them)
  --quadrant-species <s> air pollutant of the co-benefit quadrant (default PM2.5, if computed)
  --quiet                print nothing on success (no progress, no summary lines on stderr)
${DRAW_USAGE}

Missing emission factors (onMissingFactor: omit) are marked in every format (the column
"complete" of the emissions table, flags "incomplete", missing.csv) and summed up on stderr.`;

/** What `run` reads from outside its arguments, injectable for tests. */
export interface RunDependencies {
  readonly stdin: StandardInput;
  readonly loadCharts: () => Promise<ChartStack>;
}

/**
 * The `run` command with its dependencies given: standard input (for `-`) and the loader of the
 * chart packages (for `--charts`), so tests can pipe a scenario in and simulate absent packages.
 *
 * @param deps - standard input and the chart loader
 * @returns the command
 */
export function runCommandWith(deps: RunDependencies): Command {
  return {
    summary: "evaluate a scenario file: tables, CSV, JSON, xlsx, charts",
    usage,
    async run(argv, io) {
      const { values, positionals } = parseCommandArgs("run", argv, {
        metric: { type: "string", multiple: true },
        format: { type: "string" },
        year: { type: "string" },
        lang: { type: "string" },
        excel: { type: "boolean" },
        out: { type: "string" },
        charts: { type: "boolean" },
        "quadrant-species": { type: "string" },
        quiet: { type: "boolean" },
        ...DRAW_OPTIONS,
      }, usage);
      if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
      if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits run: expected one scenario file, got ${positionals.length}\n\n${usage}`);
      const format = oneOf("run", "format", values.format, ["table", "csv", "json", "xlsx"] as const, "table");
      const labels = reportLabels(languageOption("run", values.lang));
      if (values.charts && values.out === undefined) throw new CliFailure(EXIT.usage, "cobenefits run: --charts needs --out <dir> to write the charts to");
      if (format === "xlsx" && values.out === undefined) throw new CliFailure(EXIT.usage, "cobenefits run: --format xlsx writes a workbook file: give --out <dir> (it is written as <dir>/result.xlsx)");
      const metrics = values.metric;
      const repeated = metrics?.find((m, i) => metrics.indexOf(m) !== i);
      if (repeated !== undefined) throw new CliFailure(EXIT.usage, `cobenefits run: --metric ${repeated} is given twice`);
      const quiet = values.quiet === true;
      const csv = values.excel === true ? forExcel : (text: string) => text;
      const file = positionals[0]!;
      const progress = progressReporter(io.stderr, quiet);
      const charts = values.charts === true ? await deps.loadCharts() : undefined; // before the work: a missing package is said at once
      const input = readScenarioInput(file, deps.stdin);
      const plan = compileScenarioFile(input.text, { fileName: file === "-" ? input.fileName : basename(file), ...(input.format === undefined ? {} : { format: input.format }), ...(file === "-" ? {} : { filePath: file, readFile: (p: string) => readText(p) }), ...(values.metric === undefined ? {} : { metrics: values.metric }) });
      const year = tableYear(plan.years, values.year);
      const species = quadrantSpecies(plan.species, values["quadrant-species"]); // checked before computing
      progress.stage("compiled; evaluating activity rows");
      const result = evaluateScenario(plan, { onProgress: (done, total) => progress.stage("evaluating activity rows", done, total) });
      const report = reportOf(plan, result);
      // The analysis layers are loaded only for the sections the scenario has (and draws only
      // when it has an uncertainty section or an option asks for them): a scenario without them
      // does not parse their code (docs/performance.md, "Start-up").
      const costs = plan.scenario.costs === undefined ? undefined : (await import("../costOutputs.js")).costReport(plan, result, report.balance);
      const impacts = plan.scenario.impacts === undefined ? undefined : (await import("../impactsOutputs.js")).impactsOutputs(plan, result);
      const climate = plan.scenario.impacts === undefined ? undefined : await import("../temperatureOutputs.js");
      const temperature = climate?.temperatureOfRun(plan, result); // undefined without impacts.climate
      progress.stage("drawing the uncertain inputs, if any");
      const drawing = plan.scenario.uncertainty !== undefined || values.draws !== undefined || values.seed !== undefined || values.sampling !== undefined ? await import("./runDraws.js") : undefined;
      const drawn = drawing?.drawsOf(plan, values, costs?.costs, result);
      const draws = drawing === undefined || drawn === undefined ? undefined : { ...drawing, of: drawn };
      if (draws !== undefined && !quiet) io.stderr.write(`cobenefits: ${draws.drawsLine(draws.of)}\n`);
      if (format === "table") {
        const width = io.stdout.isTTY === true ? io.stdout.columns : undefined;
        io.stdout.write(`${[formatResultTable(result, report.summary, { labels, ...(year === undefined ? {} : { year }), ...(width === undefined ? {} : { width }) }), formatEnergyBalance(report.balance, result.years, labels), formatLifetimeReductions(report.lifetime, labels), costs?.text ?? "", impacts?.text ?? "", climate?.temperatureText(temperature, result) ?? "", draws?.impactsRangesText(draws.of, result, labels) ?? ""].filter((t) => t !== "").join("\n\n")}\n`);
      } else if (format === "csv") io.stdout.write(csv(draws === undefined ? tidyTableToCsv(report.tidy) : draws.drawFiles(draws.of, report)[0]!.content));
      else if (format === "json") io.stdout.write(`${JSON.stringify({ name: result.name, years: result.years, metrics: result.metrics, emissions: report.tidy, co2e: report.co2e, summary: report.summary, attribution: result.attribution, attributionBySector: result.attributionBySector, provenance: report.provenance, energy: report.energy, lifetime: { method: report.lifetime.method, rows: report.lifetimeRows }, missing: result.missing, overlaps: result.overlaps, ...(result.perUnit.length === 0 ? {} : { perUnit: result.perUnit }), ...(result.stocks.length === 0 ? {} : { stocks: result.stocks }), ...(costs === undefined ? {} : { costs: costs.costs }), ...(draws === undefined ? {} : { uncertainty: draws.of }), ...(temperature === undefined ? {} : { temperature }) }, null, 2)}\n`);
      if (!quiet) {
        const note = missingFactorsNote(result);
        if (note !== "") io.stderr.write(note);
      }
      if (values.out !== undefined) {
        progress.stage("writing outputs");
        const texts = [...outputFiles(report, result), ...(costs?.files ?? []), ...(impacts?.files ?? []), ...(climate?.temperatureFiles(temperature) ?? [])];
        for (const f of draws === undefined ? [] : draws.drawFiles(draws.of, report)) {
          const at = texts.findIndex((g) => g.name === f.name);
          if (at < 0) texts.push(f);
          else texts[at] = f; // emissions.csv and co2e.csv with their range columns
        }
        const files: { name: string; content: string | Uint8Array }[] = texts.map((f) => (f.name.endsWith(".csv") ? { ...f, content: csv(f.content) } : f));
        if (format === "xlsx") {
          progress.stage("writing result.xlsx");
          files.push({ name: "result.xlsx", content: await (await import("../../report/xlsxWorkbook.js")).xlsxWorkbook(plan, result, report, labels) }); // the xlsx writer only for xlsx
        }
        if (charts !== undefined) {
          for (const { name, spec } of [...chartSpecs(plan, result, species, labels), ...(costs?.charts() ?? []), ...(impacts?.charts ?? []), ...(climate?.temperatureCharts(temperature, result) ?? []), ...(draws === undefined ? [] : draws.drawCharts(draws.of, result.name))]) {
            progress.stage(`rendering ${name}`);
            files.push({ name: `charts/${name}.vl.json`, content: `${JSON.stringify(spec, null, 2)}\n` }, { name: `charts/${name}.svg`, content: await renderSvg(spec, charts) });
          }
        }
        const { writeOutputFolder } = await import("../writeOutputFolder.js"); // with node:crypto, only for --out
        const written = writeOutputFolder(values.out, files, (p) => isRunOutput(p) || isImpactsOutput(p));
        progress.end();
        if (!quiet) io.stderr.write(`cobenefits: wrote ${written.length} files to ${values.out}\n`);
      } else progress.end();
      return EXIT.ok;
    },
  };
}

/** `cobenefits run`: the process's standard input, the installed chart packages. */
export const runCommand: Command = runCommandWith({ stdin: PROCESS_STDIN, loadCharts: () => loadChartStack() });
