import { basename } from "node:path";
import { compileScenarioFile } from "../../files/parseScenarioFile.js";
import { comparisonCharts } from "../../report/charts/comparisonCharts.js";
import { formatComparison } from "../../report/formatComparison.js";
import { LANGUAGES } from "../../report/labels/labels.js";
import { reportLabels } from "../../report/labels.js";
import { type ComparedScenario, compareScenarios, comparisonCsv } from "../../report/scenarioComparison.js";
import { evaluateScenario } from "../../scenario/evaluate/evaluateScenario.js";
import { SPECIES_INFO } from "../../units/species.js";
import { oneOf, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { readText } from "../io.js";
import { languageOption } from "../languageOption.js";
import { progressReporter } from "../progress.js";
import { loadChartStack, renderSvg } from "../renderSvg.js";
import { writeOutputFolder } from "../writeOutputFolder.js";

const usage = `Usage: cobenefits compare <a.yaml> <b.yaml> [more.yaml ...] [options]

Evaluates two or more scenario files and sets them side by side: emissions and reductions per
species, CO2e per metric and each measure's reduction, with each scenario's difference from the
first (the reference, A). A variant can extend its base (extends: base.yaml) and give only what
differs; see docs/scenario-file-reference.md, "extends".
  --metric <name>        climate metric for CO2e (repeatable; replaces every file's metrics)
  --format <f>           table (default), csv (the emissions comparison, exact) or json
  --year <year>          the text table for one year instead of the period total
  --species <s>          the species of the table by measure (default PM2.5, if computed)
  --lang <l>             words of the table and charts: ${LANGUAGES.join(", ")} (default en; names,
                         labels and ids stay as written; zh, ko, ja, mn are machine-prepared)
  --out <dir>            also write comparison-emissions, comparison-co2e and comparison-measures
                         as CSV, and comparison.json (all or nothing, as run --out)
  --charts               with --out: render the comparison charts (SVG and Vega-Lite JSON)
  --quiet                no progress indicator on stderr`;

const COMPARE_FILES = new Set(["comparison-emissions.csv", "comparison-co2e.csv", "comparison-measures.csv", "comparison.json"]);
/** Whether a path in an existing --out folder is one that `compare` writes. */
const isCompareOutput = (path: string) => COMPARE_FILES.has(path) || path === "charts/" || /^charts\/[\w.+-]+\.(?:svg|vl\.json)$/.test(path);

/** Names the scenarios uniquely: each file's scenario name, with the file name where two names are the same. */
function uniqueNames(names: readonly string[], files: readonly string[]): string[] {
  const named = names.map((n, i) => (names.filter((m) => m === n).length > 1 ? `${n} (${files[i]})` : n));
  return named.map((n, i) => (named.indexOf(n) !== i ? `${n} #${i + 1}` : n));
}

export const compareCommand: Command = {
  summary: "set two or more scenario files side by side: tables, CSV, charts",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("compare", argv, {
      metric: { type: "string", multiple: true },
      format: { type: "string" },
      year: { type: "string" },
      species: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      charts: { type: "boolean" },
      quiet: { type: "boolean" },
    }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length < 2) throw new CliFailure(EXIT.usage, `cobenefits compare: expected two or more scenario files, got ${positionals.length}\n\n${usage}`);
    const format = oneOf("compare", "format", values.format, ["table", "csv", "json"] as const, "table");
    const lang = languageOption("compare", values.lang);
    const words = reportLabels(lang).messages;
    if (values.charts && values.out === undefined) throw new CliFailure(EXIT.usage, "cobenefits compare: --charts needs --out <dir> to write the charts to");
    const year = values.year === undefined ? undefined : /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
    if (values.year !== undefined && year === undefined) throw new CliFailure(EXIT.usage, `cobenefits compare: --year must be a year such as 2030; got "${values.year}"`);
    const progress = progressReporter(io.stderr, values.quiet === true);
    const evaluated = positionals.map((file, i) => {
      progress.stage(words.progress.evaluatingFile(basename(file), i + 1, positionals.length));
      const plan = compileScenarioFile(readText(file), { fileName: basename(file), filePath: file, readFile: (p) => readText(p), ...(values.metric === undefined ? {} : { metrics: values.metric }) });
      return { plan, result: evaluateScenario(plan) };
    });
    const names = uniqueNames(evaluated.map((e) => e.result.name), positionals.map((f) => basename(f)));
    const scenarios: ComparedScenario[] = evaluated.map(({ plan, result }, i) => ({ name: names[i]!, result, measures: plan.scenario.measures.map((m) => ({ id: m.id, kind: m.kind, label: m.label })) }));
    const comparison = compareScenarios(scenarios);
    if (year !== undefined && !comparison.years.includes(year)) throw new CliFailure(EXIT.usage, `cobenefits compare: --year ${year} is not a year of the scenarios (${comparison.years[0]}-${comparison.years[comparison.years.length - 1]})`);
    const pollutant = values.species;
    if (pollutant !== undefined && !comparison.species.some((s) => s === pollutant)) throw new CliFailure(EXIT.usage, `cobenefits compare: --species must be a species the scenarios compute: ${comparison.species.join(", ")}; got "${pollutant}"`);
    const species = comparison.species.find((s) => s === pollutant) ?? (comparison.species.includes("PM2.5") ? "PM2.5" : comparison.species.find((s) => SPECIES_INFO[s].role !== "greenhouseGas"));
    const csv = comparisonCsv(comparison);
    progress.end();
    if (format === "table") io.stdout.write(`${formatComparison(comparison, { lang, ...(year === undefined ? {} : { year }), ...(species === undefined ? {} : { species }) })}\n`);
    else if (format === "csv") io.stdout.write(csv["comparison-emissions.csv"]!);
    else io.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
    if (values.out !== undefined) {
      const files = [...Object.entries(csv).map(([name, content]) => ({ name, content })), { name: "comparison.json", content: `${JSON.stringify(comparison, null, 2)}\n` }];
      if (values.charts) {
        const stack = await loadChartStack(); // a missing vega is said with its install command (exit 69)
        for (const { name, spec } of comparisonCharts(comparison, lang)) {
          progress.stage(words.progress.rendering(name));
          files.push({ name: `charts/${name}.vl.json`, content: `${JSON.stringify(spec, null, 2)}\n` }, { name: `charts/${name}.svg`, content: await renderSvg(spec, stack) });
        }
        progress.end();
      }
      const written = writeOutputFolder(values.out, files, isCompareOutput);
      if (values.quiet !== true) io.stderr.write(`cobenefits: ${words.wrote(written.length, values.out)}\n`);
    }
    return EXIT.ok;
  },
};
