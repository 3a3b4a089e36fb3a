import { basename } from "node:path";
import { docsUrl } from "../../docsUrl.js";
import { parseCostsSection } from "../../costs/costsSection.js";
import { CobenefitsError, InfeasibleTargetsError, InvalidInputError, ScenarioFileError } from "../../errors.js";
import { issueOfError } from "../../errors.js";
import { compileScenarioFile } from "../../files/parseScenarioFile.js";
import { readJsonScenarioFile } from "../../files/readJsonScenarioFile.js";
import { readYamlScenarioFile } from "../../files/readYamlScenarioFile.js";
import { scenarioFileText } from "../../files/scenarioFileText.js";
import { type LeastCostPortfolio, leastCostPortfolio } from "../../optimise/leastCostPortfolio.js";
import { parseOptimiseSection } from "../../optimise/optimiseSection.js";
import { scenarioCostModel } from "../../optimise/scenarioCostModel.js";
import { parseTargetsSection } from "../../optimise/targetsSection.js";
import { formatPortfolio, portfolioTable, portfolioTableToCsv } from "../../report/portfolioTable.js";
import { parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import { readText } from "../io.js";
import { writeOutputFolder } from "../writeOutputFolder.js";

const usage = `Usage: cobenefits optimise <scenario.yaml|json> [--out <dir>]

Chooses the penetrations of the measures named in the scenario's optimise: section that meet
every target of its targets: section at the least annualised cost (its costs: section, summed
over the target years), and prints the choice, its cost and each target's margin. Method and
limits: docs/optimisation.md. Targets no choice within the bounds meets are refused, naming the
binding target and the best it reaches (exit 1).
  --out <dir>   also write portfolio.csv (the choice, costs, margins) and scenario.yaml (the
                scenario with the chosen penetrations: cobenefits run gives the same numbers).
                <dir> is replaced as a whole; one holding other files is refused (exit 3)`;

/** The files optimise writes to --out. */
const OPTIMISE_FILES = new Set(["portfolio.csv", "scenario.yaml"]);

export const optimiseCommand: Command = {
  summary: "the least-cost penetrations of measures that meet a scenario's targets",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("optimise", argv, { out: { type: "string" } }, usage);
    if (values.help) return io.stdout.write(`${usage}\n`), EXIT.ok;
    if (positionals.length !== 1) throw new CliFailure(EXIT.usage, `cobenefits optimise: expected one scenario file, got ${positionals.length}\n\n${usage}`);
    const file = positionals[0]!;
    const name = basename(file);
    const text = readText(file);
    const plan = compileScenarioFile(text, { fileName: name });
    const s = plan.scenario;
    const absent = (["targets", "optimise", "costs"] as const).filter((k) => s[k] === undefined);
    if (absent.length > 0) throw new CliFailure(EXIT.invalidInput, `${name}: optimise needs the scenario's ${absent.join(", ")} section${absent.length === 1 ? "" : "s"} (${docsUrl("optimisation.md")})`);
    let portfolio: LeastCostPortfolio;
    try {
      const optimise = parseOptimiseSection(s.optimise);
      portfolio = leastCostPortfolio(plan, parseTargetsSection(s.targets), optimise, scenarioCostModel(plan, parseCostsSection(s.costs), optimise));
    } catch (e) {
      if (e instanceof InvalidInputError || e instanceof InfeasibleTargetsError) throw located(text, name, e);
      throw e;
    }
    io.stdout.write(`${formatPortfolio(portfolio)}\n`);
    if (values.out !== undefined) {
      const comment = `Written by cobenefits optimise from ${name}: the least-cost portfolio, with the chosen penetrations of ${portfolio.measures.map((m) => m.measureId).join(", ")}.\nRun it with: cobenefits run scenario.yaml`;
      const written = writeOutputFolder(values.out, [
        { name: "portfolio.csv", content: portfolioTableToCsv(portfolioTable(portfolio)) },
        { name: "scenario.yaml", content: scenarioFileText(portfolio.scenario, comment) },
      ], (p) => OPTIMISE_FILES.has(p));
      io.stderr.write(`cobenefits: wrote ${written.length} files to ${values.out}\n`);
    }
    return EXIT.ok;
  },
};

/** The error with each problem at its line in the scenario file. */
function located(text: string, file: string, e: CobenefitsError): ScenarioFileError {
  const src = file.toLowerCase().endsWith(".json") ? readJsonScenarioFile(text, file) : readYamlScenarioFile(text, file);
  const issues = e instanceof InvalidInputError ? e.issues : [issueOfError(e)];
  return new ScenarioFileError(file, issues.map((i) => ({ ...i, ...src.position(i.path) })), { code: e.code, cause: e });
}
