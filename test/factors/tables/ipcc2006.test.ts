import { describe, expect, it } from "vitest";
import { builtinCitationRegistry } from "../../../src/citations/registry.js";
import { type FactorRow, factorRowSchema } from "../../../src/factors/factorRow.js";
import { FUELS } from "../../../src/factors/fuels.js";
import { type NcvRow, ncvRowSchema } from "../../../src/factors/ncvRow.js";
import { IPCC2006_NCV } from "../../../src/factors/tables/ipcc2006Ncv.js";
import { IPCC2006_T3_2_2_ROAD } from "../../../src/factors/tables/ipcc2006Road.js";
import {
  IPCC2006_STATIONARY_TABLES,
  IPCC2006_T1_4_CO2,
  IPCC2006_T2_2_ENERGY_INDUSTRIES,
  IPCC2006_T2_3_MANUFACTURING,
  IPCC2006_T2_4_COMMERCIAL,
  IPCC2006_T2_5_AGRICULTURE,
  IPCC2006_T2_5_RESIDENTIAL,
} from "../../../src/factors/tables/ipcc2006Stationary.js";

const tables = [...IPCC2006_STATIONARY_TABLES, IPCC2006_T3_2_2_ROAD];
const rows: readonly FactorRow[] = tables.flatMap((t) => t.rows);
const fuelIds = new Set(FUELS.map((f) => f.id));

/** The one row of a table with the given fuel, pollutant and (when given) technology. */
function find(table: { readonly rows: readonly FactorRow[] }, fuel: string, pollutant: string, technology?: string): FactorRow {
  const hits = table.rows.filter((r) => r.fuel === fuel && r.pollutant === pollutant && r.technology === technology);
  expect(hits).toHaveLength(1);
  return hits[0] as FactorRow;
}

const ncvByFuel = new Map(IPCC2006_NCV.map((r) => [r.fuel, r]));

function ncv(fuel: string): NcvRow {
  return ncvByFuel.get(fuel) ?? expect.unreachable(`no NCV row for ${fuel}`);
}

describe("the IPCC 2006 emission factor tables", () => {
  it("have rows that all pass the factor row schema", () => {
    expect(rows.filter((r) => !factorRowSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
  });

  it("have unique row ids and unique table ids", () => {
    const ids = [...rows.map((r) => r.id), ...IPCC2006_NCV.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
  });

  it("cite only the built-in IPCC 2006 citations, as official-database values without intervals", () => {
    const registry = builtinCitationRegistry();
    expect(rows.filter((r) => !registry.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(new Set(rows.map((r) => r.quality))).toEqual(new Set(["officialDatabase"]));
    expect(rows.filter((r) => r.ci !== undefined || r.via !== undefined).map((r) => r.id)).toEqual([]);
  });

  it("cite Chapter 1 for CO2, Chapter 2 for stationary CH4/N2O and Chapter 3 for road transport", () => {
    expect(new Set(IPCC2006_T1_4_CO2.rows.map((r) => `${r.source.id} ${r.source.table}`))).toEqual(new Set(["IPCC2006-V2-Ch1 Table 1.4"]));
    const chapter2 = [IPCC2006_T2_2_ENERGY_INDUSTRIES, IPCC2006_T2_3_MANUFACTURING, IPCC2006_T2_4_COMMERCIAL, IPCC2006_T2_5_RESIDENTIAL];
    expect(new Set(chapter2.flatMap((t) => t.rows.map((r) => r.source.id)))).toEqual(new Set(["IPCC2006-V2-Ch2"]));
    expect(new Set(IPCC2006_T3_2_2_ROAD.rows.map((r) => `${r.source.id} ${r.source.table}`))).toEqual(new Set(["IPCC2006-V2-Ch3 Table 3.2.2"]));
  });

  it("store each sector table under its sector, all in kg/TJ", () => {
    const sectors = (t: { readonly rows: readonly FactorRow[] }) => [...new Set(t.rows.map((r) => r.sector))];
    expect(sectors(IPCC2006_T1_4_CO2)).toEqual(["1.A"]);
    expect(sectors(IPCC2006_T2_2_ENERGY_INDUSTRIES)).toEqual(["1.A.1"]);
    expect(sectors(IPCC2006_T2_3_MANUFACTURING)).toEqual(["1.A.2"]);
    expect(sectors(IPCC2006_T2_4_COMMERCIAL)).toEqual(["1.A.4.a"]);
    expect(sectors(IPCC2006_T2_5_RESIDENTIAL)).toEqual(["1.A.4.b"]);
    expect(sectors(IPCC2006_T3_2_2_ROAD)).toEqual(["1.A.3.b"]);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(["kg/TJ"]));
  });

  it("use only fuel ids of the fuel catalogue", () => {
    expect(rows.filter((r) => !fuelIds.has(r.fuel)).map((r) => r.id)).toEqual([]);
  });

  it("give one CO2 row per fuel and CH4 and N2O for every fuel in each of Tables 2.2 to 2.5", () => {
    const fuels = IPCC2006_T1_4_CO2.rows.map((r) => r.fuel);
    expect(new Set(fuels).size).toBe(fuels.length);
    for (const t of [IPCC2006_T2_2_ENERGY_INDUSTRIES, IPCC2006_T2_3_MANUFACTURING, IPCC2006_T2_4_COMMERCIAL, IPCC2006_T2_5_RESIDENTIAL]) {
      expect(t.rows.map((r) => `${r.fuel} ${r.pollutant}`).sort()).toEqual(fuels.flatMap((f) => [`${f} CH4`, `${f} N2O`]).sort());
    }
  });

  it("give other bituminous coal 94600 kg/TJ CO2", () => {
    // 2006 IPCC GL Vol.2 Table 1.4
    expect(find(IPCC2006_T1_4_CO2, "otherBituminousCoal", "CO2").value).toBe("94600");
  });

  it("store CO2 of wood and charcoal as CO2-biogenic, reported apart, and of every fossil fuel as CO2", () => {
    // 2006 IPCC GL Vol.2 Table 1.4: wood/wood waste 112000, charcoal 112000
    const wood = find(IPCC2006_T1_4_CO2, "wood", "CO2-biogenic");
    expect(wood.value).toBe("112000");
    expect(wood.note).toContain("not counted");
    expect(find(IPCC2006_T1_4_CO2, "charcoal", "CO2-biogenic").value).toBe("112000");
    const fossil = new Set(FUELS.filter((f) => f.carbon === "fossil").map((f) => f.id));
    expect(IPCC2006_T1_4_CO2.rows.filter((r) => (r.pollutant === "CO2") !== fossil.has(r.fuel)).map((r) => r.id)).toEqual([]);
  });

  it("give residential coal 300 kg/TJ CH4 and note that Table 2.5 also covers 1.A.4.c", () => {
    // 2006 IPCC GL Vol.2 Table 2.5
    const coal = find(IPCC2006_T2_5_RESIDENTIAL, "otherBituminousCoal", "CH4");
    expect(coal.value).toBe("300");
    expect(coal.source.table).toBe("Table 2.5");
    expect(IPCC2006_T2_5_RESIDENTIAL.rows.every((r) => r.note?.includes("1.A.4.c.i") === true)).toBe(true);
  });

  it("give coal CH4 of 1, 10 and 10 kg/TJ in energy industries, manufacturing and commercial combustion", () => {
    // 2006 IPCC GL Vol.2 Tables 2.2, 2.3 and 2.4
    expect(find(IPCC2006_T2_2_ENERGY_INDUSTRIES, "otherBituminousCoal", "CH4").value).toBe("1");
    expect(find(IPCC2006_T2_3_MANUFACTURING, "otherBituminousCoal", "CH4").value).toBe("10");
    expect(find(IPCC2006_T2_4_COMMERCIAL, "otherBituminousCoal", "CH4").value).toBe("10");
    expect(find(IPCC2006_T2_2_ENERGY_INDUSTRIES, "otherBituminousCoal", "N2O").value).toBe("1.5");
  });

  it("give natural gas 56100 kg/TJ CO2 and 5 kg/TJ CH4 in residential combustion", () => {
    // 2006 IPCC GL Vol.2 Tables 1.4 and 2.5
    expect(find(IPCC2006_T1_4_CO2, "naturalGas", "CO2").value).toBe("56100");
    expect(find(IPCC2006_T2_5_RESIDENTIAL, "naturalGas", "CH4").value).toBe("5");
  });

  it("give wood 300 kg/TJ CH4 in commercial and 30 kg/TJ in energy-industry combustion", () => {
    // 2006 IPCC GL Vol.2 Tables 2.4 and 2.2
    expect(find(IPCC2006_T2_4_COMMERCIAL, "wood", "CH4").value).toBe("300");
    expect(find(IPCC2006_T2_2_ENERGY_INDUSTRIES, "wood", "CH4").value).toBe("30");
  });

  it("store Table 2.5 a second time under 1.A.4.c.i, value for value, with its own row and table ids", () => {
    // 2006 IPCC GL Vol.2 Table 2.5 covers residential and agriculture/forestry/fishing stationary combustion
    expect([...new Set(IPCC2006_T2_5_AGRICULTURE.rows.map((r) => r.sector))]).toEqual(["1.A.4.c.i"]);
    const strip = (r: FactorRow) => [r.fuel, r.pollutant, r.value, r.unit, r.source.table];
    expect(IPCC2006_T2_5_AGRICULTURE.rows.map(strip)).toEqual(IPCC2006_T2_5_RESIDENTIAL.rows.map(strip));
    expect(IPCC2006_T2_5_AGRICULTURE.id).not.toBe(IPCC2006_T2_5_RESIDENTIAL.id);
    expect(find(IPCC2006_T2_5_AGRICULTURE, "anthracite", "CH4").id).toBe("ipcc2006.1A4ci.T2.5.anthracite.CH4");
  });

  it("give other kerosene 71900 kg/TJ CO2, 10 kg/TJ CH4 and 0.6 kg/TJ N2O in households, and an NCV of 43.8 TJ/Gg", () => {
    // 2006 IPCC GL Vol.2 Tables 1.2, 1.4 and 2.5 (Other Kerosene)
    expect(find(IPCC2006_T1_4_CO2, "kerosene", "CO2").value).toBe("71900");
    expect(find(IPCC2006_T2_5_RESIDENTIAL, "kerosene", "CH4").value).toBe("10");
    expect(find(IPCC2006_T2_5_RESIDENTIAL, "kerosene", "N2O").value).toBe("0.6");
    expect(find(IPCC2006_T2_2_ENERGY_INDUSTRIES, "kerosene", "CH4").value).toBe("3");
    expect(ncv("kerosene").value).toBe("43.8");
  });

  it("give patent fuel and brown coal briquettes 97500 kg/TJ CO2, 300 kg/TJ CH4 in households and an NCV of 20.7 TJ/Gg", () => {
    // 2006 IPCC GL Vol.2 Tables 1.2, 1.4, 2.3 and 2.5 (Patent Fuel; Brown Coal Briquettes)
    for (const fuel of ["patentFuel", "brownCoalBriquettes"]) {
      expect(find(IPCC2006_T1_4_CO2, fuel, "CO2").value).toBe("97500");
      expect(find(IPCC2006_T2_5_RESIDENTIAL, fuel, "CH4").value).toBe("300");
      expect(find(IPCC2006_T2_5_RESIDENTIAL, fuel, "N2O").value).toBe("1.5");
      expect(find(IPCC2006_T2_3_MANUFACTURING, fuel, "CH4").value).toBe("10");
      expect(ncv(fuel).value).toBe("20.7");
    }
  });

  it("store gas/diesel oil as gasDieselOil with 74100 kg/TJ CO2 and say which EFDB rows were read", () => {
    // 2006 IPCC GL Vol.2 Table 1.4 (Gas/Diesel Oil)
    const diesel = find(IPCC2006_T1_4_CO2, "gasDieselOil", "CO2");
    expect(diesel.value).toBe("74100");
    expect(diesel.note).toContain("Diesel Oil rows");
  });
});

describe("the IPCC 2006 road transport table", () => {
  it("gives motor gasoline CH4 and N2O for its three technologies, spelled as the Guidelines spell them", () => {
    // 2006 IPCC GL Vol.2 Table 3.2.2
    expect(find(IPCC2006_T3_2_2_ROAD, "motorGasoline", "CH4", "Uncontrolled").value).toBe("33");
    expect(find(IPCC2006_T3_2_2_ROAD, "motorGasoline", "N2O", "Oxidation Catalyst").value).toBe("8.0");
    expect(find(IPCC2006_T3_2_2_ROAD, "motorGasoline", "CH4", "Low Mileage Light Duty Vehicle Vintage 1995 or later").value).toBe("3.8");
    expect(IPCC2006_T3_2_2_ROAD.rows.filter((r) => r.fuel === "motorGasoline" && r.technology === undefined)).toEqual([]);
  });

  it("gives diesel, natural gas and LPG without a technology", () => {
    // 2006 IPCC GL Vol.2 Table 3.2.2
    expect(find(IPCC2006_T3_2_2_ROAD, "gasDieselOil", "CH4").value).toBe("3.9");
    expect(find(IPCC2006_T3_2_2_ROAD, "naturalGas", "CH4").value).toBe("92");
    expect(find(IPCC2006_T3_2_2_ROAD, "lpg", "N2O").value).toBe("0.2");
  });

  it("has CH4 and N2O for six fuel-technology pairs and no biogasoline (not in the fuel catalogue)", () => {
    expect(IPCC2006_T3_2_2_ROAD.rows).toHaveLength(12);
    expect(IPCC2006_T3_2_2_ROAD.rows.filter((r) => /biogasoline/i.test(r.fuel))).toEqual([]);
  });
});

describe("the IPCC 2006 net calorific values", () => {
  it("all pass the NCV row schema, with unique ids, known fuels and the built-in Chapter 1 citation", () => {
    const registry = builtinCitationRegistry();
    expect(IPCC2006_NCV.filter((r) => !ncvRowSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect(new Set(IPCC2006_NCV.map((r) => r.id)).size).toBe(IPCC2006_NCV.length);
    expect(ncvByFuel.size).toBe(IPCC2006_NCV.length);
    expect(IPCC2006_NCV.filter((r) => !fuelIds.has(r.fuel)).map((r) => r.id)).toEqual([]);
    expect(IPCC2006_NCV.filter((r) => !registry.byId.has(r.source.id) || r.source.table !== "Table 1.2").map((r) => r.id)).toEqual([]);
  });

  it("cover the same fuels as Table 1.4", () => {
    expect(IPCC2006_NCV.map((r) => r.fuel).sort()).toEqual(IPCC2006_T1_4_CO2.rows.map((r) => r.fuel).sort());
  });

  it("give natural gas 48.0 TJ/Gg and other bituminous coal 25.8 TJ/Gg", () => {
    // 2006 IPCC GL Vol.2 Table 1.2
    expect(ncv("naturalGas")).toMatchObject({ value: "48.0", unit: "TJ/Gg" });
    expect(ncv("otherBituminousCoal").value).toBe("25.8");
    expect(ncv("gasDieselOil").value).toBe("43.0");
  });
});
