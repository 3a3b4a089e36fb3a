import { cpus } from "node:os";
import { compileScenario } from "../src/scenario/compile/compileScenario.js";
import { evaluateInventoryFast } from "../src/inventory/evaluateInventoryFast.js";
import { evaluateScenario } from "../src/scenario/evaluate/evaluateScenario.js";
import { evaluateScenarioFast } from "../src/scenario/evaluate/evaluateScenarioFast.js";
import { cityScenario } from "./cityScenario.js";
import { handLoop, syntheticInventory } from "./inventory.js";
import { inventoryRouteFigures } from "./inventoryRoute.js";
import { type Figure, medianMs, peakRssMb, retainedMb, table } from "./measure.js";

// `npm run bench`: the performance figures of docs/performance.md, measured in one run, each with
// its target. Never run by `npm test`. Every input is built from a fixed seed.

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const mb = (x: number) => `${x.toFixed(1)} MB`;
const figures: Figure[] = [];
const report = (name: string, value: string, target: string, pass?: boolean) => {
  figures.push({ name, value, target, pass });
  console.error(`  ${name}: ${value}`);
};

console.error(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"})`);

// (b) The city scenario: about 200 rows, 10 measures, 11 years, 12 species, two metrics.
console.error("city scenario ...");
const scenario = cityScenario();
let plan = compileScenario(scenario);
const rows = plan.lineages.length;
const perRow = Math.max(...plan.lineages.map((l) => l.measures.length));
const [compileMs] = medianMs([() => (plan = compileScenario(scenario))], 3, 1);
report(`city: compileScenario (${rows} rows, ${plan.measures.length} measures, ${plan.years.length} years, ${plan.species.length} species)`, ms(compileMs!), "-");
const [fastMs] = medianMs([() => evaluateScenarioFast(plan)], 31, 10);
report(`city: evaluateScenarioFast incl. Shapley (median of 31 after 10 warm-up; <= ${perRow} measures per row)`, ms(fastMs!), "< 16 ms", fastMs! < 16);
const [exactMs] = medianMs([() => evaluateScenario(plan)], 5, 1);
report("city: evaluateScenario, exact (median of 5 after 1 warm-up)", ms(exactMs!), "< 1000 ms", exactMs! < 1000);
report("city: exact / fast", `${(exactMs! / fastMs!).toFixed(0)}x`, "-");
const exact = evaluateScenario(plan).co2e.at(-1)!;
const fast = evaluateScenarioFast(plan).co2e.at(-1)!;
const deviation = Math.abs(fast.reduction - Number(exact.reduction)) / Math.abs(Number(exact.reduction));
report(`city: ${fast.year} CO2e reduction (${fast.metric}), fast vs exact, relative difference`, deviation.toExponential(1), "<= 1e-9", deviation <= 1e-9);
const stress = compileScenario(cityScenario({ everyMeasureEverywhere: true }));
const [stressMs] = medianMs([() => evaluateScenarioFast(stress)], 5, 2);
report("city stress: 10 measures on every row (2^10 combinations each), evaluateScenarioFast", ms(stressMs!), "-");
const cityRss = peakRssMb();
report("peak RSS after the city scenarios", mb(cityRss), "-");

// (a) A national inventory: 1,000,000 rows x 12 species, against a hand-written Float64Array loop.
console.error("national inventory ...");
const inventory = syntheticInventory(1_000_000, 12);
const { amounts, coefficients, modifiers, species } = inventory;
const inputMb = (amounts.byteLength + coefficients.byteLength + modifiers!.byteLength) / 2 ** 20;
const [libraryMs, handMs] = medianMs([() => evaluateInventoryFast(inventory), () => handLoop(amounts, coefficients, modifiers!, species)], 15, 3);
report("inventory 1M x 12: evaluateInventoryFast (median of 15 after 3 warm-up)", ms(libraryMs!), "-");
report("inventory 1M x 12: hand-written Float64Array loop (same rounds)", ms(handMs!), "-");
report("inventory 1M x 12: library / hand loop", `${(libraryMs! / handMs!).toFixed(2)}x`, "<= 2x", libraryMs! / handMs! <= 2);
const library = evaluateInventoryFast(inventory);
const hand = handLoop(amounts, coefficients, modifiers!, species);
const same = library.every((t, s) => t === hand[s]);
report("inventory 1M x 12: library totals equal the hand loop's", same ? "bit for bit" : "differ", "equal", same);

// (a2) The inventory route from columns and from CSV files against pandas, each in its own process (bench/inventoryRoute.ts).
inventoryRouteFigures(report);

// (c) Memory.
const { mb: retained } = retainedMb(() => evaluateInventoryFast(inventory));
report(`inventory: memory held by evaluateInventoryFast beyond its ${mb(inputMb)} input`, mb(Math.max(0, retained)), "< 1 MB (no copy)", retained < 1);
const { mb: planMb } = retainedMb(() => compileScenario(scenario));
report("city: memory held by a compiled plan", mb(planMb), "-");
const peak = peakRssMb();
report("peak RSS of the whole run (process.resourceUsage().maxRSS)", mb(peak), "< 1024 MB", peak < 1024);

console.log(table(figures));
const failed = figures.filter((f) => f.pass === false).length;
console.log(failed === 0 ? "all targets met" : `${failed} target(s) missed`);
