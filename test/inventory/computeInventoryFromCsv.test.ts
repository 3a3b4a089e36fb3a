import { describe, expect, it } from "vitest";
import { InventoryCsvError, MissingFactorError, createFactorSet } from "../../src/index.js";
import { computeInventory, computeInventoryFromCsv, readFactorCsv, readNcvCsv } from "../../src/inventory.js";
import { thrown } from "../fixtures/thrown.js";

// A national team's files, shaped as ../shared/peers/pandas_inventory.py writes them.
const CITATION = { id: "Agency-2024", authors: "National Agency", title: "National emission factors 2024", publisher: "National Agency", year: 2024, url: "https://example.org/factors" };
const ACTIVITIES = "sector,fuel,amount_t\n1.A.4.b.i,lignite,1000\n1.A.2,naturalGas,250.5\n1.A.4.b.i,lignite,500\n";
const FACTORS = "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,400\n1.A.4.b.i,lignite,SO2,900\n1.A,naturalGas,PM2.5,0.5\n1.A,naturalGas,SO2,0.3\n";
const FUELS = "fuel,ncv_GJ_per_t\nlignite,12\nnaturalGas,48\n";
const input = (activities = ACTIVITIES) => ({
  activities: { name: "activities.csv", contents: activities }, factors: { name: "factors.csv", contents: FACTORS }, ncv: { name: "fuels.csv", contents: FUELS }, citation: CITATION, builtinTables: [],
});

const caught = (f: () => unknown): InventoryCsvError => thrown(f, InventoryCsvError);

describe("computeInventoryFromCsv", () => {
  it("computes activity x NCV x factor by sector and species from the team's own tables (hand-checked)", () => {
    const r = computeInventoryFromCsv(input(), { species: ["PM2.5", "SO2"], exact: true });
    // 1.A.2 gas: 250.5 t x 48 GJ/t x 0.5 g/GJ = 6012 g; 1.A.4.b.i lignite: 1500 t x 12 GJ/t x 400 g/GJ = 7.2 t.
    expect(r.totals.map((t) => [t.sector, t.species, t.exact])).toEqual([
      ["1.A.2", "PM2.5", "0.006012"], ["1.A.2", "SO2", "0.0036072"], ["1.A.4.b.i", "PM2.5", "7.2"], ["1.A.4.b.i", "SO2", "16.2"],
    ]);
    expect(r.provenance.every((p) => p.citation === "National Agency (2024). National emission factors 2024. National Agency. https://example.org/factors" && p.layer === "user")).toBe(true);
    expect(new Set(r.provenance.map((p) => `${p.factorRow}:${p.rows}`))).toEqual(new Set(["factors.csv:2:2", "factors.csv:3:2", "fuels.csv:2:2", "factors.csv:4:1", "factors.csv:5:1", "fuels.csv:3:1"]));
  });

  it("gives the totals of the columns route on the same data", () => {
    const set = createFactorSet({
      userTables: [readFactorCsv(new TextEncoder().encode(FACTORS), { file: "factors.csv", tableId: "user", citationId: CITATION.id })],
      userNcv: readNcvCsv(new TextEncoder().encode(FUELS), { file: "fuels.csv", citationId: CITATION.id }), userCitations: [CITATION], builtinTables: [],
    });
    const columns = computeInventory({ sector: ["1.A.4.b.i", "1.A.2", "1.A.4.b.i"], fuel: ["lignite", "naturalGas", "lignite"], amount: ["1000", "250.5", "500"], unit: "t" }, { factors: set, species: ["PM2.5", "SO2"], exact: true });
    const csv = computeInventoryFromCsv(input(), { species: ["PM2.5", "SO2"], exact: true });
    expect(csv.totals).toEqual(columns.totals);
  });

  it("reads quoted fields, CRLF line ends, a byte order mark, blank lines, columns in any order and a unit column", () => {
    const text = '\uFEFFamount,Fuel,"sector",unit\r\n"1,000",lignite,1.A.4.b.i,t\r\n\r\n500,"lignite",1.A.4.b.i,t\r\n';
    expect(() => computeInventoryFromCsv(input(text), { species: ["PM2.5"] })).toThrow(/activities\.csv:2 column "amount".*"1,000"/);
    const ok = computeInventoryFromCsv(input(text.replace('"1,000"', "1000")), { species: ["PM2.5"], exact: true });
    expect(ok.totals.map((t) => t.exact)).toEqual(["7.2"]);
    expect(ok.rows).toBe(2);
  });

  it("names the file, line and column of a bad value, a bad unit, a wrong field count and a missing column", () => {
    const e1 = caught(() => computeInventoryFromCsv(input("sector,fuel,amount_t\n1.A.4.b.i,lignite,1000\n1.A.4.b.i,lignite,12a\n"), { species: ["PM2.5"] }));
    expect([e1.code, e1.file, e1.line, e1.column]).toEqual(["CSV_VALUE", "activities.csv", 3, "amount_t"]);
    const e2 = caught(() => computeInventoryFromCsv(input("sector,fuel,amount_tonnez\n1.A.4.b.i,lignite,1000\n"), { species: ["PM2.5"] }));
    expect([e2.code, e2.line, e2.column]).toEqual(["CSV_COLUMN", 1, "amount_tonnez"]);
    const e3 = caught(() => computeInventoryFromCsv(input("sector,fuel,amount_t\n1.A.4.b.i,lignite\n"), { species: ["PM2.5"] }));
    expect([e3.code, e3.line, e3.message]).toEqual(["CSV_SYNTAX", 2, "activities.csv:2: expected 3 fields as in the header, found 2"]);
    const e4 = caught(() => computeInventoryFromCsv(input("sektor,fuel,amount_t\n1.A.4.b.i,lignite,1\n"), { species: ["PM2.5"] }));
    expect([e4.code, e4.message]).toEqual(["CSV_COLUMN", 'activities.csv:1: no column "sector"; the header has "sektor", "fuel", "amount_t"; nearest: "sektor"']);
    const e5 = caught(() => computeInventoryFromCsv(input("sector,fuel,amount_t\n1.A.4.b.i,lignite,-5\n"), { species: ["PM2.5"] }));
    expect([e5.line, e5.column]).toEqual([2, "amount_t"]);
    const e6 = caught(() => computeInventoryFromCsv({ ...input(), factors: { name: "factors.csv", contents: "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM25,400\n" } }, { species: ["PM2.5"] }));
    expect([e6.file, e6.line, e6.column]).toEqual(["factors.csv", 2, "species"]);
    expect(e6.message).toMatch(/unknown species "PM25"; nearest: PM2\.5/);
  });

  it("takes the units from options when the column names do not carry them, and refuses two that disagree", () => {
    const plain = { activities: { name: "a.csv", contents: "sector,fuel,amount\n1.A.4.b.i,lignite,1500\n" }, factors: { name: "f.csv", contents: "sector,fuel,species,ef\n1.A.4.b.i,lignite,PM2.5,0.4\n" }, ncv: { name: "n.csv", contents: "fuel,ncv\nlignite,12\n" }, citation: CITATION, builtinTables: [] };
    const r = computeInventoryFromCsv({ ...plain, amountUnit: "t", factorUnit: "kg/GJ", ncvTableUnit: "GJ/t" }, { species: ["PM2.5"], exact: true });
    expect(r.totals[0]!.exact).toBe("7.2");
    expect(caught(() => computeInventoryFromCsv({ ...plain }, { species: ["PM2.5"] })).message).toBe('f.csv:1 column "ef": say the unit of "ef": in its name (e.g. "ef_g_per_GJ" or "ef [g/GJ]"), with the factor unit option, or in a "unit" column');
    expect(caught(() => computeInventoryFromCsv({ ...plain, factorUnit: "kg/GJ", ncvTableUnit: "GJ/t" }, { species: ["PM2.5"] })).message).toMatch(/a\.csv:1 column "amount": say the unit of "amount"/);
    expect(caught(() => computeInventoryFromCsv({ ...input(), amountUnit: "kt" }, { species: ["PM2.5"] })).message).toMatch(/says the unit is "t" and the amount unit option says "kt"/);
  });

  it("uses an activity row's own NCV where its ncv field is filled, else the NCV table", () => {
    // 1000 t x 20 GJ/t + 500 t x 12 GJ/t (table) = 26,000 GJ; x 400 g/GJ = 10.4 t.
    const r = computeInventoryFromCsv(input("sector,fuel,amount_t,ncv_GJ_per_t\n1.A.4.b.i,lignite,1000,20\n1.A.4.b.i,lignite,500,\n"), { species: ["PM2.5"], exact: true });
    expect(r.totals.map((t) => t.exact)).toEqual(["10.4"]);
    expect(r.provenance.find((p) => p.kind === "ncv")?.rows).toBe(1);
    const e = caught(() => computeInventoryFromCsv(input("sector,fuel,amount_t,ncv_GJ_per_t\n1.A.4.b.i,lignite,1000,0\n"), { species: ["PM2.5"] }));
    expect([e.line, e.column]).toEqual([2, "ncv_GJ_per_t"]);
  });

  it("lists keys without a factor with the line of their first row", () => {
    let error: unknown;
    try {
      computeInventoryFromCsv(input("sector,fuel,amount_t\n1.A.4.b.i,lignite,1\n1.A.4.b.i,anthracite,2\n"), { species: ["PM2.5"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingFactorError);
    expect((error as MissingFactorError).missing.map((m) => [m.fuel, m.line])).toEqual([["anthracite", 3]]);
    expect((error as Error).message).toMatch(/activities\.csv:3/);
  });

  it("asks for the citation of the team's own tables", () => {
    const { citation: _omitted, ...uncited } = input();
    expect(() => computeInventoryFromCsv(uncited, { species: ["PM2.5"] })).toThrow(/citation.*every factor carries its citation/);
  });
});
