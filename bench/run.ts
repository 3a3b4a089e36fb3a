import { cpus } from "node:os";
import { compileScenario } from "../src/scenario/compile/compileScenario.js";
import { evaluateInventoryFast } from "../src/inventory/evaluateInventoryFast.js";
import { cityScenario } from "./cityScenario.js";
import { cityFigures } from "./cityFigures.js";
import { handLoop, syntheticInventory } from "./inventory.js";
import { inventoryRouteFigures } from "./inventoryRoute.js";
import { type Figure, medianMs, peakRssMb, retainedMb, table } from "./measure.js";
import { startupFigures } from "./startup.js";
import { uncertaintyFigures } from "./uncertaintyFigures.js";

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

// (s) Start-up of the built command, dist/cli.js (built first if stale), against `node -e 0` (bench/startup.ts).
console.error("start-up of the command ...");
startupFigures(report);

// (b) The city scenario: about 200 rows, 10 measures, 11 years, 12 species, two metrics (bench/cityFigures.ts).
console.error("city scenario ...");
cityFigures(report);
const cityRss = peakRssMb();
report("peak RSS after the city scenarios", mb(cityRss), "-");

// (u) Uncertainty: 1,000 draws of the city scenario against 1,000 fast evaluations (bench/uncertaintyFigures.ts).
console.error("city uncertainty ...");
uncertaintyFigures(report);

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
const scenario = cityScenario();
const { mb: planMb } = retainedMb(() => compileScenario(scenario));
report("city: memory held by a compiled plan", mb(planMb), "-");
const peak = peakRssMb();
report("peak RSS of the whole run (process.resourceUsage().maxRSS)", mb(peak), "< 1024 MB", peak < 1024);

console.log(table(figures));
const failed = figures.filter((f) => f.pass === false).length;
console.log(failed === 0 ? "all targets met" : `${failed} target(s) missed`);
