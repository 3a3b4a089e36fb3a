import { coBenefitSummary, coBenefitSummaryToCsv } from "../report/coBenefitSummary.js";
import { co2eTable, co2eTableToCsv } from "../report/co2eTable.js";
import { factorProvenance, factorProvenanceToCsv } from "../report/factorProvenance.js";
import { tidyTable, tidyTableToCsv } from "../report/tidyTable.js";
import { toCsv } from "../report/csv.js";
import { coBenefitQuadrantChart } from "../report/charts/coBenefitQuadrantChart.js";
import { reductionsByMeasureChart } from "../report/charts/reductionsByMeasureChart.js";
import { trajectoriesChart } from "../report/charts/trajectoriesChart.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";
import type { Plan } from "../scenario/plan.js";
import type { ScenarioResult } from "../scenario/scenarioResult.js";
import { SPECIES_INFO, type Species } from "../units/species.js";

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** Everything `run` writes to `--out`: tables as CSV and JSON, the summary, provenance, the whole result. */
export function outputFiles(plan: Plan, result: ScenarioResult): { name: string; content: string }[] {
  const tidy = tidyTable(result);
  const co2e = co2eTable(result);
  const summary = coBenefitSummary(result, plan.scenario);
  const provenance = factorProvenance(plan);
  return [
    { name: "emissions.csv", content: tidyTableToCsv(tidy) },
    { name: "emissions.json", content: json(tidy) },
    { name: "co2e.csv", content: co2eTableToCsv(co2e) },
    { name: "co2e.json", content: json(co2e) },
    { name: "summary.csv", content: coBenefitSummaryToCsv(summary) },
    { name: "summary.json", content: json(summary) },
    { name: "provenance.csv", content: factorProvenanceToCsv(provenance) },
    { name: "provenance.json", content: json(provenance) },
    { name: "missing.csv", content: toCsv(["activityId", "sector", "fuel", "technology", "species", "reason"], result.missing) },
    { name: "result.json", content: json(result) },
  ];
}

/** The air pollutant on the quadrant's y axis: the one asked for, else PM2.5, else the first computed. */
export function quadrantSpecies(result: ScenarioResult, asked: string | undefined): Species | undefined {
  const pollutants = result.species.filter((s) => SPECIES_INFO[s].role !== "greenhouseGas");
  if (asked !== undefined) return asked as Species;
  return pollutants.includes("PM2.5") ? "PM2.5" : pollutants[0];
}

/** The chart specifications `run --charts` renders: reductions, trajectories, one quadrant per metric. */
export function chartSpecs(result: ScenarioResult, species: Species | undefined): { name: string; spec: VegaLiteSpec }[] {
  const charts = [
    { name: "reductions-by-measure", spec: reductionsByMeasureChart(result) },
    { name: "trajectories", spec: trajectoriesChart(result) },
  ];
  if (species !== undefined) for (const metric of result.metrics) charts.push({ name: `co-benefit-quadrant-${metric}`, spec: coBenefitQuadrantChart(result, { metric, species }) });
  return charts;
}
