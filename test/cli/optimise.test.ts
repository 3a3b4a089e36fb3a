import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { stovesScenario } from "../optimise/fixtures.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-optimise-");

// SYNTHETIC TEST FIXTURE, not data: currency XTS (the ISO 4217 code reserved for testing) and
// made-up round costs and prices, only to exercise the command.
const COSTS = {
  currency: "XTS", priceYear: 2020, discountRate: "0.05",
  prices: [
    { fuel: "anthracite", unit: "XTS/GJ", value: { kind: "constant", value: "1" } },
    { fuel: "electricity", unit: "XTS/MWh", value: { kind: "constant", value: "100" } },
  ],
  measures: [
    { measure: "filter", paidBy: "household", variableOM: { value: "200", unit: "XTS/TJ" } },
    { measure: "scrubber", paidBy: "household", variableOM: { value: "300", unit: "XTS/TJ" } },
    { measure: "heat-pumps", paidBy: "household", lifetime: 15, investment: { value: "20000", unit: "XTS/TJ" } },
  ],
};
const scenarioWith = (targets: unknown, optimise: unknown = { measures: [{ id: "filter" }, { id: "scrubber" }, { id: "heat-pumps", maxPenetration: "0.6" }] }) =>
  stringify({ ...stovesScenario(), costs: COSTS, targets, optimise });
const TARGETS = [
  { id: "pm-half", species: "PM2.5", year: 2030, reduction: { fraction: "0.5" } },
  { id: "so2", species: "SO2", year: 2030, reduction: { fraction: "0.6" } },
  { id: "co2e-not-up", co2e: "AR6-GWP100", year: 2030, reduction: { tonnes: "0" } },
];

describe("cobenefits optimise", () => {
  const file = join(tmp, "stoves.yaml");
  writeFileSync(file, scenarioWith(TARGETS));

  it("prints the chosen penetrations, their annualised cost and each target's margin", async () => {
    const r = await cli("optimise", file);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^Least-cost portfolio: annualised cost [\d,.]+ XTS \(2020 prices, society perspective\)\/yr \(summed over 2030\)/);
    for (const id of ["filter", "scrubber", "heat-pumps", "pm-half", "so2", "co2e-not-up"]) expect(r.stdout).toContain(id);
    // The scrubber (SO2) raises CO2 by 5% where it acts, so CO2e not raised brings in heat pumps.
    expect(r.stdout).toMatch(/heat-pumps\s+0\.\d+\s+2030/);
  });

  it("writes portfolio.csv and a scenario file that cobenefits run evaluates to the same reductions", async () => {
    const out = join(tmp, "out");
    const r = await cli("optimise", file, "--out", out);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe(`cobenefits: wrote 2 files to ${out}\n`);
    const rows = parseCsv(readFileSync(join(out, "portfolio.csv"), "utf8"));
    const value = (section: string, id: string, variable: string) => rows.find((x) => x.section === section && x.id === id && x.variable === variable)!.value;
    expect(Number(value("target", "pm-half", "margin"))).toBeGreaterThanOrEqual(0);
    expect(Number(value("target", "co2e-not-up", "margin"))).toBeGreaterThanOrEqual(0);
    const chosen = readFileSync(join(out, "scenario.yaml"), "utf8");
    expect(chosen).toMatch(/^# Written by cobenefits optimise from stoves\.yaml/);
    expect(chosen).toContain(`value: "${value("measure", "filter", "penetration")}"`);
    const run = await cli("run", join(out, "scenario.yaml"), "--format", "csv");
    expect(run.code).toBe(EXIT.ok);
    const all = parseCsv(run.stdout).filter((x) => x.species === "PM2.5" && x.year === "2030" && x.measure === "all");
    const pmReduction = all.reduce((s, x) => s.plus(x.reduction!), new Dec(0));
    expect(pmReduction.toString()).toBe(value("target", "pm-half", "reduction"));
  });

  it("names the binding target, at its line, with the best reachable, when the targets cannot be met", async () => {
    const bad = join(tmp, "too-much.yaml");
    writeFileSync(bad, scenarioWith([TARGETS[0], TARGETS[2]], { measures: [{ id: "filter", maxPenetration: "0.2" }] }));
    const r = await cli("optimise", bad);
    expect(r.code).toBe(EXIT.invalidInput);
    const line = readFileSync(bad, "utf8").split("\n").findIndex((l) => l.includes("id: pm-half")) + 1;
    expect(r.stderr).toContain(`too-much.yaml:${line}`);
    // the filter alone at 20%: 39.8 t x 0.2 x 0.8 = 6.368 t of PM2.5, of the 19.9 t asked
    expect(r.stderr).toContain('target "pm-half" (PM2.5 in 2030) cannot be met within the optimise bounds: it asks for a reduction of at least 19.9 t/yr');
    expect(r.stderr).toContain("alone, the best reachable is 6.368 t/yr");
  });

  it("refuses a scenario without targets, optimise or costs, naming the missing sections", async () => {
    const none = join(tmp, "none.yaml");
    writeFileSync(none, stringify(stovesScenario()));
    const r = await cli("optimise", none);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toContain("optimise needs the scenario's targets, optimise, costs sections");
  });
});
