import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DUST_CONTROL_EFFICIENCIES, InvalidInputError, dustControlEfficiency, factorRowSchema, pavedRoadDustFactors, pavedRoadDustRemoval,
  roadDustFactorTable, toDec, unpavedRoadDustFactors, unpavedRoadWateringEfficiency,
} from "../../../src/index.js";
import { thrown } from "../../fixtures/thrown.js";

const values = (rows: readonly { value: string }[]) => rows.map((r) => r.value);
const ONE_SHORT_TON = "0.90718474"; // t, exact (1 short ton = 2000 lb x 0.45359237 kg)

describe("paved road dust, AP-42 13.2.1 (January 2011)", () => {
  it("gives k itself at sL = 1 g/m2, W = 1 short ton and no wet day (Table 13.2.1-1: 0.15, 0.62, 3.23 g/VKT)", () => {
    const rows = pavedRoadDustFactors({ technology: "t", siltLoading: "1", meanVehicleWeight: ONE_SHORT_TON, wetDays: "0" });
    expect(rows.map((r) => [r.pollutant, r.value, r.unit])).toEqual([["PM2.5", "0.15", "g/vkm"], ["PM10", "0.62", "g/vkm"], ["TSP", "3.23", "g/vkm"]]);
  });

  it("computes Equation 1 x Equation 2 by hand: sL = 2 g/m2, W = 2.4 short ton, P = 70 wet days", () => {
    // 2^0.91 = e^(0.91 x 0.693147) = 1.879045; 2.4^1.02 = e^(1.02 x 0.875469) = 2.442393;
    // 1 - 70/(4 x 365) = 0.952055; PM10 = 0.62 x 1.879045 x 2.442393 x 0.952055 = 2.70898 g/vkm
    const rows = pavedRoadDustFactors({ technology: "arterial", siltLoading: "2", meanVehicleWeight: "2.177243376", wetDays: "70" });
    expect(values(rows)).toEqual(["0.655399", "2.70898", "14.1129"]);
  });

  it("makes valid, derived rows of sector 1.A.3.b.vii that show their inputs and cite the section", () => {
    const rows = pavedRoadDustFactors({ technology: "arterial roads", siltLoading: "2", meanVehicleWeight: "2.177243376", wetDays: "70" });
    for (const r of rows) {
      expect(factorRowSchema.safeParse(r).success).toBe(true);
      expect(r).toMatchObject({ sector: "1.A.3.b.vii", fuel: "none", technology: "arterial roads", quality: "derived", source: { id: "US-EPA-AP42-13.2.1-2011" } });
      expect(r.note).toMatch(/sL = 2 g\/m2, W = 2.177243376 t = 2.4 short ton, P = 70 wet days/);
    }
    expect(rows[1]?.id).toBe("ap42-13.2.1.arterial-roads.PM10");
  });

  it("grows with silt loading and with vehicle weight, and falls with wet days (property)", () => {
    const dec = fc.integer({ min: 1, max: 100000 }).map((n) => (n / 1000).toString());
    fc.assert(
      fc.property(dec, dec, dec, dec, fc.integer({ min: 0, max: 364 }), (sL1, sL2, w1, w2, p) => {
        const f = (sL: string, w: string, wet: number) => toDec(pavedRoadDustFactors({ technology: "t", siltLoading: sL, meanVehicleWeight: w, wetDays: String(wet) })[1]!.value);
        const [a, b] = toDec(sL1).lte(sL2) ? [sL1, sL2] : [sL2, sL1];
        const [v, u] = toDec(w1).lte(w2) ? [w1, w2] : [w2, w1];
        expect(f(a, v, p).lte(f(b, v, p))).toBe(true);
        expect(f(a, v, p).lte(f(a, u, p))).toBe(true);
        expect(f(a, v, p + 1).lte(f(a, v, p))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a silt loading that is not positive and wet days beyond a year, each at its field", () => {
    const e = thrown(() => pavedRoadDustFactors({ technology: "t", siltLoading: "0", meanVehicleWeight: "2", wetDays: "400" }, ["factors", "roadDust", 0]), InvalidInputError);
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["factors", "roadDust", 0, "siltLoading"], "out_of_range"],
      [["factors", "roadDust", 0, "wetDays"], "out_of_range"],
    ]);
  });
});

describe("unpaved road dust, AP-42 13.2.2 (November 2006)", () => {
  it("gives k itself at s = 12 % and W = 3 short ton (Equation 1a, Table 13.2.2-2: 0.15, 1.5, 4.9 lb/VMT) in g/vkm", () => {
    // 1.5 lb/VMT x 453.59237 g/lb / 1.609344 km/mile = 422.774 g/vkm (AP-42 rounds the factor to 281.9)
    const rows = unpavedRoadDustFactors({ equation: "1a", technology: "haul road", siltContent: "12", meanVehicleWeight: "2.72155422", wetDays: "0" });
    expect(values(rows)).toEqual(["42.2774", "422.774", "1381.06"]);
  });

  it("reproduces a published worked example of Equation 1a: s = 10 %, W = 290 short ton gives 9.96 lb/VMT of PM10, 5.87 with 150 wet days", () => {
    // minephys environment docs, worked example 1: 1.5 x (10/12)^0.9 x (290/3)^0.45 = 9.9587 lb/VMT = 2806.85 g/vkm
    const w = toDec(290).times(ONE_SHORT_TON).toString();
    const dry = unpavedRoadDustFactors({ equation: "1a", technology: "pit", siltContent: "10", meanVehicleWeight: w, wetDays: "0" });
    const wet = unpavedRoadDustFactors({ equation: "1a", technology: "pit", siltContent: "10", meanVehicleWeight: w, wetDays: "150" });
    expect(dry[1]?.value).toBe("2806.85");
    expect(toDec(wet[1]!.value).div("281.9").toDecimalPlaces(2).toString()).toBe("5.87");
  });

  it("computes Equation 1b by hand: s = 4.1 %, S = 47 km/h, M = 1.8 %", () => {
    // S = 47/1.609344 = 29.2044 mph; PM10 = 1.8 x (4.1/12) x (29.2044/30)^0.5 / (1.8/0.5)^0.2 - 0.00047
    //     = 0.469184 lb/VMT = 132.239 g/vkm
    const rows = unpavedRoadDustFactors({ equation: "1b", technology: "village road", siltContent: "4.1", meanSpeed: "47", surfaceMoisture: "1.8", wetDays: "0" });
    expect(values(rows)).toEqual(["13.1357", "132.239", "390.149"]);
    expect(rows[0]?.source).toEqual({ id: "US-EPA-AP42-13.2.2-2006", table: "Equation 1b, Equation 2, Table 13.2.2-2, Table 13.2.2-4", page: "13.2.2-4, 13.2.2-5, 13.2.2-7" });
  });

  it("grows with silt content and vehicle weight (Equation 1a, property)", () => {
    const dec = fc.integer({ min: 1, max: 50000 }).map((n) => (n / 1000).toString());
    fc.assert(
      fc.property(dec, dec, dec, (s1, s2, w) => {
        const f = (s: string, wt: string) => toDec(unpavedRoadDustFactors({ equation: "1a", technology: "t", siltContent: s, meanVehicleWeight: wt, wetDays: "0" })[2]!.value);
        const [a, b] = toDec(s1).lte(s2) ? [s1, s2] : [s2, s1];
        expect(f(a, w).lte(f(b, w))).toBe(true);
        expect(f(a, w).lte(f(a, toDec(w).times(2).toString()))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a silt content or surface moisture above 100% and fractional or negative wet days, naming the figure", () => {
    // s and M are percentages by mass (AP-42 13.2.2 Equations 1a, 1b); P counts days with >= 0.254 mm of precipitation
    const e = thrown(() => unpavedRoadDustFactors({ equation: "1a", technology: "t", siltContent: "500", meanVehicleWeight: "2", wetDays: "70.5" }, ["factors", "roadDust", 1]), InvalidInputError);
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["factors", "roadDust", 1, "siltContent"], "out_of_range"],
      [["factors", "roadDust", 1, "wetDays"], "out_of_range"],
    ]);
    expect(e.issues[0]?.message).toMatch(/silt content s \[%\] is a percentage by mass, at most 100, not 500/);
    expect(e.issues[1]?.message).toMatch(/whole number of days .* not 70\.5/);
    const m = thrown(() => unpavedRoadDustFactors({ equation: "1b", technology: "t", siltContent: "10", meanSpeed: "30", surfaceMoisture: "120", wetDays: "-1" }), InvalidInputError);
    expect(m.issues.map((i) => i.path)).toEqual([["wetDays"], ["surfaceMoisture"]]);
    expect(unpavedRoadDustFactors({ equation: "1a", technology: "t", siltContent: "100", meanVehicleWeight: "2", wetDays: "365" })).toHaveLength(3);
  });

  it("refuses Equation 1b inputs for which the subtracted fleet term C exceeds the dust", () => {
    const e = thrown(() => unpavedRoadDustFactors({ equation: "1b", technology: "t", siltContent: "0.001", meanSpeed: "10", surfaceMoisture: "13", wetDays: "0" }), InvalidInputError);
    expect(e.issues[0]?.message).toMatch(/no positive PM2.5, PM10, TSP factor/);
  });
});

describe("dust control efficiencies", () => {
  it("derive the removal of sweeping or washing from the silt loading it leaves: 1 - (1/2)^0.91 = 0.467815 (AP-42 13.2.1 Equation 1)", () => {
    expect(pavedRoadDustRemoval({ before: "2", after: "1" })).toEqual({ "PM2.5": "0.467815", PM10: "0.467815", TSP: "0.467815" });
  });

  it("read watering of unpaved roads off AP-42 Figure 13.2.2-2: 0 at M = 1, 75% at 2, 85% at 3.5, 95% at 5, none beyond", () => {
    expect(["1", "2", "3.5", "5"].map((m) => unpavedRoadWateringEfficiency(m).PM10)).toEqual(["0", "0.75", "0.85", "0.95"]);
    expect(thrown(() => unpavedRoadWateringEfficiency("6", ["m"]), InvalidInputError).issues[0]).toMatchObject({ code: "out_of_range", path: ["m"] });
  });

  it("look up the EMEP/EEA 2.A.5.a Table 3-3 abatement efficiencies by id, and suggest the nearest for a typo", () => {
    expect(dustControlEfficiency("emep2019.2A5a.crusher.full-enclosure").removal).toEqual({ "PM2.5": "0.9", PM10: "0.9", TSP: "0.9" });
    expect(DUST_CONTROL_EFFICIENCIES).toHaveLength(11);
    const e = thrown(() => dustControlEfficiency("emep2019.2A5a.crusher.water-sprey"), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "unknown_reference", key: "emep2019.2A5a.crusher.water-sprey" });
    expect(e.issues[0]?.nearest?.[0]).toBe("emep2019.2A5a.crusher.water-spray");
  });
});

describe("roadDustFactorTable", () => {
  it("refuses a technology named twice, pointing at both", () => {
    const spec = { road: "paved", technology: "arterial", siltLoading: "1", meanVehicleWeight: "2", wetDays: "0" } as const;
    const e = thrown(() => roadDustFactorTable([spec, spec], ["factors", "roadDust"]), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "duplicate", path: ["factors", "roadDust", 1, "technology"], firstPath: ["factors", "roadDust", 0, "technology"] });
  });
});
