import { describe, expect, it } from "vitest";
import { computeEmissions, createFactorSet, lookupFactor, type FactorRow } from "../../../src/index.js";
import { EMEP_EEA_2019_ROAD_WEAR } from "../../../src/factors/tables/emepEea2019RoadWear.js";
import { Dec } from "../../../src/units/decimal.js";

const rows = EMEP_EEA_2019_ROAD_WEAR.rows;
const factors = createFactorSet();

function one(sector: string, technology: string, pollutant: string): FactorRow {
  const hits = rows.filter((r) => r.sector === sector && r.technology === technology && r.pollutant === pollutant);
  expect(hits).toHaveLength(1);
  return hits[0] as FactorRow;
}

describe("the EMEP/EEA 2019 non-exhaust road PM table (1.A.3.b.vi tyre and brake wear, 1.A.3.b.vii road surface wear)", () => {
  it("keeps every row on fuel none, in g per vehicle-km, citing the 1.A.3.b.vi-vii chapter", () => {
    expect(rows.every((r) => r.fuel === "none" && r.unit === "g/km" && r.source.id === "EMEP-EEA-2019-1A3bvi-vii")).toBe(true);
    expect(rows.filter((r) => r.pollutant === "TSP" || r.technology?.includes(":") !== true).every((r) => r.quality === "officialDatabase")).toBe(true);
  });

  it("derives Tier 2 PM10 and PM2.5 as TSP times the mass fractions: passenger-car brake wear 0.0075 x 0.98 = 0.00735 and x 0.39 = 0.002925 g/km", () => {
    // TSP: EMEP/EEA 2019 1.A.3.b.vi-vii Table 3-5; fractions as gtfs2emis and vein transcribe the chapter
    expect(one("1.A.3.b.vi", "Passenger cars: brake wear", "PM10")).toMatchObject({ value: "0.00735", quality: "derived", source: { table: "Table 3-5" } });
    expect(one("1.A.3.b.vi", "Passenger cars: brake wear", "PM2.5").value).toBe("0.002925");
    expect(one("1.A.3.b.vii", "Heavy-duty vehicles: road surface wear", "PM2.5").value).toBe("0.02052");
  });

  it("reproduces every published Tier 1 PM10 and PM2.5 from the Tier 2 TSP and fractions, rounded half up to the published digits", () => {
    // The check that the transcribed fractions are the chapter's: Tier 1 tyre and brake = Tier 2 tyre + brake; Tier 1 road = Tier 2 road
    const checked: string[] = [];
    for (const category of ["Two-wheelers", "Passenger cars", "Light commercial vehicles", "Heavy-duty vehicles"]) {
      for (const pollutant of ["PM10", "PM2.5"] as const) {
        for (const [sector, processes] of [["1.A.3.b.vi", ["tyre wear", "brake wear"]], ["1.A.3.b.vii", ["road surface wear"]]] as const) {
          const parts = processes.map((p) => rows.find((r) => r.sector === sector && r.technology === `${category}: ${p}` && r.pollutant === pollutant));
          if (parts.some((p) => p === undefined)) continue; // no Tier 2 heavy-duty tyre and brake wear
          const tier1 = one(sector, category, pollutant);
          const sum = parts.reduce((s, p) => s.plus(p!.value), new Dec(0));
          const digits = new Dec(tier1.value).precision(true);
          expect(sum.toSignificantDigits(digits, Dec.ROUND_HALF_UP).toString(), `${sector} ${category} ${pollutant}`).toBe(new Dec(tier1.value).toString());
          checked.push(`${sector} ${category} ${pollutant}`);
        }
      }
    }
    expect(checked).toHaveLength(3 * 2 + 4 * 2);
  });

  it("gives Tier 1 passenger-car tyre and brake wear as TSP 0.0182, PM10 0.0138, PM2.5 0.0074 g/km with their intervals", () => {
    // EMEP/EEA 2019 1.A.3.b.vi-vii Table 3-1 (database row Table_3-1b)
    expect(one("1.A.3.b.vi", "Passenger cars", "TSP")).toMatchObject({ value: "0.0182", ci: { lower: "0.0111", upper: "0.0262" }, source: { table: "Table 3-1" } });
    expect(one("1.A.3.b.vi", "Passenger cars", "PM10")).toMatchObject({ value: "0.0138", ci: { lower: "0.0083", upper: "0.0195" } });
    expect(one("1.A.3.b.vi", "Passenger cars", "PM2.5")).toMatchObject({ value: "0.0074", ci: { lower: "0.0045", upper: "0.0107" } });
  });

  it("gives Tier 1 heavy-duty road surface wear as PM2.5 0.0205 g/km (0.0123 to 0.0277) and names the database's HGVs label", () => {
    // EMEP/EEA 2019 1.A.3.b.vi-vii Table 3-2 (database row Table_3-2d)
    const r = one("1.A.3.b.vii", "Heavy-duty vehicles", "PM2.5");
    expect(r).toMatchObject({ value: "0.0205", ci: { lower: "0.0123", upper: "0.0277" }, source: { table: "Table 3-2" } });
    expect(r.note).toContain('"HGVs"');
  });

  it("gives Tier 2 tyre, brake and road surface wear TSP under their own technologies, saying what is not applied", () => {
    // EMEP/EEA 2019 1.A.3.b.vi-vii Tables 3-3 (tyre 0.0107), 3-5 (brake 0.0075), 3-7 (road 0.015)
    expect(one("1.A.3.b.vi", "Passenger cars: tyre wear", "TSP")).toMatchObject({ value: "0.0107", source: { table: "Table 3-3" } });
    expect(one("1.A.3.b.vi", "Passenger cars: brake wear", "TSP")).toMatchObject({ value: "0.0075", source: { table: "Table 3-5" } });
    const road = one("1.A.3.b.vii", "Passenger cars: road surface wear", "TSP");
    expect(road).toMatchObject({ value: "0.015", source: { table: "Table 3-7" } });
    expect(road.ci).toBeUndefined();
    expect(road.note).toContain("not applied");
  });

  it("finds a city's passenger-car vehicle-km at 1.A.3.b.vi and 1.A.3.b.vii with fuel none", () => {
    const key = { sector: "1.A.3.b.vi", fuel: "none", technology: "Passenger cars", pollutant: "PM2.5" } as const;
    expect(lookupFactor(factors, key).row.id).toBe("emep2019.1A3bvi.T3-1.none.Passenger-cars.PM2.5");
    expect(lookupFactor(factors, { ...key, sector: "1.A.3.b.vii" }).row.value).toBe("0.0041");
  });

  it("computes non-exhaust PM2.5 of 1e9 passenger-car vkm: 7.4 t from tyres and brakes and 4.1 t from the road surface", () => {
    // 1e9 vkm x 0.0074 g/km = 7.4e6 g = 7.4 t; 1e9 vkm x 0.0041 g/km = 4.1 t (Tables 3-1 and 3-2)
    const inv = computeEmissions(
      [
        { id: "tyres-brakes", sector: "1.A.3.b.vi", fuel: "none", technology: "Passenger cars", activityLevel: { value: "1e9", unit: "vkm" } },
        { id: "road", sector: "1.A.3.b.vii", fuel: "none", technology: "Passenger cars", activityLevel: { value: "1e9", unit: "vkm" } },
      ],
      { factors, species: ["PM2.5", "PM10", "TSP"] },
    );
    const value = (id: string, s: string) => inv.rows.find((r) => r.activityId === id && r.species === s)?.value;
    expect(value("tyres-brakes", "PM2.5")).toBe("7.4");
    expect(value("tyres-brakes", "TSP")).toBe("18.2");
    expect(value("road", "PM2.5")).toBe("4.1");
    expect(value("road", "PM10")).toBe("7.5");
  });
});
