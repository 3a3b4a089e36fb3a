import { describe, expect, it } from "vitest";
import { computeEmissions } from "../../src/accounting/computeEmissions.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { lookupFactor } from "../../src/factors/lookupFactor.js";
import { toCo2e } from "../../src/metrics/toCo2e.js";
import { combineMetrics } from "../../src/metrics/registry.js";
import { Dec } from "../../src/units/decimal.js";

const factors = createFactorSet();
const value = (inv: ReturnType<typeof computeEmissions>, id: string, s: string) => inv.rows.find((r) => r.activityId === id && r.species === s)?.value;

describe("an inventory of a city's coal boilers and buses from the built-in tables", () => {
  const inv = computeEmissions(
    [
      { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "100", unit: "kt" } },
      { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", activityLevel: { value: "1", unit: "PJ" } },
      { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", activityLevel: { value: "1e7", unit: "vkm" }, fuelConsumption: { value: "300", unit: "g/vkm" } },
    ],
    { factors, species: ["PM2.5", "BC", "SO2", "NOx", "CO2", "CH4", "N2O"], onMissingFactor: "omit" },
  );

  it("computes boiler PM2.5 through the IPCC NCV: 100 kt x 25.8 GJ/t x 108 g/GJ = 278.64 t", () => {
    // NCV: 2006 IPCC GL Vol.2 Table 1.2 (other bituminous coal 25.8 TJ/Gg); PM2.5: EMEP/EEA 2019 1.A.4 Table 3-7 (108 g/GJ)
    expect(value(inv, "boilers", "PM2.5")).toBe("278.64");
  });

  it("computes boiler BC as 6.4% of PM2.5 = 17.83296 t", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-7: BC 6.4 % of PM2.5
    expect(value(inv, "boilers", "BC")).toBe("17.83296");
  });

  it("computes boiler CO2 from IPCC Table 1.4: 2.58e6 GJ x 94.6 kg/GJ = 244068 t", () => {
    // 2006 IPCC GL Vol.2 Table 1.4: other bituminous coal 94600 kg/TJ
    expect(value(inv, "boilers", "CO2")).toBe("244068");
  });

  it("computes boiler CH4 from IPCC Table 2.4 (commercial/institutional): 2580 TJ x 10 kg/TJ = 25.8 t", () => {
    expect(value(inv, "boilers", "CH4")).toBe("25.8");
  });

  it("computes stove SO2 from EMEP/EEA 2019 1.A.4 Table 3-3: 1e6 GJ x 900 g/GJ = 900 t", () => {
    expect(value(inv, "stoves", "SO2")).toBe("900");
  });

  it("computes stove CH4 from IPCC Table 2.5 (residential): 1000 TJ x 300 kg/TJ = 300 t", () => {
    expect(value(inv, "stoves", "CH4")).toBe("300");
  });

  it("computes bus NOx from EMEP/EEA 2019 Tier 2 Table 3-23: 1e7 vkm x 5.42 g/km = 54.2 t", () => {
    expect(value(inv, "buses", "NOx")).toBe("54.2");
  });

  it("computes bus PM2.5 from EMEP/EEA 2019 Tier 2 Table 3-24: 1e7 vkm x 0.0462 g/km = 0.462 t", () => {
    expect(value(inv, "buses", "PM2.5")).toBe("0.462");
  });

  it("computes bus CO2 from EMEP/EEA 2019 Tier 1 Table 3-12 through the fuel consumption: 3000 t diesel x 3.14 = 9420 t", () => {
    expect(value(inv, "buses", "CO2")).toBe("9420");
  });

  it("computes bus CH4 from IPCC Table 3.2.2 via the diesel NCV: 3000 t x 43.0 GJ/t x 3.9 kg/TJ = 0.5031 t", () => {
    expect(value(inv, "buses", "CH4")).toBe("0.5031");
  });

  it("lists what the tables do not give (bus BC and SO2) instead of setting it to zero", () => {
    expect(inv.missing.map((m) => `${m.activityId}:${m.species}`)).toEqual(["buses:BC", "buses:SO2"]);
  });

  it("traces every number to a cited table", () => {
    for (const r of inv.rows) {
      expect(r.factors.length, `${r.activityId} ${r.species}`).toBeGreaterThan(0);
      for (const f of r.factors) expect(factors.citations.byId.has(f.source.id)).toBe(true);
    }
    const pm = inv.rows.find((r) => r.activityId === "boilers" && r.species === "PM2.5");
    expect(pm?.factors[0]?.source).toEqual({ id: "EMEP-EEA-2019-1A4", table: "Table 3-7" });
    expect(pm?.conversions[0]?.source).toEqual({ id: "IPCC2006-V2-Ch1", table: "Table 1.2" });
  });

  it("converts to CO2e only under a named metric; BC needs its own named value", () => {
    const ch4 = inv.totals.find((t) => t.species === "CH4")!.value;
    // AR6 WG1 Table 7.SM.7: CH4 27.9; AR6 Table 7.15: fossil CH4 29.8
    expect(toCo2e(ch4, "CH4", "AR6-GWP100").toString()).toBe(new Dec(ch4).times("27.9").toString());
    expect(toCo2e(ch4, "CH4", "AR6-GWP100-fossilCH4").toString()).toBe(new Dec(ch4).times("29.8").toString());
    const bc = inv.totals.find((t) => t.species === "BC")!.value;
    expect(() => toCo2e(bc, "BC", "AR6-GWP100")).toThrow(/Bond2013-GWP100/);
    expect(toCo2e(bc, "BC", combineMetrics("AR6-GWP100", "Bond2013-GWP100")).toString()).toBe(new Dec(bc).times(900).toString());
  });
});

describe("precedence of a city's own factors over the built-ins", () => {
  it("uses the user row and says so, keeping the built-in for everything else", () => {
    const city = createFactorSet({
      userCitations: [{ id: "City-2025", authors: "City EPB", title: "Boiler tests (illustrative)", publisher: "City EPB", year: 2025, url: "https://example.org" }],
      userTables: [{ id: "city", title: "City", rows: [{ id: "city.pm", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", pollutant: "PM2.5", value: "40", unit: "g/GJ", source: { id: "City-2025", table: "T1" }, quality: "userSupplied" }] }],
    });
    const key = { sector: "1.A.4.a.i", fuel: "otherBituminousCoal" } as const;
    expect(lookupFactor(city, { ...key, pollutant: "PM2.5" })).toMatchObject({ layer: "user", row: { value: "40" } });
    expect(lookupFactor(city, { ...key, pollutant: "NOx" })).toMatchObject({ layer: "builtin", row: { value: "173" } }); // EMEP/EEA 2019 1.A.4 Table 3-7
  });
});
