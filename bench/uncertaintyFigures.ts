import { compileScenario } from "../src/scenario/compile/compileScenario.js";
import { evaluateScenarioFast } from "../src/scenario/evaluate/evaluateScenarioFast.js";
import { runUncertainty } from "../src/uncertainty/runUncertainty.js";
import type { UncertaintySection } from "../src/uncertainty/uncertaintySection.js";
import { cityScenario } from "./cityScenario.js";
import { medianMs } from "./measure.js";

// Issue 12's speed target for uncertainty (docs/performance.md): 1,000 draws of the city scenario
// with attribution in at most 1.5x the time of 1,000 fast evaluations of its plan, both timed in
// the same rounds. The draws vary every factor row with a published interval, two measures'
// removals and one penetration (Latin hypercube, fixed seed); the time includes the percentiles.

type Report = (name: string, value: string, target: string, pass?: boolean) => void;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

const SECTION: UncertaintySection = {
  draws: 1000, seed: 20260101, sampling: "latinHypercube",
  factors: { select: "withInterval" },
  measures: [
    { id: "boiler-filters-fgd", removal: { SO2: { distribution: "triangular", low: "0.8", mode: "0.9", high: "0.95" } } },
    { id: "low-nox-burners", removal: { NOx: { distribution: "uniform", low: "0.3", high: "0.5" } } },
    { id: "electric-buses", penetration: { distribution: "uniform", low: "0.7", high: "1.1" } },
  ],
};

export function uncertaintyFigures(report: Report): void {
  const plan = compileScenario(cityScenario());
  const thousandFast = () => {
    for (let i = 0; i < 1000; i++) evaluateScenarioFast(plan);
  };
  let inputs = 0;
  const draws = () => (inputs = runUncertainty(plan, SECTION).inputs.length);
  const [drawMs, fastMs] = medianMs([draws, thousandFast], 2, 1);
  report(`city uncertainty: 1,000 draws with attribution and percentiles (${inputs} inputs, Latin hypercube)`, ms(drawMs!), "-");
  report("city uncertainty: 1,000 fast evaluations of the plan (same rounds)", ms(fastMs!), "-");
  const ratio = drawMs! / fastMs!;
  report("city uncertainty: 1,000 draws / 1,000 fast evaluations", `${ratio.toFixed(2)}x`, "<= 1.5x", ratio <= 1.5);
}
