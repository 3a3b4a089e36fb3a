import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-energy-");

// A coal-boiler replacement with a 30-year lifetime over a 2-year scenario, as a scenario file.
// NCV 20.908 GJ/t: the raw-coal standard value of Chinese energy statistics (issue 10).
const SCENARIO = {
  name: "Boilers to gas", years: { start: 2030, end: 2031 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20.908", unit: "GJ/t" }, level: { kind: "constant", value: "1000" } }],
  measures: [{ id: "toGas", kind: "fuelSwitch", lifetime: 30, target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" }],
};
const file = join(tmp, "boilers.yaml");
writeFileSync(file, stringify(SCENARIO));

describe("cobenefits run: energy balance and lifetime outputs", () => {
  it("prints the energy by fuel in the last year and the lifetime reductions, with the method", async () => {
    const r = await cli("run", file);
    expect(r.code).toBe(EXIT.ok);
    // 500 t of coal saved = 10454 GJ; 10454 x 0.7 / 0.9 = 8131 GJ of gas added (from 10,000 up the
    // table shows four significant digits: 20,908 as 20,910, 10,454 as 10,450)
    expect(r.stdout).toMatch(/Energy by fuel in 2031 \[GJ\/yr\]/);
    expect(r.stdout).toMatch(/otherBituminousCoal\s+20,910\s+10,450\s+10,450\s+10,450/);
    expect(r.stdout).toMatch(/naturalGas\s+0\s+8,131\s+-8,131\s+-8,131/);
    expect(r.stdout).toMatch(/Reductions over the measures' lifetimes/);
    expect(r.stdout).toMatch(/toGas\s+30\s+2030-2059/);
    expect(r.stdout).toMatch(/Method: Units installed in year y/);
  });

  it("writes energy.csv and lifetime.csv beside the emissions, and the same rows in JSON", async () => {
    const out = join(tmp, "out");
    expect((await cli("run", file, "--quiet", "--out", out)).code).toBe(EXIT.ok);
    const energy = parseCsv(readFileSync(join(out, "energy.csv"), "utf8"));
    expect(energy.filter((r) => r.year === "2030").map((r) => [r.fuel, r.measure, r.reductionGJ])).toEqual([
      ["otherBituminousCoal", "all", "10454"], ["otherBituminousCoal", "toGas", "10454"],
      ["naturalGas", "all", "-8130.888888888888888888888889"], ["naturalGas", "toGas", "-8130.888888888888888888888889"],
    ]);
    expect(JSON.parse(readFileSync(join(out, "energy.json"), "utf8"))).toHaveLength(energy.length);
    const lifetime = parseCsv(readFileSync(join(out, "lifetime.csv"), "utf8"));
    // Installed in 2030 (0.5), serving 30 years: 2030-2059, 30 rows each for SO2, CO2 and CO2e
    expect(lifetime).toHaveLength(90);
    expect(new Set(lifetime.map((r) => r.basis))).toEqual(new Set(["evaluated", "heldAtLastYear"]));
    const json = JSON.parse(readFileSync(join(out, "lifetime.json"), "utf8")) as { method: string; rows: unknown[] };
    expect(json.method).toMatch(/^Units installed/);
    expect(json.rows).toHaveLength(90);
    const stdout = JSON.parse((await cli("run", file, "--format", "json")).stdout) as { energy: unknown[]; lifetime: { rows: unknown[] } };
    expect(stdout.energy).toHaveLength(energy.length);
    expect(stdout.lifetime.rows).toHaveLength(90);
    // result.json, the whole result, carries the same energy and lifetime as --format json (review of issue 10, item 13)
    const whole = JSON.parse(readFileSync(join(out, "result.json"), "utf8")) as { energy: unknown[]; lifetime: unknown; attribution: unknown[] };
    expect(whole.energy).toEqual(stdout.energy);
    expect(whole.lifetime).toEqual(stdout.lifetime);
    expect(whole.attribution.length).toBeGreaterThan(0);
  });
});
