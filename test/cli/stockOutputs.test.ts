import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-stock-");

// A Seoul heavy-truck programme written as docs/scenario-file-reference.md describes it: the trucks
// as a stock of vehicles, a scrappage and a measured device stated in vehicles. NOx of a Euro III
// 16-32 t diesel truck: 6.27 g/km (EMEP/EEA 2019 1.A.3.b.i-iv Table 3-21).
const SCENARIO = {
  name: "Seoul heavy trucks", years: { start: 2021, end: 2021 }, species: ["NOx"], metrics: [],
  baseline: [{
    id: "heavy-trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm",
    stock: { unit: "vehicle", level: { kind: "constant", value: "8000" } }, intensity: { value: "40000", unit: "vkm/vehicle" },
  }],
  measures: [
    { id: "pm-nox-devices", kind: "measuredReduction", target: { activityIds: ["heavy-trucks"] }, units: { unit: "vehicle", level: { kind: "constant", value: "77" } }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } }, source: "Device field test (illustrative), Table 3" },
    { id: "scrap", kind: "scrappage", target: { activityIds: ["heavy-trucks"] }, units: { unit: "vehicle", level: { kind: "constant", value: "2000" } }, replacement: null },
  ],
};
const file = join(tmp, "seoul.yaml");
writeFileSync(file, stringify(SCENARIO));

describe("cobenefits run on a scenario counted in vehicles", () => {
  it("writes per-unit and stock tables beside the others, the measured device labelled user-measured", async () => {
    const run = await cli("run", file, "--out", join(tmp, "out"));
    expect(run.code).toBe(EXIT.ok);
    expect(readdirSync(join(tmp, "out")).filter((f) => f.startsWith("per-unit") || f.startsWith("stocks")).sort()).toEqual(["per-unit.csv", "per-unit.json", "stocks.csv", "stocks.json"]);
    const perUnit = readFileSync(join(tmp, "out", "per-unit.csv"), "utf8").split("\n");
    // standalone: 77 x 0.1 t = 7.7 t; Shapley: (7.7 + 7.7 x (1 - 2000/8000)) / 2 = 6.7375 t (a quarter of the
    // devices sit on scrapped trucks once both act). Scrappage: 2000 x 40,000 km x 6.27 g/km = 501.6 t.
    expect(perUnit).toContain("2021,pm-nox-devices,user-measured,\"Device field test (illustrative), Table 3\",NOx,77,8000,vehicle,7.7,6.7375,0.1,0.0875,t/vehicle");
    expect(perUnit).toContain("2021,scrap,emission factors,,NOx,2000,8000,vehicle,501.6,500.6375,0.2508,0.25031875,t/vehicle");
    expect(readFileSync(join(tmp, "out", "stocks.csv"), "utf8")).toBe("activityId,year,stock,stockUnit,intensity,intensityUnit,level,unit\nheavy-trucks,2021,8000,vehicle,40000,vkm/vehicle,320000000,vkm\n");
    expect(readFileSync(join(tmp, "out", "provenance.csv"), "utf8")).toMatch(/pm-nox-devices,user-measured,user-measured,user-measured,user-measured/);
    expect(run.stdout).toMatch(/pm-nox-devices \[user-measured\]/);
  });

  it("gives the per-unit rows and stocks in --format json", async () => {
    const run = await cli("run", file, "--format", "json");
    const json = JSON.parse(run.stdout) as { perUnit: { measure: string; basis: string }[]; stocks: unknown[] };
    expect(json.perUnit.map((r) => [r.measure, r.basis])).toEqual([["pm-nox-devices", "user-measured"], ["scrap", "emission factors"]]);
    expect(json.stocks).toHaveLength(1);
  });
});
