import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, factorProvenance } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { ALL, pen, run } from "./fixtures.js";

// Only built-in rows: EMEP/EEA 2019 1.A.4 Table 3-14 (stoves, solid fuel (not biomass)): PM2.5 450,
// CO 5000, SO2 900 g/GJ, BC 6.4 % of PM2.5; Table 3-19 (advanced coal combustion techniques
// <1 MWth, advanced stove): PM2.5 220, CO 2000, SO2 450 g/GJ, BC 6.4 % of PM2.5. CO2 from 2006 IPCC
// GL Vol. 2 Table 1.4 (lignite 101000, anthracite 98300 kg/TJ); NCVs from Table 1.2 (lignite 11.9,
// anthracite 26.7 GJ/t). The fuel savings are the programme's own figures (inputs, not table values).
const ADVANCED = "Advanced coal combustion techniques <1MWth - Advanced stove";
const SPECIES = ["PM2.5", "BC", "CO", "SO2", "CO2"] as const;

/** Rounds a decimal string to 6 places, for exact comparison with hand-computed values. */
const r6 = (x: string) => new Dec(x).toFixed(6);

describe("stoveReplacement with built-in stove technologies", () => {
  it("replaces every Ulaanbaatar-style ger stove burning 100,000 t lignite by an advanced stove saving 25% of the fuel", () => {
    const ger = { id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", unit: "t", level: { kind: "constant", value: "100000" } } as const;
    const swap = { id: "advanced-stoves", kind: "stoveReplacement", target: { activityIds: ["ger-stoves"] }, penetration: ALL, to: { technology: ADVANCED }, fuelSaving: "0.25" } as const;
    const r = run([ger], [swap], { species: [...SPECIES], onMissingFactor: "error" });
    // 100,000 t x 11.9 GJ/t = 1,190,000 GJ in stoves; after: 0.75 x 1,190,000 = 892,500 GJ in advanced stoves
    expect(r6(r.baseline("PM2.5"))).toBe("535.500000"); // 1,190,000 GJ x 450 g/GJ
    expect(r6(r.reduction("PM2.5"))).toBe("339.150000"); // 535.5 - 892,500 x 220 g/GJ (196.35 t)
    expect(r6(r.reduction("BC"))).toBe("21.705600"); // 6.4% x 535.5 - 6.4% x 196.35 = 34.272 - 12.5664
    expect(r6(r.reduction("CO"))).toBe("4165.000000"); // 1,190,000 x 5000 - 892,500 x 2000 g/GJ = 5950 - 1785 t
    expect(r6(r.reduction("SO2"))).toBe("669.375000"); // 1,190,000 x 900 - 892,500 x 450 g/GJ = 1071 - 401.625 t
    expect(r6(r.reduction("CO2"))).toBe("30047.500000"); // (1190 - 892.5) TJ x 101 t/TJ
  });

  it("replaces 40% of Beijing household coal stoves burning 50,000 t anthracite by advanced stoves saving 20%", () => {
    const beijing = { id: "beijing-households", sector: "1.A.4.b.i", fuel: "anthracite", technology: "Stoves", unit: "t", level: { kind: "constant", value: "50000" } } as const;
    const swap = { id: "advanced-stoves", kind: "stoveReplacement", target: { activityIds: ["beijing-households"] }, penetration: pen("0.4"), to: { technology: ADVANCED }, fuelSaving: "0.2" } as const;
    const r = run([beijing], [swap], { species: [...SPECIES], onMissingFactor: "error" });
    // 50,000 t x 26.7 GJ/t = 1,335,000 GJ; 60% stays in stoves (801,000 GJ), 40% x 0.8 = 427,200 GJ in advanced stoves
    expect(r6(r.scenario("PM2.5"))).toBe("454.434000"); // 801,000 x 450 + 427,200 x 220 g/GJ = 360.45 + 93.984 t
    expect(r6(r.reduction("PM2.5"))).toBe("146.316000"); // 600.75 - 454.434
    expect(r6(r.reduction("BC"))).toBe("9.364224"); // 6.4% x 146.316
    expect(r6(r.reduction("CO"))).toBe("1815.600000"); // 6675 - (4005 + 854.4)
    expect(r6(r.reduction("SO2"))).toBe("288.360000"); // 1201.5 - (720.9 + 192.24)
    expect(r6(r.reduction("CO2"))).toBe("10498.440000"); // (1335 - 801 - 427.2) TJ x 98.3 t/TJ
  });

  it("prices the old stoves from Table 3-14 and the advanced stoves from Table 3-19, and says so in the provenance", () => {
    const ger = { id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", unit: "t", level: { kind: "constant", value: "1" } } as const;
    const swap = { id: "advanced-stoves", kind: "stoveReplacement", target: { activityIds: ["ger-stoves"] }, penetration: pen("0.5"), to: { technology: ADVANCED }, fuelSaving: "0.1" } as const;
    const scenario = { name: "provenance", years: { start: 2030, end: 2030 }, species: ["PM2.5"], metrics: [], baseline: [ger], measures: [swap] } as const;
    const rows = factorProvenance(compileScenario(scenario));
    expect(rows.map((p) => [p.createdBy, p.technology, p.factorRow, p.sourceTable])).toEqual([
      ["baseline", "Stoves", "emep2019.1A4bi.T3-14.solidFuels.Stoves.PM2.5", "Table 3-14"],
      ["advanced-stoves", ADVANCED, "emep2019.1A4bi.T3-19.hardCoalAndBrownCoal.Advanced-coal-combustion-techniques-lt1MWth-Advanced-stove.PM2.5", "Table 3-19"],
    ]);
  });

  it("cuts PM2.5 by p x E x (450 - (1 - s) x 220) g/GJ and BC by 6.4% of that, for any penetration p and fuel saving s (property)", () => {
    // EMEP/EEA 2019 1.A.4 Tables 3-14 and 3-19; both give BC as 6.4 % of PM2.5
    const decimal = fc.integer({ min: 0, max: 1000 }).map((n) => new Dec(n).div(1000).toString());
    fc.assert(
      fc.property(decimal, decimal, (p, saving) => {
        const stoves = { id: "s", sector: "1.A.4.b.i", fuel: "anthracite", technology: "Stoves", unit: "GJ", level: { kind: "constant", value: "1000000" } } as const;
        const swap = { id: "m", kind: "stoveReplacement", target: { activityIds: ["s"] }, penetration: pen(p), to: { technology: ADVANCED }, fuelSaving: saving } as const;
        const r = run([stoves], [swap], { species: ["PM2.5", "BC"], metrics: [], onMissingFactor: "error" });
        const expected = new Dec(p).times(new Dec(450).minus(new Dec(1).minus(saving).times(220))); // t: 1e6 GJ x g/GJ = 1 t per g/GJ
        expect(new Dec(r.reduction("PM2.5")).eq(expected)).toBe(true);
        expect(new Dec(r.reduction("BC")).eq(expected.times("0.064"))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
