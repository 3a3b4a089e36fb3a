import { describe, expect, it } from "vitest";
import { BUILTIN_FACTOR_TABLES, builtinCitationRegistry, computeEmissions, createFactorSet, factorRowSchema, lookupFactor } from "../../../src/index.js";
import { EMEP_EEA_2016_ROAD_BC_SHARES, ROAD_BC_SHARE_MAPPING } from "../../../src/factors/tables/emepEea2016RoadBcShares.js";

const rows = EMEP_EEA_2016_ROAD_BC_SHARES.rows;
const tier2 = BUILTIN_FACTOR_TABLES.filter((t) => t.id !== EMEP_EEA_2016_ROAD_BC_SHARES.id).flatMap((t) => t.rows);

describe("the road BC shares of exhaust PM2.5 (EMEP/EEA 2016 road chapter, read via one transcription)", () => {
  it("hold the values as the transcription prints them: 1 g of PM gives 0.25 g BC (PC petrol I), 0.15 g (PC, LCV petrol III) and 0.70 g (HDV diesel III)", () => {
    // atmoschem/vein tests/testthat/test-speciate.R (PC G I: 0.25) and issue #278, 2025-03-17 (PC G III, LCV G III, HDV D III)
    expect(ROAD_BC_SHARE_MAPPING.map((m) => [m.transcribed, m.share])).toEqual([
      ["PC, petrol (G), Euro I", "25"],
      ["PC, petrol (G), Euro III", "15"],
      ["LCV, petrol (G), Euro III", "15"],
      ["HDV, diesel (D), Euro III", "70"],
    ]);
    expect(rows).toHaveLength(3 + 3 + 1 + 6);
  });

  it("map every transcribed class only onto Tier 2 technologies that exist, with their category's sector and fuel and the same Euro class, each with a PM2.5 row", () => {
    for (const m of ROAD_BC_SHARE_MAPPING) {
      for (const technology of m.technologies) {
        const pm = tier2.filter((r) => r.sector === m.sector && r.fuel === m.fuel && r.technology === technology && r.pollutant === "PM2.5");
        expect(pm, `${m.sector} ${m.fuel} ${technology}`).toHaveLength(1);
        expect(technology).toMatch(/Euro (1|3|III) /);
      }
    }
  });

  it("are valid secondary share rows of BC, citing the 2016 chapter and naming what they were read in", () => {
    const citations = builtinCitationRegistry();
    for (const r of rows) {
      expect(factorRowSchema.safeParse(r).success, r.id).toBe(true);
      expect(r).toMatchObject({ pollutant: "BC", unit: "% of PM2.5", quality: "secondary", source: { id: "EMEP-EEA-2016-1A3bi-iv" } });
      expect(r.via).toMatch(/atmoschem\/vein(#278|\): .*tests\/testthat\/test-speciate\.R)/);
      expect(citations.byId.has(r.source.id)).toBe(true);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it("give built-in BC in g/km: a Euro III urban bus 0.207 g/km PM2.5 x 70% = 0.1449 g/km, 1e6 vkm = 0.1449 t", () => {
    // PM2.5: EMEP/EEA 2019 1.A.3.b.i-iv Table 3-24, Urban Buses Standard Euro III 0.207 g/km
    const factors = createFactorSet();
    const key = { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro III - 2000", pollutant: "BC" } as const;
    expect(lookupFactor(factors, key).row.value).toBe("70");
    const inv = computeEmissions(
      [{ id: "bus", sector: key.sector, fuel: key.fuel, technology: key.technology, activityLevel: { value: "1e6", unit: "vkm" } }],
      { factors, species: ["PM2.5", "BC"] },
    );
    expect(inv.rows.find((r) => r.species === "PM2.5")?.value).toBe("0.207");
    expect(inv.rows.find((r) => r.species === "BC")?.value).toBe("0.1449");
  });

  it("leave a Euro IV bus without built-in BC, and say so", () => {
    const lookup = () => lookupFactor(createFactorSet(), { sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", pollutant: "BC" });
    expect(lookup).toThrow(/not built in: road exhaust BC .*"Road BC and OC"/);
  });
});
