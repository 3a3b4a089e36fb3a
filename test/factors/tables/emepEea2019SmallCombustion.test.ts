import { describe, expect, it } from "vitest";
import { UnknownFactorError, UnknownTechnologyError } from "../../../src/errors.js";
import type { FactorRow } from "../../../src/factors/factorRow.js";
import { createFactorSet } from "../../../src/factors/factorSet.js";
import { listFactors, lookupFactor } from "../../../src/factors/lookupFactor.js";
import { EMEP_EEA_2019_TIER1_1A4, EMEP_EEA_2019_TIER1_1A4CI } from "../../../src/factors/tables/emepEea2019Tier1Stationary.js";
import { EMEP_EEA_2019_TIER2_1A4_NON_RESIDENTIAL, EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES } from "../../../src/factors/tables/emepEea2019Tier2NonResidential.js";
import { EMEP_EEA_2019_TIER2_1A4BI } from "../../../src/factors/tables/emepEea2019Tier2Residential.js";

const ADVANCED_COAL_STOVE = "Advanced coal combustion techniques <1MWth - Advanced stove";
const factors = createFactorSet();

/** The one row of a table with the given sector, fuel, technology and pollutant. */
function find(rows: readonly FactorRow[], sector: string, fuel: string, technology: string | undefined, pollutant: string): FactorRow {
  const hits = rows.filter((r) => r.sector === sector && r.fuel === fuel && r.technology === technology && r.pollutant === pollutant);
  expect(hits).toHaveLength(1);
  return hits[0] as FactorRow;
}

describe("the EMEP/EEA 2019 Tier 2 residential table (1.A.4.b.i)", () => {
  const rows = EMEP_EEA_2019_TIER2_1A4BI.rows;

  it("gives coal stoves PM2.5 450 g/GJ (216 to 480), SO2 900 g/GJ (540 to 1000) and BC 6.4 % of PM2.5 (2 to 26)", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-14 (stoves, solid fuel (not biomass))
    expect(find(rows, "1.A.4.b.i", "solidFuels", "Stoves", "PM2.5")).toMatchObject({ value: "450", unit: "g/GJ", ci: { lower: "216", upper: "480" }, source: { id: "EMEP-EEA-2019-1A4", table: "Table 3-14" } });
    expect(find(rows, "1.A.4.b.i", "solidFuels", "Stoves", "SO2")).toMatchObject({ value: "900", ci: { lower: "540", upper: "1000" } });
    expect(find(rows, "1.A.4.b.i", "solidFuels", "Stoves", "BC")).toMatchObject({ value: "6.4", unit: "% of PM2.5", ci: { lower: "2", upper: "26" } });
    expect(find(rows, "1.A.4.b.i", "solidFuels", "Stoves", "CO").value).toBe("5000");
  });

  it("gives advanced coal stoves PM2.5 220 g/GJ (72 to 230), CO 2000 g/GJ and SO2 450 g/GJ", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-19 (advanced coal combustion techniques <1 MWth, advanced stove)
    expect(find(rows, "1.A.4.b.i", "hardCoalAndBrownCoal", ADVANCED_COAL_STOVE, "PM2.5")).toMatchObject({ value: "220", ci: { lower: "72", upper: "230" }, source: { table: "Table 3-19" } });
    expect(find(rows, "1.A.4.b.i", "hardCoalAndBrownCoal", ADVANCED_COAL_STOVE, "CO").value).toBe("2000");
    expect(find(rows, "1.A.4.b.i", "hardCoalAndBrownCoal", ADVANCED_COAL_STOVE, "SO2").value).toBe("450");
  });

  it("keeps the fireplace BC share as published, 9.839 % of PM2.5 (3 to 30)", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-12
    expect(find(rows, "1.A.4.b.i", "solidFuels", "Fireplaces, Saunas and Outdoor Heaters", "BC")).toMatchObject({ value: "9.839", ci: { lower: "3", upper: "30" } });
  });

  it("gives the six wood technologies, from open fireplaces (PM2.5 820 g/GJ) to pellet stoves (60 g/GJ)", () => {
    // EMEP/EEA 2019 1.A.4 Tables 3-39 to 3-44
    const pm25 = (technology: string) => find(rows, "1.A.4.b.i", "wood", technology, "PM2.5");
    expect(pm25("Open fireplaces")).toMatchObject({ value: "820", source: { table: "Table 3-39" } });
    expect(pm25("Conventional stoves")).toMatchObject({ value: "740", ci: { lower: "370", upper: "1480" }, source: { table: "Table 3-40" } });
    expect(pm25("Energy efficient stoves")).toMatchObject({ value: "370", ci: { lower: "285", upper: "740" }, source: { table: "Table 3-41" } });
    expect(pm25("Advanced / ecolabelled stoves and boilers")).toMatchObject({ value: "93", source: { table: "Table 3-42" } });
    expect(pm25("Conventional boilers < 50 kW")).toMatchObject({ value: "470", source: { table: "Table 3-43" } });
    expect(pm25("Pellet stoves and boilers")).toMatchObject({ value: "60", source: { table: "Table 3-44" } });
    expect(find(rows, "1.A.4.b.i", "wood", "Advanced / ecolabelled stoves and boilers", "BC").value).toBe("28");
  });

  it("gives gas-oil stoves and natural-gas boilers their own rows", () => {
    // EMEP/EEA 2019 1.A.4 Tables 3-17 and 3-16
    expect(find(rows, "1.A.4.b.i", "gasOil", "Stoves", "NOx")).toMatchObject({ value: "34", ci: { lower: "20", upper: "48" } });
    expect(find(rows, "1.A.4.b.i", "naturalGas", "Small (single household scale, capacity <=50 kWth) boilers", "NOx").value).toBe("42");
  });

  it("names its tables as the guidebook does and says how the database's fuel labels were stored", () => {
    expect(rows.filter((r) => !/^Table 3-\d+$/.test(r.source.table))).toEqual([]);
    expect(rows.filter((r) => r.fuel === "solidFuels").every((r) => r.note?.includes("Solid Fuel (not biomass)") === true)).toBe(true);
    expect(rows.filter((r) => r.fuel === "hardCoalAndBrownCoal").every((r) => r.note?.includes("Coal Fuels") === true)).toBe(true);
  });

  it("carries an interval on every row", () => {
    expect(rows.filter((r) => r.ci === undefined).map((r) => r.id)).toEqual([]);
  });
});

describe("the EMEP/EEA 2019 Tier 2 non-residential tables (1.A.4.a.i, 1.A.4.c.i)", () => {
  const rows = EMEP_EEA_2019_TIER2_1A4_NON_RESIDENTIAL.rows;

  it("give every boiler table under 1.A.4.a.i and 1.A.4.c.i with the same values", () => {
    const strip = (r: FactorRow) => [r.fuel, r.technology, r.pollutant, r.value, r.ci, r.source.table];
    const a = rows.filter((r) => r.sector === "1.A.4.a.i");
    expect(a).toHaveLength(96);
    expect(rows.filter((r) => r.sector === "1.A.4.c.i").map(strip)).toEqual(a.map(strip));
  });

  it("give coal boilers of 50 kWth to 1 MWth PM2.5 170 g/GJ (72 to 220) and automatic advanced coal boilers 70 g/GJ (35 to 140)", () => {
    // EMEP/EEA 2019 1.A.4 Tables 3-20 and 3-23
    expect(find(rows, "1.A.4.a.i", "hardCoalAndBrownCoal", "Medium size (>50 kWth to <=1 MWth) boilers", "PM2.5")).toMatchObject({ value: "170", ci: { lower: "72", upper: "220" }, source: { table: "Table 3-20" } });
    expect(find(rows, "1.A.4.c.i", "hardCoalAndBrownCoal", "Advanced coal combustion techniques <1MWth - Automatic Boiler", "PM2.5")).toMatchObject({ value: "70", ci: { lower: "35", upper: "140" }, source: { table: "Table 3-23" } });
  });

  it("store the residual-oil boiler table under heavyFuelOil and note its technology name as published", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-25: PM2.5 30 g/GJ (7.5 to 60), no TSP and no BC
    const r = find(rows, "1.A.4.a.i", "heavyFuelOil", "Fuel oil (Distillate fuel oil) combustion in boilers > 1MW", "PM2.5");
    expect(r).toMatchObject({ value: "30", ci: { lower: "7.5", upper: "60" } });
    expect(r.note).toMatch(/residual fuel oil/);
    expect(rows.filter((x) => x.source.table === "Table 3-25" && (x.pollutant === "TSP" || x.pollutant === "BC"))).toEqual([]);
  });

  it("give wood boilers NH3 where published (Tables 3-45 to 3-48: 37 g/GJ)", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-47
    expect(find(rows, "1.A.4.a.i", "wood", "Wood combustion <1MW - Manual Boilers", "NH3")).toMatchObject({ value: "37", ci: { lower: "18", upper: "74" } });
  });

  it("give the turbine and engine tables under all three stationary codes", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-31: gas-oil reciprocating engines NOx 942 g/GJ (565 to 1319)
    const engines = EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES.rows;
    for (const sector of ["1.A.4.a.i", "1.A.4.b.i", "1.A.4.c.i"]) {
      expect(find(engines, sector, "gasOil", "Reciprocating Engines", "NOx")).toMatchObject({ value: "942", ci: { lower: "565", upper: "1319" } });
    }
  });
});

describe("the EMEP/EEA 2019 Tier 1 table for 1.A.4.c.i", () => {
  it("repeats Tables 3-7 to 3-10 of 1.A.4.a.i value for value, each row saying why", () => {
    const strip = (r: FactorRow) => [r.fuel, r.pollutant, r.value, r.ci, r.unit, r.source.table, r.flags];
    const commercial = EMEP_EEA_2019_TIER1_1A4.rows.filter((r) => r.sector === "1.A.4.a.i");
    expect(EMEP_EEA_2019_TIER1_1A4CI.rows.map(strip)).toEqual(commercial.map(strip));
    expect(EMEP_EEA_2019_TIER1_1A4CI.rows.every((r) => r.sector === "1.A.4.c.i" && r.note?.includes("1.A.4.c.i") === true)).toBe(true);
  });
});

describe("small-combustion lookups with the built-in tables", () => {
  it("finds 1.A.4.c.i factors, which failed before: coal NOx 173 g/GJ (Table 3-7) and coal CH4 300 kg/TJ (IPCC Table 2.5)", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-7; 2006 IPCC GL Vol. 2 Table 2.5
    expect(lookupFactor(factors, { sector: "1.A.4.c.i", fuel: "otherBituminousCoal", pollutant: "NOx" }).row).toMatchObject({ value: "173", source: { table: "Table 3-7" } });
    expect(lookupFactor(factors, { sector: "1.A.4.c.i", fuel: "otherBituminousCoal", pollutant: "CH4" }).row).toMatchObject({ value: "300", source: { table: "Table 2.5" } });
    expect(lookupFactor(factors, { sector: "1.A.4.c.i", fuel: "wood", technology: "Wood combustion <1MW - Automatic Boilers", pollutant: "PM2.5" }).row.value).toBe("37");
  });

  it("prefers a stove technology's Tier 2 row over the Tier 1 row, and keeps Tier 1 for a row with no technology", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-14 (stoves: 450 g/GJ) against Table 3-3 (Tier 1: 398 g/GJ)
    const stove = lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", pollutant: "PM2.5" });
    expect(stove.row.value).toBe("450");
    expect(stove.matchedFuel).toBe("solidFuels");
    expect(lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "lignite", pollutant: "PM2.5" }).row.value).toBe("398");
    expect(lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "anthracite", technology: ADVANCED_COAL_STOVE, pollutant: "PM2.5" }).row.value).toBe("220");
  });

  it("falls back to the generic Tier 1 row for a built-in technology that has no row for the fuel (gas in Stoves)", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-4 (Tier 1 gaseous fuels): NOx 51 g/GJ; "Stoves" rows exist only for solid fuels and gas oil
    expect(lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "naturalGas", technology: "Stoves", pollutant: "NOx" }).row).toMatchObject({ value: "51", source: { table: "Table 3-4" } });
  });

  it("still gives CO2 of a stove from IPCC Table 1.4, which has no technology", () => {
    // 2006 IPCC GL Vol. 2 Table 1.4: lignite 101000 kg/TJ
    expect(lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", pollutant: "CO2" }).row.value).toBe("101000");
  });

  it("suggests the published name for a stove technology spelled loosely", () => {
    try {
      lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "wood", technology: "Energy efficient stove", pollutant: "PM2.5" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownTechnologyError);
      expect((e as UnknownTechnologyError).message).toContain("Energy efficient stoves");
    }
  });

  it("lends no coal factor to the new fuels of no group (patent fuel, kerosene): the lookup fails loudly", () => {
    expect(() => lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "patentFuel", technology: "Stoves", pollutant: "PM2.5" })).toThrow(UnknownFactorError);
    expect(() => lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "kerosene", pollutant: "NOx" })).toThrow(UnknownFactorError);
    expect(lookupFactor(factors, { sector: "1.A.4.b.i", fuel: "kerosene", pollutant: "CO2" }).row.value).toBe("71900");
  });

  it("lists the new 1.A.4.b.i BC rows, each a share of PM2.5", () => {
    const bc = listFactors(factors, { sector: "1.A.4.b.i", pollutant: "BC" }).filter((m) => m.tableId === "emep-eea-2019-tier2-1A4bi");
    expect(bc).toHaveLength(14);
    expect(bc.every((m) => m.row.unit === "% of PM2.5")).toBe(true);
  });
});
