import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-costs-");

// A flue-gas desulphurisation on anthracite boilers: SO2 900 g/GJ (EMEP/EEA 2019 Tier 1, as in the
// engine's examples) x 100 TJ x 0.9 = 81 t/yr avoided, for 81 CNY/TJ x 100 TJ = 8,100 CNY/yr.
const SCENARIO = {
  name: "desulphurisation", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [],
  baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
  costs: { currency: "CNY", priceYear: 2020, discountRate: "0.25", measures: [{ measure: "fgd", paidBy: "enterprise", variableOM: { value: "81", unit: "CNY/TJ" } }] },
};
const file = join(tmp, "fgd.yaml");
writeFileSync(file, stringify(SCENARIO));

describe("cobenefits run on a scenario with costs", () => {
  it("writes costs.csv, costs-npv.csv, cost-per-tonne.csv, mac.csv and costs.json, and counts them in the 'wrote' line", async () => {
    const run = await cli("run", file, "--out", join(tmp, "out"));
    expect(run.code).toBe(EXIT.ok);
    const files = readdirSync(join(tmp, "out"));
    expect(files.filter((f) => f.includes("cost") || f.startsWith("mac")).sort()).toEqual(["cost-per-tonne.csv", "costs-npv.csv", "costs.csv", "costs.json", "mac.csv"]);
    expect(run.stderr).toContain(`wrote ${files.length} files`);
    const costs = readFileSync(join(tmp, "out", "costs.csv"), "utf8").split("\n");
    expect(costs[0]).toBe("measure,year,perspective,investment,fixedOM,variableOM,fuel,subsidies,total,unit,unpricedFuels");
    expect(costs[1]).toBe("fgd,2030,society,0,0,8100,0,0,8100,CNY (2020 prices)/yr,");
    // 8,100 + 8,100 / 1.25 = 14,580
    expect(readFileSync(join(tmp, "out", "costs-npv.csv"), "utf8")).toContain("fgd,society,14580,2030,2030,2031,0.25,CNY (2020 prices)");
    expect(readFileSync(join(tmp, "out", "cost-per-tonne.csv"), "utf8")).toContain("fgd,2030,society,species,SO2,8100,81,100,ok,CNY/t");
    expect(readFileSync(join(tmp, "out", "mac.csv"), "utf8")).toContain("2031,species,SO2,society,1,fgd,81,100,8100,0,81,ok,CNY/t");
    expect(run.stdout).toContain("Costs [CNY, 2020 prices], discount rate 0.25");
  });

  it("gives the costs in --format json, and nothing of costs for a scenario without a section", async () => {
    const json = JSON.parse((await cli("run", file, "--format", "json")).stdout) as { costs: { npv: { npv: string }[] } };
    expect(json.costs.npv[0]!.npv).toBe("14580");
    const bare = join(tmp, "bare.yaml");
    writeFileSync(bare, stringify({ ...SCENARIO, costs: undefined }));
    const run = await cli("run", bare, "--out", join(tmp, "bare-out"), "--quiet");
    expect(readdirSync(join(tmp, "bare-out")).some((f) => f.includes("cost"))).toBe(false);
    expect(run.stdout).not.toContain("Costs [");
  });

  it("refuses a costs section without a discount rate, at its line, before computing", async () => {
    const bad = join(tmp, "bad.yaml");
    writeFileSync(bad, stringify({ ...SCENARIO, costs: { ...SCENARIO.costs, discountRate: undefined } }));
    const run = await cli("run", bad);
    expect(run.code).not.toBe(EXIT.ok);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+.*costs\.discountRate|costs\.discountRate.*line/s);
  });
});
