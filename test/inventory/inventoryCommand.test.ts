import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/index.js";
import { cli, tempFolder } from "../cli/runCli.js";

const tmp = tempFolder("cobenefits-inventory-");

// A national team's files as ../shared/peers/pandas_inventory.py writes them, plus one formula-like technology.
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const activities = file("activities.csv", "sector,fuel,amount_t\n1.A.4.b.i,lignite,1000\n1.A.2,naturalGas,250.5\n1.A.4.b.i,lignite,500\n");
const factors = file("factors.csv", "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,400\n1.A,naturalGas,PM2.5,0.5\n");
const fuels = file("fuels.csv", "fuel,ncv_GJ_per_t\nlignite,12\nnaturalGas,48\n");
const citation = ["--citation-id", "Agency-2024", "--citation-title", "National emission factors 2024", "--citation-authors", "National Agency", "--citation-publisher", "National Agency", "--citation-year", "2024", "--citation-url", "https://example.org/factors"];
const base = ["inventory", activities, "--species", "PM2.5", "--factors", factors, "--ncv", fuels, ...citation, "--builtin", "none"];

describe("cobenefits inventory", () => {
  it("prints emissions by sector and species as a table (1500 t x 12 GJ/t x 400 g/GJ = 7.2 t)", async () => {
    const r = await cli(...base, "--exact");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\.A\.4\.b\.i\s+direct\s+7\.2\n/);
    expect(r.stdout).toMatch(/all sectors\s+direct\s+7\.206012\n/);
  });

  it("writes the long table as CSV and the whole result as JSON", async () => {
    const csv = await cli(...base, "--format", "csv");
    expect(parseCsv(csv.stdout).map((row) => [row.sector, row.species, row.scope])).toEqual([["1.A.2", "PM2.5", "direct"], ["1.A.4.b.i", "PM2.5", "direct"]]);
    const json = JSON.parse((await cli(...base, "--format", "json")).stdout) as { provenance: { factorRow: string; rows: number }[] };
    expect(json.provenance.map((p) => [p.factorRow, p.rows])).toEqual([["factors.csv:2", 2], ["fuels.csv:2", 2], ["factors.csv:3", 1], ["fuels.csv:3", 1]]);
  });

  it("writes totals, provenance (one row per distinct factor, with its citation) and missing keys to --out", async () => {
    const out = join(tmp, "results");
    const r = await cli(...base, "--species", "PM2.5,SO2", "--on-missing", "omit", "--out", out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["missing.csv", "provenance.csv", "provenance.json", "totals.csv", "totals.json"]);
    expect(parseCsv(readFileSync(join(out, "provenance.csv"), "utf8"))[0]).toMatchObject({ kind: "factor", factorRow: "factors.csv:2", sourceId: "Agency-2024", rows: "2" });
    expect(parseCsv(readFileSync(join(out, "missing.csv"), "utf8")).map((m) => [m.sector, m.fuel, m.species, m.line])).toEqual([["1.A.4.b.i", "lignite", "SO2", "2"], ["1.A.2", "naturalGas", "SO2", "3"]]);
    expect(r.stderr).toMatch(/2 key\(s\) x species without a factor/);
  });

  it("stops at a bad field with its file, line and column (exit 1), and asks for the citation of the team's tables (exit 2)", async () => {
    const bad = file("bad.csv", "sector,fuel,amount_t\n1.A.4.b.i,lignite,ten\n");
    const r = await cli("inventory", bad, "--species", "PM2.5");
    expect([r.code, r.stderr]).toEqual([1, 'bad.csv:2 column "amount_t": expected an amount: a number, not negative (e.g. 1250.5), got "ten"\n']);
    const noCitation = await cli("inventory", activities, "--species", "PM2.5", "--factors", factors);
    expect(noCitation.code).toBe(2);
    expect(noCitation.stderr).toMatch(/need the citation.*--citation-id/);
    expect((await cli("inventory", join(tmp, "absent.csv"), "--species", "PM2.5")).code).toBe(3);
    expect((await cli("inventory", activities)).code).toBe(2);
  });
});

describe("totals beyond float64 (found by a review)", () => {
  it("are given exactly with --exact, and refused with a pointer to --exact without it", async () => {
    const file = join(tmp, "huge.csv");
    writeFileSync(file, "sector,fuel,technology,amount,unit\n1.A.4.a.i,otherBituminousCoal,,1e306,kt\n");
    const plain = await cli("inventory", file, "--species", "PM2.5,CO2");
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/overflows float64.*--exact/);
    const exact = await cli("inventory", file, "--species", "PM2.5,CO2", "--exact", "--format", "json");
    expect(exact.code).toBe(0);
    const co2 = (JSON.parse(exact.stdout) as { totals: { species: string; value: number | null; exact: string }[] }).totals.find((t) => t.species === "CO2");
    // 1e306 kt of coal: its CO2 (about 2.4e309 t) is beyond float64, so the float is null and the exact total holds it
    expect(co2?.value).toBeNull();
    expect(co2?.exact).toMatch(/e\+309$/);
  });
});
