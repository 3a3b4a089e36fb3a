import { describe, it, expect } from "vitest";
import { Dec } from "../../../src/units/decimal.js";
import { createFactorSet, lookupFactor } from "../../../src/index.js";
import { builtinCitationRegistry } from "../../../src/citations/registry.js";
import { type FactorRow, factorRowSchema } from "../../../src/factors/factorRow.js";
import { FUELS, FUEL_GROUPS } from "../../../src/factors/fuels.js";
import { EMEP_EEA_2019_TABLES } from "../../../src/factors/tables/emepEea2019.js";
import { EMEP_EEA_2019_TIER1_1A1, EMEP_EEA_2019_TIER1_1A2, EMEP_EEA_2019_TIER1_1A4 } from "../../../src/factors/tables/emepEea2019Tier1Stationary.js";
import { EMEP_EEA_2019_TIER1_ROAD } from "../../../src/factors/tables/emepEea2019Tier1Road.js";
import { EMEP_EEA_2019_TIER2_PASSENGER_CARS } from "../../../src/factors/tables/emepEea2019Tier2RoadPassengerCars.js";
import { EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL } from "../../../src/factors/tables/emepEea2019Tier2RoadLightCommercial.js";
import { EMEP_EEA_2019_TIER2_HEAVY_DUTY } from "../../../src/factors/tables/emepEea2019Tier2RoadHeavyDuty.js";
import { EMEP_EEA_2019_TIER2_BUSES } from "../../../src/factors/tables/emepEea2019Tier2RoadBuses.js";

const rows: readonly FactorRow[] = EMEP_EEA_2019_TABLES.flatMap((t) => t.rows);

/** The one row of a table with the given sector, fuel, pollutant and (when given) technology. */
function find(table: readonly FactorRow[], sector: string, fuel: string, pollutant: string, technology?: string): FactorRow {
  const hits = table.filter((r) => r.sector === sector && r.fuel === fuel && r.pollutant === pollutant && r.technology === technology);
  expect(hits).toHaveLength(1);
  return hits[0] as FactorRow;
}

describe("the EMEP/EEA 2019 tables", () => {
  it("list every table once", () => {
    expect(EMEP_EEA_2019_TABLES.map((t) => t.id)).toEqual([
      "emep-eea-2019-tier1-1A1",
      "emep-eea-2019-tier1-1A2",
      "emep-eea-2019-tier1-1A4",
      "emep-eea-2019-tier1-road",
      "emep-eea-2019-tier2-passenger-cars",
      "emep-eea-2019-tier2-light-commercial-vehicles",
      "emep-eea-2019-tier2-heavy-duty-vehicles",
      "emep-eea-2019-tier2-buses",
      "emep-eea-2019-tier1-1A4ci",
      "emep-eea-2019-tier2-1A4bi",
      "emep-eea-2019-tier2-1A4-non-residential",
      "emep-eea-2019-tier2-1A4-turbines-engines",
      "emep-eea-2019-road-wear",
    ]);
  });

  it("have rows that all pass the factor row schema", () => {
    const failures = rows.flatMap((r) => {
      const parsed = factorRowSchema.safeParse(r);
      return parsed.success ? [] : [`${r.id}: ${parsed.error.issues.map((i) => i.message).join("; ")}`];
    });
    expect(failures).toEqual([]);
  });

  it("have unique row ids", () => {
    const seen = new Set<string>();
    const twice = rows.filter((r) => seen.size === seen.add(r.id).size).map((r) => r.id);
    expect(twice).toEqual([]);
  });

  it("cite only known citations, as official-database values except the derived Tier 2 wear PM10 and PM2.5, which name what they were read through", () => {
    const registry = builtinCitationRegistry();
    expect(rows.filter((r) => !registry.byId.has(r.source.id)).map((r) => r.id)).toEqual([]);
    const derived = rows.filter((r) => r.quality === "derived");
    expect(rows.filter((r) => r.quality !== "officialDatabase" && r.quality !== "derived").map((r) => r.id)).toEqual([]);
    expect(derived.length).toBe(20);
    expect(derived.every((r) => r.source.id === "EMEP-EEA-2019-1A3bvi-vii" && r.via !== undefined && (r.pollutant === "PM10" || r.pollutant === "PM2.5"))).toBe(true);
  });

  it("name tables as the guidebook does (Table 3-3, not Table_3-3)", () => {
    expect(rows.filter((r) => !/^Table 3-\d+$/.test(r.source.table)).map((r) => r.id)).toEqual([]);
  });

  it("use only fuel ids and fuel groups of the fuel catalogue", () => {
    const known = new Set([...FUELS.map((f) => f.id), ...FUEL_GROUPS]);
    expect(rows.filter((r) => !known.has(r.fuel)).map((r) => r.id)).toEqual([]);
  });

  it("have PM2.5 <= PM10 <= TSP in every sector, fuel and technology unless flagged pmOrderAsPublished", () => {
    const groups = new Map<string, Map<string, FactorRow>>();
    for (const r of rows) {
      if (r.pollutant !== "PM2.5" && r.pollutant !== "PM10" && r.pollutant !== "TSP") continue;
      const key = `${r.source.id} ${r.sector} ${r.fuel} ${r.technology ?? ""}`;
      const group = groups.get(key) ?? new Map<string, FactorRow>();
      group.set(r.pollutant, r);
      groups.set(key, group);
    }
    const unflaggedViolations = [...groups].flatMap(([key, g]) => {
      const ordered = (["PM2.5", "PM10", "TSP"] as const).map((p) => g.get(p)).filter((r) => r !== undefined);
      const inOrder = ordered.every((r, i) => i === 0 || new Dec(ordered[i - 1]?.value ?? "0").lte(r.value));
      const flagged = ordered.every((r) => r.flags?.includes("pmOrderAsPublished") === true);
      return inOrder || flagged ? [] : [key];
    });
    expect(unflaggedViolations).toEqual([]);
  });

  it("flag exactly the non-residential liquid-fuels PM rows (1.A.4.a.i and 1.A.4.c.i), whose PM10 (21) exceeds TSP (20) as published", () => {
    // EMEP/EEA 2019, 1.A.4 Table 3-9
    const flagged = rows.filter((r) => r.flags?.includes("pmOrderAsPublished"));
    expect(flagged.map((r) => r.id).sort()).toEqual([
      "emep2019.1A4ai.T3-9.liquidFuels.PM10",
      "emep2019.1A4ai.T3-9.liquidFuels.PM2.5",
      "emep2019.1A4ai.T3-9.liquidFuels.TSP",
      "emep2019.1A4ci.T3-9.liquidFuels.PM10",
      "emep2019.1A4ci.T3-9.liquidFuels.PM2.5",
      "emep2019.1A4ci.T3-9.liquidFuels.TSP",
    ]);
    expect(flagged.every((r) => r.note !== undefined)).toBe(true);
    expect(find(EMEP_EEA_2019_TIER1_1A4.rows, "1.A.4.a.i", "liquidFuels", "PM10").value).toBe("21");
    expect(find(EMEP_EEA_2019_TIER1_1A4.rows, "1.A.4.a.i", "liquidFuels", "TSP").value).toBe("20");
  });

  it("have the expected number of rows per table", () => {
    const counts = Object.fromEntries(EMEP_EEA_2019_TABLES.map((t) => [t.id, t.rows.length]));
    expect(counts).toEqual({
      "emep-eea-2019-tier1-1A1": 48, // 6 fuels x 8 pollutants (no NH3)
      "emep-eea-2019-tier1-1A2": 33, // 4 fuels x 8 pollutants, plus NH3 for biomass
      "emep-eea-2019-tier1-1A4": 67, // 8 fuels x 8 pollutants, plus NH3 for 3 of them
      "emep-eea-2019-tier1-road": 62, // 46 pollutant rows + 4 sectors x 4 fuels of CO2
      "emep-eea-2019-tier1-1A4ci": 33, // Tables 3-7 to 3-10 again: 4 fuels x 8 pollutants, plus NH3 for biomass
      "emep-eea-2019-tier2-1A4bi": 119, // 14 tables x 8 pollutants, plus NH3 in Table 3-12 and the 6 wood tables
      "emep-eea-2019-tier2-1A4-non-residential": 192, // 2 sectors x (10 tables x 8 + NH3 in 4 wood tables + 2 oil tables x 6)
      "emep-eea-2019-tier2-1A4-turbines-engines": 96, // 3 sectors x 4 tables x 8 pollutants
      // Tier 2: the transcribed rows plus exhaust PM10 and TSP (equal to PM2.5) for every group with PM2.5
      "emep-eea-2019-tier2-passenger-cars": 480 + 2 * 75,
      "emep-eea-2019-tier2-light-commercial-vehicles": 108 + 2 * 18,
      "emep-eea-2019-tier2-heavy-duty-vehicles": 174 + 2 * 29,
      "emep-eea-2019-tier2-buses": 100 + 2 * 18,
      "emep-eea-2019-road-wear": 54, // Tier 1: 2 tables x 4 classes x 3 sizes; Tier 2: (3 tyre + 3 brake + 4 road) x TSP, PM10, PM2.5
    });
  });
});

describe("the EMEP/EEA 2019 Tier 1 stationary tables", () => {
  it("give 1.A.4.b.i hard coal and brown coal PM2.5 as 398 g/GJ (72 to 480)", () => {
    // EMEP/EEA 2019, 1.A.4 Table 3-3
    const r = find(EMEP_EEA_2019_TIER1_1A4.rows, "1.A.4.b.i", "hardCoalAndBrownCoal", "PM2.5");
    expect(r).toMatchObject({ value: "398", unit: "g/GJ", ci: { lower: "72", upper: "480" }, source: { id: "EMEP-EEA-2019-1A4", table: "Table 3-3" } });
    expect(r.id).toBe("emep2019.1A4bi.T3-3.hardCoalAndBrownCoal.PM2.5");
  });

  it("give 1.A.4.b.i hard coal and brown coal NOx as 110 g/GJ (36 to 200)", () => {
    // EMEP/EEA 2019, 1.A.4 Table 3-3
    expect(find(EMEP_EEA_2019_TIER1_1A4.rows, "1.A.4.b.i", "hardCoalAndBrownCoal", "NOx")).toMatchObject({ value: "110", ci: { lower: "36", upper: "200" } });
  });

  it("give 1.A.1.a hard coal SOx, stored as SO2, as 820 g/GJ (300 to 5000)", () => {
    // EMEP/EEA 2019, 1.A.1 Table 3-2
    const r = find(EMEP_EEA_2019_TIER1_1A1.rows, "1.A.1.a", "hardCoal", "SO2");
    expect(r).toMatchObject({ value: "820", unit: "g/GJ", ci: { lower: "300", upper: "5000" }, source: { id: "EMEP-EEA-2019-1A1", table: "Table 3-2" } });
  });

  it("give 1.A.1.a gas oil BC as 33.5 % of PM2.5 (28.9 to 38)", () => {
    // EMEP/EEA 2019, 1.A.1 Table 3-6
    expect(find(EMEP_EEA_2019_TIER1_1A1.rows, "1.A.1.a", "gasOil", "BC")).toMatchObject({ value: "33.5", unit: "% of PM2.5", ci: { lower: "28.9", upper: "38" } });
  });

  it("store the 1.A.2 tables under 1.A.2 and say why in every row", () => {
    // EMEP/EEA 2019, 1.A.2 Table 3-5 (biomass): SOx 38.4 g/GJ (20 to 50)
    expect(EMEP_EEA_2019_TIER1_1A2.rows.every((r) => r.sector === "1.A.2" && r.note?.includes("1.A.2.a") === true)).toBe(true);
    expect(find(EMEP_EEA_2019_TIER1_1A2.rows, "1.A.2", "biomass", "SO2")).toMatchObject({ value: "38.4", ci: { lower: "20", upper: "50" }, source: { table: "Table 3-5" } });
  });

  it("keep the 1.A.4.a.i liquid-fuels NMVOC lower bound as published (0.018)", () => {
    // EMEP/EEA 2019, 1.A.4 Table 3-9
    expect(find(EMEP_EEA_2019_TIER1_1A4.rows, "1.A.4.a.i", "liquidFuels", "NMVOC").ci).toEqual({ lower: "0.018", upper: "70" });
  });

  it("write no interval bound with a trailing .0", () => {
    const stationary = [EMEP_EEA_2019_TIER1_1A1, EMEP_EEA_2019_TIER1_1A2, EMEP_EEA_2019_TIER1_1A4].flatMap((t) => t.rows);
    expect(stationary.filter((r) => r.ci === undefined || /\.0$/.test(r.ci.lower) || /\.0$/.test(r.ci.upper)).map((r) => r.id)).toEqual([]);
  });
});

describe("the EMEP/EEA 2019 Tier 1 road table", () => {
  const road = EMEP_EEA_2019_TIER1_ROAD.rows;

  it("gives diesel passenger-car NOx as 12.96 g/kg fuel (11.2 to 13.88)", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-6
    expect(find(road, "1.A.3.b.i", "gasDieselOil", "NOx", "Passenger cars")).toMatchObject({
      value: "12.96",
      unit: "g/kg fuel",
      ci: { lower: "11.2", upper: "13.88" },
      source: { id: "EMEP-EEA-2019-1A3bi-iv", table: "Table 3-6" },
    });
  });

  it("leaves out the misordered interval of diesel passenger-car NH3 (0.065 stored with 0.065 to 0.024) and says so", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-7
    const r = find(road, "1.A.3.b.i", "gasDieselOil", "NH3", "Passenger cars");
    expect(r.value).toBe("0.065");
    expect(r.ci).toBeUndefined();
    expect(r.note).toMatch(/not a valid interval/);
  });

  it("keeps TSP as published and notes that it is exhaust PM", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-6: heavy-duty diesel TSP 0.94 g/kg fuel
    const tsp = road.filter((r) => r.pollutant === "TSP");
    expect(tsp).toHaveLength(8);
    expect(tsp.every((r) => r.note?.includes("exhaust") === true && r.ci === undefined)).toBe(true);
    expect(find(road, "1.A.3.b.iii", "gasDieselOil", "TSP", "Heavy-duty vehicles").value).toBe("0.94");
  });

  it("gives CO2 per kg of fuel for petrol, diesel, LPG and CNG in every sector, without a technology", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-12
    const co2 = road.filter((r) => r.pollutant === "CO2");
    expect(co2).toHaveLength(16);
    expect(co2.every((r) => r.technology === undefined && r.unit === "kg/kg fuel" && r.source.table === "Table 3-12" && r.ci === undefined)).toBe(true);
    expect(find(road, "1.A.3.b.iii", "gasDieselOil", "CO2").value).toBe("3.14");
    expect(find(road, "1.A.3.b.i", "motorGasoline", "CO2").value).toBe("3.18");
  });

  it("has an interval on every row whose stored interval brackets its value, and a note on every row without one", () => {
    expect(road.filter((r) => r.ci === undefined && r.note === undefined).map((r) => r.id)).toEqual([]);
  });
});

describe("the EMEP/EEA 2019 Tier 2 road tables", () => {
  it("give Diesel 16 - 32 t - Euro VI NOx as 0.422 g/km, from Table 3-21", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-21
    expect(find(EMEP_EEA_2019_TIER2_HEAVY_DUTY.rows, "1.A.3.b.iii", "gasDieselOil", "NOx", "Diesel 16 - 32 t - Euro VI")).toMatchObject({
      value: "0.422",
      unit: "g/km",
      source: { id: "EMEP-EEA-2019-1A3bi-iv", table: "Table 3-21" },
    });
  });

  it("give Diesel Medium - Euro 5 passenger-car PM2.5 as 0.0021 g/km, from Table 3-18", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-18
    const r = find(EMEP_EEA_2019_TIER2_PASSENGER_CARS.rows, "1.A.3.b.i", "gasDieselOil", "PM2.5", "Diesel Medium - Euro 5 – EC 715/2007");
    expect(r).toMatchObject({ value: "0.0021", source: { table: "Table 3-18" } });
  });

  it("give Urban Buses Standard - Euro VI NOx as 0.597 g/km, from Table 3-23", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-23
    expect(find(EMEP_EEA_2019_TIER2_BUSES.rows, "1.A.3.b.iii", "gasDieselOil", "NOx", "Urban Buses Standard - Euro VI")).toMatchObject({
      value: "0.597",
      source: { table: "Table 3-23" },
    });
  });

  it("store the diesel LCV PM2.5 rows that the database labels Petrol as diesel, with a note", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-20: "Diesel - Conventional" PM2.5 0.356 g/km
    const lcv = EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL.rows;
    const r = find(lcv, "1.A.3.b.ii", "gasDieselOil", "PM2.5", "Diesel - Conventional");
    expect(r).toMatchObject({ value: "0.356", source: { table: "Table 3-20" } });
    expect(r.note).toMatch(/Petrol/);
    expect(lcv.filter((x) => x.fuel === "motorGasoline" && x.technology?.startsWith("Diesel") === true)).toEqual([]);
    expect(lcv.filter((x) => x.fuel === "gasDieselOil" && x.pollutant === "PM2.5")).toHaveLength(9);
  });

  it("keep hybrid petrol cars as petrol and leave out E85", () => {
    // EMEP/EEA 2019, 1.A.3.b.i-iv Table 3-17: "Hybrid Petrol Small - Euro 4 and later" NH3 0.0328 g/km
    const pc = EMEP_EEA_2019_TIER2_PASSENGER_CARS.rows;
    expect(find(pc, "1.A.3.b.i", "motorGasoline", "NH3", "Hybrid Petrol Small - Euro 4 and later").value).toBe("0.0328");
    expect(pc.filter((r) => r.technology?.includes("E85") === true)).toEqual([]);
  });

  const tier2 = [EMEP_EEA_2019_TIER2_PASSENGER_CARS, EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL, EMEP_EEA_2019_TIER2_HEAVY_DUTY, EMEP_EEA_2019_TIER2_BUSES].flatMap(
    (t) => t.rows,
  );
  const isPm = (r: FactorRow) => r.pollutant === "PM2.5" || r.pollutant === "PM10" || r.pollutant === "TSP";

  it("read PM (PM2.5, and PM10 and TSP equal to it) from the even-numbered table and everything else from the odd-numbered one", () => {
    const wrong = tier2.filter((r) => (Number(r.source.table.slice("Table 3-".length)) % 2 === 0) !== isPm(r));
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it("give exhaust PM10 and TSP equal to PM2.5 for every segment and Euro class with PM2.5, citing the database's TSP=PM10=PM2.5 statement", () => {
    // EMEP/EEA 2019 database, Tables 3-18/3-20/3-22/3-24: PM2.5 "Calculated using Tier 3 method, assuming TSP=PM10=PM2.5"
    const pm25 = tier2.filter((r) => r.pollutant === "PM2.5");
    expect(pm25.length).toBe(75 + 18 + 29 + 18);
    for (const r of pm25) {
      for (const size of ["PM10", "TSP"] as const) {
        const same = tier2.filter((s) => s.pollutant === size && s.sector === r.sector && s.fuel === r.fuel && s.technology === r.technology);
        expect(same).toHaveLength(1);
        expect(same[0]).toMatchObject({ value: r.value, unit: "g/km", source: r.source });
        expect(same[0]?.note).toContain("assuming TSP=PM10=PM2.5");
      }
    }
  });

  it("note the three values that look out of line (bus Euro II N2O 0.12, bus Euro VI NMVOC 0.22, truck Euro VI NH3 0.09), and no other", () => {
    // EMEP/EEA 2019 database, Table 3-23: urban bus N2O Euro I 0.012, Euro II 0.12, Euro III 0.001
    const noted = tier2.filter((r) => r.note?.includes("Looks out of line") === true);
    expect(noted.map((r) => `${r.technology ?? ""} ${r.pollutant} ${r.value}`).sort()).toEqual([
      "Diesel 16 - 32 t - Euro VI NH3 0.09",
      "Diesel 7.5 - 16 t - Euro VI NH3 0.09",
      "Diesel <=7.5 t - Euro VI NH3 0.09",
      "Diesel >32 t - Euro VI NH3 0.09",
      "Urban Buses Standard - Euro II - 91/542/EEC II N2O 0.12",
      "Urban Buses Standard - Euro VI NMVOC 0.22",
    ]);
  });

  it("make petrol N2O reachable from a Tier 2 technology, from Table 3-17 and not the IPCC Table 3.2.2 technologies", () => {
    // EMEP/EEA 2019 1.A.3.b.i-iv Table 3-17: Petrol Medium Euro 4 N2O 0.002 g/km
    const key = { sector: "1.A.3.b.i", fuel: "motorGasoline", technology: "Petrol Medium - Euro 4 - 98/69/EC II", pollutant: "N2O" } as const;
    expect(lookupFactor(createFactorSet(), key).row).toMatchObject({ value: "0.002", unit: "g/km", source: { id: "EMEP-EEA-2019-1A3bi-iv", table: "Table 3-17" } });
  });

  it("give Urban Buses Standard Euro IV exhaust TSP as 0.0462 g/km, from Table 3-24", () => {
    const r = find(EMEP_EEA_2019_TIER2_BUSES.rows, "1.A.3.b.iii", "gasDieselOil", "TSP", "Urban Buses Standard - Euro IV - 2005");
    expect(r).toMatchObject({ value: "0.0462", source: { table: "Table 3-24" } });
  });

  it("carry the label note of a diesel LCV PM2.5 row onto its PM10 and TSP rows", () => {
    const r = find(EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL.rows, "1.A.3.b.ii", "gasDieselOil", "PM10", "Diesel - Euro 4 - 98/69/EC II");
    const pm = find(EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL.rows, "1.A.3.b.ii", "gasDieselOil", "PM2.5", "Diesel - Euro 4 - 98/69/EC II");
    expect(r.note?.startsWith(pm.note ?? "missing")).toBe(true);
  });
});
