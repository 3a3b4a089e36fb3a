import { compileScenario } from "../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../src/scenario/evaluate/evaluateScenario.js";
import { evaluateScenarioFast } from "../src/scenario/evaluate/evaluateScenarioFast.js";
import { scenarioSchema } from "../src/scenario/scenario.js";
import { withPenetrations } from "../src/scenario/withPenetrations.js";
import { cityScenario } from "./cityScenario.js";
import { bigintCoalitionLoop, coalitionJobs, floatCoalitionLoop, scaledJobs } from "./coalitionLoop.js";
import { medianMs } from "./measure.js";

// The city scenario's figures (docs/performance.md, "City scenario"): compile, the fast and the
// exact evaluation, each against a hand-written loop of the plan's own coalition arithmetic
// (bench/coalitionLoop.ts) timed in the same rounds.

type Report = (name: string, value: string, target: string, pass?: boolean) => void;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x (${ms(a)} vs ${ms(b)})`;

export function cityFigures(report: Report): void {
  const scenario = cityScenario();
  let plan = compileScenario(scenario);
  const rows = plan.lineages.length;
  const perRow = Math.max(...plan.lineages.map((l) => l.measures.length));
  // compileScenario against validating the same scenario with its schema alone (issue 9 target),
  // alternated in the same rounds.
  const [compileMs, schemaMs] = medianMs([() => (plan = compileScenario(scenario)), () => scenarioSchema.parse(scenario)], 7, 2);
  report(`city: compileScenario (${rows} rows, ${plan.measures.length} measures, ${plan.years.length} years, ${plan.species.length} species)`, ms(compileMs!), "-");
  report("city: compileScenario / validating the scenario with its schema alone (same rounds)", ratio(compileMs!, schemaMs!), "<= 10x", compileMs! / schemaMs! <= 10);

  const jobs = coalitionJobs(plan);
  report("city: coalition multiply-adds the plan needs (rows x years x species x templates x combinations)", jobs.multiplyAdds.toLocaleString("en"), "-");
  let sink = 0;
  const [fastMs, floatMs] = medianMs([() => evaluateScenarioFast(plan), () => (sink += floatCoalitionLoop(jobs))], 41, 10);
  report(`city: evaluateScenarioFast incl. Shapley (median of 41 after 10 warm-up; <= ${perRow} measures per row)`, ms(fastMs!), "< 16 ms", fastMs! < 16);
  report("city: evaluateScenarioFast / hand-written Float64Array coalition loop (same rounds)", ratio(fastMs!, floatMs!), "<= 10x", fastMs! / floatMs! <= 10);
  // A slider moves two measures: the new plan keeps the old one's coefficients (cached per plan).
  const ramp = (to: string) => ({ kind: "interp" as const, points: [{ year: 2025, value: "0" }, { year: 2035, value: to }] });
  const moved = () => withPenetrations(plan, { "electric-buses": ramp("0.4"), "boilers-to-gas": ramp("0.8") });
  const slid = moved();
  const slidJobs = coalitionJobs(slid);
  const [slidMs, slidFloatMs] = medianMs([() => evaluateScenarioFast(slid), () => (sink += floatCoalitionLoop(slidJobs))], 41, 10);
  report("city: after withPenetrations, evaluateScenarioFast / hand-written Float64Array loop (same rounds)", ratio(slidMs!, slidFloatMs!), "<= 10x", slidMs! / slidFloatMs! <= 10);
  const [penMs] = medianMs([moved], 11, 2);
  report("city: withPenetrations (two measures' schedules changed)", ms(penMs!), "-");
  const [firstMs] = medianMs([() => evaluateScenarioFast(moved())], 11, 2);
  report("city: withPenetrations then its first evaluateScenarioFast (the slider's whole step)", ms(firstMs!), "-");
  const [rowsMs] = medianMs([() => evaluateScenarioFast(plan).attribution.length + evaluateScenarioFast(plan).emissions.length], 21, 5);
  report("city: evaluateScenarioFast with its emission and attribution rows read (built on demand)", ms(rowsMs! / 2), "-");

  const scaled = scaledJobs(jobs);
  let bigSink = 0n;
  const [exactMs, bigintMs] = medianMs([() => evaluateScenario(plan), () => (bigSink += bigintCoalitionLoop(scaled))], 7, 1);
  report("city: evaluateScenario, exact (median of 7 after 1 warm-up)", ms(exactMs!), "< 1000 ms", exactMs! < 1000);
  report("city: evaluateScenario / hand-written scaled-integer (BigInt) coalition loop (same rounds)", ratio(exactMs!, bigintMs!), "<= 10x", exactMs! / bigintMs! <= 10);
  report("city: exact / fast", `${(exactMs! / fastMs!).toFixed(0)}x`, "-");
  const exact = evaluateScenario(plan).co2e.at(-1)!;
  const fast = evaluateScenarioFast(plan).co2e.at(-1)!;
  const deviation = Math.abs(fast.reduction - Number(exact.reduction)) / Math.abs(Number(exact.reduction));
  report(`city: ${fast.year} CO2e reduction (${fast.metric}), fast vs exact, relative difference`, deviation.toExponential(1), "<= 1e-9", deviation <= 1e-9);
  const stress = compileScenario(cityScenario({ everyMeasureEverywhere: true }));
  const [stressMs] = medianMs([() => evaluateScenarioFast(stress)], 5, 2);
  report("city stress: 10 measures on every row (2^10 combinations each), evaluateScenarioFast", ms(stressMs!), "-");
  if (!Number.isFinite(sink) || bigSink === -1n) console.error("(reference loops' sums, printed so they are used)", sink, bigSink);
}
