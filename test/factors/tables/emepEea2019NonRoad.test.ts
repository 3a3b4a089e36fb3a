import { describe, expect, it } from "vitest";
import { builtinCitationRegistry } from "../../../src/citations/registry.js";
import { type FactorRow, factorRowSchema } from "../../../src/factors/factorRow.js";
import { BUILTIN_FACTOR_TABLES } from "../../../src/factors/builtinTables.js";
import { SECTORS } from "../../../src/factors/sectors.js";
import {
  EMEP_EEA_2019_NON_ROAD_AGRICULTURE_FORESTRY,
  EMEP_EEA_2019_NON_ROAD_INDUSTRY,
  EMEP_EEA_2019_NON_ROAD_TABLES,
} from "../../../src/factors/tables/emepEea2019NonRoad.js";
import { createFactorSet, lookupFactor } from "../../../src/index.js";
import { Dec } from "../../../src/units/decimal.js";

const rows: readonly FactorRow[] = EMEP_EEA_2019_NON_ROAD_TABLES.flatMap((t) => t.rows);
const industry = EMEP_EEA_2019_NON_ROAD_INDUSTRY.rows;

function find(table: readonly FactorRow[], fuel: string, pollutant: string, technology?: string): FactorRow {
  const hits = table.filter((r) => r.fuel === fuel && r.pollutant === pollutant && r.technology === technology);
  expect(hits).toHaveLength(1);
  return hits[0] as FactorRow;
}

describe("the EMEP/EEA 2019 non-road machinery tables", () => {
  it("are built in, for sectors cobenefits knows", () => {
    for (const t of EMEP_EEA_2019_NON_ROAD_TABLES) expect(BUILTIN_FACTOR_TABLES).toContain(t);
    expect(new Set(rows.map((r) => r.sector))).toEqual(new Set(["1.A.2.g.vii", "1.A.4.c.ii"]));
    for (const r of rows) expect(SECTORS[r.sector]).toBeDefined();
  });

  it("have rows that all pass the factor row schema, with unique ids", () => {
    const failures = rows.flatMap((r) => {
      const parsed = factorRowSchema.safeParse(r);
      return parsed.success ? [] : [`${r.id}: ${parsed.error.issues.map((i) => i.message).join("; ")}`];
    });
    expect(failures).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const allIds = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows.map((r) => r.id));
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it("cite the non-road chapter by Table 3-1 (Tier 1) or Table 3-2 (Tier 2), as official-database values, per tonne of fuel", () => {
    const registry = builtinCitationRegistry();
    expect(rows.filter((r) => !registry.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(new Set(rows.map((r) => r.source.id))).toEqual(new Set(["EMEP-EEA-2019-1A2gvii-NRMM"]));
    expect(new Set(rows.map((r) => r.source.table))).toEqual(new Set(["Table 3-1", "Table 3-2"]));
    expect(new Set(rows.map((r) => r.quality))).toEqual(new Set(["officialDatabase"]));
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(["g/t fuel", "kg/t fuel"]));
    expect(rows.filter((r) => r.unit === "kg/t fuel").every((r) => r.pollutant === "CO2")).toBe(true);
  });

  it("give every diesel stage of 1.A.2.g.vii all eleven species, BC never above PM2.5", () => {
    const stages = ["< 1981", "1981-1990", "1991-Stage I", "Stage I", "Stage II", "Stage IIIA", "Stage IIIB", "Stage IV", "Stage V"];
    for (const stage of stages) {
      const technology = `Diesel - ${stage}`;
      const species = industry.filter((r) => r.technology === technology).map((r) => r.pollutant);
      expect(species.sort()).toEqual(["BC", "CH4", "CO", "CO2", "N2O", "NH3", "NMVOC", "NOx", "PM10", "PM2.5", "TSP"]);
      expect(new Dec(find(industry, "gasDieselOil", "BC", technology).value).lte(find(industry, "gasDieselOil", "PM2.5", technology).value)).toBe(true);
    }
  });

  it("hold the published values (EMEP/EEA 2019 non-road chapter Tables 3-1 and 3-2, via the guidebook database)", () => {
    // Table 3-1, diesel, 1.A.2.g.vii: NOx 32629, PM2.5 2104, BC 1306 g/t, CO2 3160 kg/t
    expect(find(industry, "gasDieselOil", "NOx").value).toBe("32629");
    expect(find(industry, "gasDieselOil", "PM2.5").value).toBe("2104");
    expect(find(industry, "gasDieselOil", "BC").value).toBe("1306");
    expect(find(industry, "gasDieselOil", "CO2").value).toBe("3160");
    // Table 3-2, diesel Stage I: NOx 31077, PM2.5 1005, BC 800; Stage IV: NOx 1570, PM2.5 98, BC 78
    expect(find(industry, "gasDieselOil", "NOx", "Diesel - Stage I").value).toBe("31077");
    expect(find(industry, "gasDieselOil", "BC", "Diesel - Stage I").value).toBe("800");
    expect(find(industry, "gasDieselOil", "PM2.5", "Diesel - Stage IV").value).toBe("98");
    expect(find(industry, "gasDieselOil", "NOx", "Diesel - Stage IV").value).toBe("1570");
    // Table 3-2, gasoline two-stroke Stage II: NMVOC 113157 g/t; LPG (Table 3-1): CO2 2990 kg/t
    expect(find(industry, "motorGasoline", "NMVOC", "Gasoline 2-stroke - Stage II").value).toBe("113157");
    expect(find(industry, "lpg", "CO2").value).toBe("2990");
  });

  it("keep the Stage V NOx above Stage IV as published, with a note saying so", () => {
    const v = find(industry, "gasDieselOil", "NOx", "Diesel - Stage V");
    expect(v.value).toBe("7663");
    expect(v.note).toMatch(/kept as published/);
  });

  it("leave the gasoline stages without published values (IIIA, IIIB, IV) out, and 1.A.4.c.ii diesel out", () => {
    expect(rows.some((r) => /Gasoline .-stroke - Stage (IIIA|IIIB|IV)$/.test(r.technology ?? ""))).toBe(false);
    expect(EMEP_EEA_2019_NON_ROAD_AGRICULTURE_FORESTRY.rows.some((r) => r.fuel === "gasDieselOil")).toBe(false);
  });
});

describe("looking up non-road machinery factors", () => {
  const set = createFactorSet();

  it("finds the Tier 2 row for a named stage, and the Tier 1 row without one", () => {
    expect(lookupFactor(set, { sector: "1.A.2.g.vii", fuel: "gasDieselOil", technology: "Diesel - Stage IIIA", pollutant: "BC" }).row.value).toBe("758");
    expect(lookupFactor(set, { sector: "1.A.2.g.vii", fuel: "gasDieselOil", pollutant: "BC" }).row.value).toBe("1306");
  });

  it("prices a machine's CO2, CH4 and N2O with the chapter's own rows, not the stationary 1.A.2 ones", () => {
    for (const pollutant of ["CO2", "CH4", "N2O"] as const) {
      expect(lookupFactor(set, { sector: "1.A.2.g.vii", fuel: "gasDieselOil", technology: "Diesel - Stage IV", pollutant }).row.sector).toBe("1.A.2.g.vii");
    }
  });

  it("refuses SO2 of a machine instead of taking the 1.A.2 boiler factor (the chapter derives SO2 from fuel sulphur)", () => {
    expect(() => lookupFactor(set, { sector: "1.A.2.g.vii", fuel: "gasDieselOil", pollutant: "SO2" })).toThrow(/no emission factor for 1\.A\.2\.g\.vii \/ gasDieselOil \/ SO2/);
  });

  it("asks for the engine type of a gasoline machine: no generic gasoline row exists", () => {
    expect(() => lookupFactor(set, { sector: "1.A.4.c.ii", fuel: "motorGasoline", pollutant: "NOx" })).toThrow(/name one/);
    expect(lookupFactor(set, { sector: "1.A.4.c.ii", fuel: "motorGasoline", technology: "Gasoline 2-stroke", pollutant: "NOx" }).row.value).toBe("2765");
  });
});
