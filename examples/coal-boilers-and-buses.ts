/**
 * Worked example: a cited, exact emission inventory for a northern Chinese city's coal-fired
 * heating boilers, household coal stoves and diesel bus fleet, with CO2e under named metrics.
 *
 * The activity data are ILLUSTRATIVE (round numbers of a plausible size), not published
 * statistics. Every emission factor comes from the built-in cited tables; run it with
 * `npm run example`.
 */
import {
  type ActivityRow,
  combineMetrics,
  computeEmissions,
  createFactorSet,
  getCitation,
  lookupGridFactor,
  type Species,
  toCo2e,
  toDec,
} from "cobenefits";

const activities: ActivityRow[] = [
  // 120 kt/yr of bituminous coal in commercial/institutional heating boilers; local coal NCV 20.9 GJ/t (illustrative)
  { id: "heating-boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "120", unit: "kt" }, netCalorificValue: { value: "20.9", unit: "GJ/t" } },
  // 35 kt/yr of raw coal in household stoves
  { id: "household-stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", activityLevel: { value: "35", unit: "kt" }, netCalorificValue: { value: "20.9", unit: "GJ/t" } },
  // 2,000 Euro IV diesel urban buses x 60,000 km/yr
  { id: "buses-euro-iv", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", activityLevel: { value: "1.2e8", unit: "vkm" }, fuelConsumption: { value: "330", unit: "g/vkm" } },
  // 50 GWh/yr of electricity for heat pumps already installed
  { id: "heat-pumps", sector: "1.A.4.b.i", fuel: "electricity", activityLevel: { value: "50", unit: "GWh" } },
];

const species: Species[] = ["PM2.5", "BC", "SO2", "NOx", "CO2", "CH4", "N2O"];
const inventory = computeEmissions(activities, {
  factors: createFactorSet(),
  species,
  gridFactor: lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" }),
  onMissingFactor: "omit",
});

const fmt = (d: string) => toDec(d).toFixed(1).padStart(12);
console.log("Emissions by source [t/yr] (illustrative activity, cited factors)\n");
console.log(["source".padEnd(18), ...species.map((s) => s.padStart(12))].join(""));
for (const a of activities) {
  const cells = species.map((s) => {
    const row = inventory.rows.find((r) => r.activityId === a.id && r.species === s);
    return row === undefined ? "n/a".padStart(12) : fmt(row.value);
  });
  console.log([a.id.padEnd(18), ...cells].join(""));
}
for (const scope of ["direct", "indirect"] as const) {
  const cells = species.map((s) => {
    const t = inventory.totals.find((x) => x.species === s && x.scope === scope);
    return t === undefined ? "-".padStart(12) : `${fmt(t.value).trimStart()}${t.complete ? "" : "*"}`.padStart(12);
  });
  console.log([`total ${scope}`.padEnd(18), ...cells].join(""));
}
console.log("(* partial: some activities have no factor for this species)");

console.log("\nNot computed (no factor in the tables, listed rather than set to zero):");
for (const m of inventory.missing) console.log(`  ${m.activityId} ${m.species}`);

console.log("");
// CO2e of direct emissions; grid electricity (indirect) is reported apart above
const total = (s: Species) => inventory.totals.find((t) => t.species === s && t.scope === "direct")?.value ?? "0";
for (const metric of ["AR6-GWP100", "AR6-GWP100-fossilCH4"]) {
  const co2e = (["CO2", "CH4", "N2O"] as const).reduce((sum, s) => sum.plus(toCo2e(total(s), s, metric)), toDec("0"));
  console.log(`CO2e of CO2 + CH4 + N2O under ${metric}: ${co2e.toFixed(0)} t/yr`);
}
const withBc = combineMetrics("AR6-GWP100", "Bond2013-GWP100");
console.log(`BC alone under ${withBc.name}: ${toCo2e(total("BC"), "BC", withBc).toFixed(0)} t CO2-eq/yr (BC metric named explicitly)`);

console.log("\nWhere the boiler PM2.5 comes from:");
const pm = inventory.rows.find((r) => r.activityId === "heating-boilers" && r.species === "PM2.5");
for (const f of pm?.factors ?? []) {
  const c = getCitation(f.source.id);
  console.log(`  ${f.value} ${f.unit}, ${c.title}, ${f.source.table} (${f.quality}), row ${f.rowId}`);
}
for (const step of pm?.conversions ?? []) console.log(`  conversion: ${step.description}`);
