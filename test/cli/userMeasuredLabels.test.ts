import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-measured-");

// Heavy diesel trucks 16-32 t, Euro III: NOx 6.27 g/km (EMEP/EEA 2019 1.A.3.b.i-iv Tier 2,
// Table 3-21, the built-in row). 77 PM-NOx devices fitted, each cutting 100 kg NOx per year as
// measured in an (illustrative) field test: 7.7 t NOx per year, a user-measured figure. The DPF
// retrofit next to it is computed from the factors and must carry no label.
const SOURCE = "Field test of the PM-NOx devices (illustrative), Table 3";
const SCENARIO = {
  name: "Seoul PM-NOx devices", years: { start: 2021, end: 2021 }, species: ["NOx", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [{
    id: "heavy-trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm",
    stock: { unit: "vehicle", level: { kind: "constant", value: "8000" } }, intensity: { value: "40000", unit: "vkm/vehicle" }, fuelConsumption: { value: "300", unit: "g/vkm" },
  }],
  measures: [
    { id: "pm-nox-devices", kind: "measuredReduction", target: { activityIds: ["heavy-trucks"] }, source: SOURCE,
      units: { unit: "vehicle", level: { kind: "constant", value: "77" } }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } } },
    { id: "scr", kind: "controlDevice", target: { activityIds: ["heavy-trucks"] }, penetration: { kind: "constant", value: "0.1" }, removal: { NOx: "0.5" } },
  ],
};
const file = join(tmp, "seoul.yaml");
writeFileSync(file, stringify(SCENARIO));
const out = join(tmp, "out");
const read = (name: string) => readFileSync(join(out, name), "utf8");
type Row = Record<string, unknown>;

/** The basis of each row of a measure, and of the `all` rows, as a table writes them. */
const basesOf = (rows: readonly Row[]) => ({
  measured: [...new Set(rows.filter((r) => r.measure === "pm-nox-devices").map((r) => r.basis))],
  computed: [...new Set(rows.filter((r) => r.measure === "scr").map((r) => r.basis))],
  all: [...new Set(rows.filter((r) => r.measure === "all").map((r) => r.basis))],
});

describe("every output that carries a measuredReduction's numbers labels them user-measured", () => {
  it("run --format csv --out: stdout, emissions.csv/json, co2e.csv/json and summary.csv/json", async () => {
    const r = await cli("run", file, "--format", "csv", "--out", out, "--quiet");
    expect(r.code, r.stderr).toBe(EXIT.ok);
    // the tidy table on stdout: the devices' NOx share is labelled, the SCR's and the totals are not.
    // Alone the devices cut 7.7 t; the SCR removes 50% on 10% of the trucks, so together they overlap
    // by 7.7 x 0.05 = 0.385 t, which Shapley splits in half: 7.7 - 0.1925 = 7.5075 t.
    const stdout = parseCsv(r.stdout);
    expect(stdout.find((row) => row.measure === "pm-nox-devices" && row.species === "NOx")).toMatchObject({ reduction: "7.5075", basis: "user-measured" });
    expect(basesOf(stdout)).toEqual({ measured: ["user-measured"], computed: [""], all: [""] });
    expect(basesOf(parseCsv(read("emissions.csv")))).toEqual({ measured: ["user-measured"], computed: [""], all: [""] });
    expect(basesOf(JSON.parse(read("emissions.json")) as Row[])).toEqual({ measured: ["user-measured"], computed: [null], all: [null] });
    expect(basesOf(parseCsv(read("co2e.csv")))).toEqual({ measured: ["user-measured"], computed: [""], all: [""] });
    expect(basesOf(JSON.parse(read("co2e.json")) as Row[])).toEqual({ measured: ["user-measured"], computed: [null], all: [null] });
    expect(parseCsv(read("summary.csv")).map((s) => [s.measure, s.basis, s["NOx shapley [t]"]])).toEqual([["pm-nox-devices", "user-measured", "7.5075"], ["scr", "", "100.1275"]]);
    expect((JSON.parse(read("summary.json")) as Row[]).map((s) => [s.measure, s.basis])).toEqual([["pm-nox-devices", "user-measured"], ["scr", null]]);
  });

  it("run --format json: the emissions, co2e and summary it prints carry the same labels", async () => {
    const r = await cli("run", file, "--format", "json");
    expect(r.code, r.stderr).toBe(EXIT.ok);
    const printed = JSON.parse(r.stdout) as { emissions: Row[]; co2e: Row[]; summary: Row[] };
    expect(basesOf(printed.emissions)).toEqual({ measured: ["user-measured"], computed: [null], all: [null] });
    expect(basesOf(printed.co2e)).toEqual({ measured: ["user-measured"], computed: [null], all: [null] });
    expect(printed.summary.map((s) => s.basis)).toEqual(["user-measured", null]);
  });
});
