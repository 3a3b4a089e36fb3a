/**
 * Runs the northern-city worked scenario end to end and prints, for 2035: baseline and scenario
 * emissions, each measure's Shapley and standalone reductions, CO2e under two named metrics, and
 * the trade-off flags. `npm run example`.
 */
import { compileScenario, evaluateScenario, toDec } from "cobenefits";
import { NORTHERN_CITY } from "./scenario.js";

const result = evaluateScenario(compileScenario(NORTHERN_CITY));
const year = 2035;
const shown = ["PM2.5", "PM10", "BC", "SO2", "NOx", "CO2"] as const;
const f = (v: string | undefined, d = 1) => toDec(v ?? "0").toFixed(d).padStart(11);
const sum = (field: "baseline" | "scenario" | "reduction", s: string) =>
  result.emissions.filter((e) => e.year === year && e.species === s).reduce((a, e) => a.plus(e[field]), toDec("0")).toString();

console.log(`${result.name}\nAll inputs marked illustrative; factors cited (EMEP/EEA 2019, IPCC 2006, MEE/NBS 2022 grid).\n`);
console.log(`Emissions in ${year} [t/yr], direct + indirect`);
console.log(["".padEnd(28), ...shown.map((s) => s.padStart(11))].join(""));
for (const field of ["baseline", "scenario", "reduction"] as const) console.log([field.padEnd(28), ...shown.map((s) => f(sum(field, s)))].join(""));

console.log(`\nShapley share of the ${year} reduction by measure [t/yr] (order-independent; sums to the reduction above)`);
console.log(["measure".padEnd(28), ...shown.map((s) => s.padStart(11)), "CO2e AR6".padStart(11), "+BC Bond".padStart(11)].join(""));
for (const m of NORTHERN_CITY.measures) {
  const cells = shown.map((s) => f(result.attribution.find((a) => a.year === year && a.measure === m.id && a.species === s)?.shapley));
  const co2e = NORTHERN_CITY.metrics.map((metric) => f(result.co2eAttribution.find((a) => a.year === year && a.measure === m.id && a.metric === metric)?.shapley, 0));
  console.log([m.id.padEnd(28), ...cells, ...co2e].join(""));
}

console.log(`\nCO2e in ${year} [t CO2-eq/yr]`);
for (const c of result.co2e.filter((x) => x.year === year)) {
  console.log(`  ${c.metric.padEnd(30)} baseline ${f(c.baseline, 0)}  scenario ${f(c.scenario, 0)}  reduction ${f(c.reduction, 0)}  (species: ${c.speciesIncluded.join(", ")})`);
}

console.log("\nCo-benefits and trade-offs over 2026-2035 (standalone effect, AR6-GWP100)");
for (const t of result.tradeOffs.filter((x) => x.metric === "AR6-GWP100")) {
  console.log(`  ${t.measure.padEnd(28)} CO2e ${f(t.co2eReduction, 0)} t  ${t.flags.join(", ")}`);
}
console.log("\nNo factor in the tables (listed, not set to zero):");
const gaps = new Map<string, Set<string>>();
for (const m of result.missing) {
  const key = `${m.activityId} as ${m.fuel}${m.technology === undefined ? "" : ` (${m.technology})`}`;
  gaps.set(key, (gaps.get(key) ?? new Set()).add(m.species));
}
for (const [key, species] of gaps) console.log(`  ${key}: ${[...species].join(", ")}`);
