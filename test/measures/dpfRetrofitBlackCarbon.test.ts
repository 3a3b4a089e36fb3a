import { describe, expect, it } from "vitest";
import { MissingFactorError, computeEmissions, createFactorSet } from "../../src/index.js";
import { BUSES, HALF, run } from "./fixtures.js";

// The built-in tables have road BC shares only for a few technologies (Euro III diesel heavy-duty
// vehicles, Euro 3 petrol cars and vans; docs/data-sources.md, "Road BC and OC"). These tests check
// the mechanism with an illustrative user row on a Euro IV bus (no built-in share), and the built-in
// share on Euro III buses and trucks.
const cite = { id: "Illustrative-BC-2025", authors: "cobenefits tests", title: "Illustrative BC share of exhaust PM2.5 (not a published value)", publisher: "tests", year: 2025, url: "https://example.org" };
const bcShare = {
  id: "illustrative.bus-euro-iv.BC", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005",
  pollutant: "BC", value: "50", unit: "% of PM2.5", source: { id: cite.id, table: "T1" }, quality: "userSupplied",
} as const;
const userTables = [{ id: "illustrative", title: "illustrative", rows: [bcShare] }];

describe("a BC share row on a Tier 2 road technology", () => {
  it("turns into g/km through the technology's Tier 2 PM2.5: 1e7 vkm x 0.0462 g/km x 50% = 0.231 t", () => {
    // PM2.5: EMEP/EEA 2019 1.A.3.b.i-iv Table 3-24, Urban Buses Standard Euro IV 0.0462 g/km
    const factors = createFactorSet({ userTables, userCitations: [cite] });
    const inv = computeEmissions(
      [{ id: "buses", sector: BUSES.sector, fuel: BUSES.fuel, technology: BUSES.technology, activityLevel: { value: "1e7", unit: "vkm" } }],
      { factors, species: ["PM2.5", "BC"] },
    );
    expect(inv.rows.find((r) => r.species === "PM2.5")?.value).toBe("0.462");
    expect(inv.rows.find((r) => r.species === "BC")?.value).toBe("0.231");
  });

  it("lets a DPF retrofit on half the buses cut BC by 0.231 x 0.5 x 0.9 = 0.10395 t, a co-benefit and not noGhgEffect under a BC metric", () => {
    const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: HALF, removal: { "PM2.5": "0.9", BC: "0.9" } } as const;
    const r = run([BUSES], [dpf], { metrics: ["AR6-GWP100+Bond2013-GWP100"], factors: { userTables, userCitations: [cite] } });
    expect(r.reduction("BC")).toBe("0.10395");
    const flags = r.result.tradeOffs.find((t) => t.measure === "dpf")?.flags;
    expect(flags).toContain("coBenefit");
    expect(flags).not.toContain("noGhgEffect");
    // Bond et al. 2013 BC GWP100 900: 0.10395 t BC x 900 = 93.555 t CO2e
    expect(r.result.tradeOffs.find((t) => t.measure === "dpf")?.co2eReduction).toBe("93.555");
  });

  it("without such a row, refuses a scenario asking for bus BC, saying road exhaust BC is not built in and what to do", () => {
    // docs/data-sources.md, "Road BC and OC": BUILTIN_FACTOR_GAPS
    const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: HALF, removal: { "PM2.5": "0.9", BC: "0.9" } } as const;
    let error: unknown;
    try {
      run([BUSES], [dpf], { species: ["PM2.5", "BC"], metrics: ["AR6-GWP100+Bond2013-GWP100"], onMissingFactor: "error" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingFactorError);
    expect((error as MissingFactorError).species).toBe("BC");
    expect((error as MissingFactorError).message).toMatch(/not built in: road exhaust BC .*"Road BC and OC"\); instead, add BC share rows in `% of PM2\.5`/);
  });
});

describe("a DPF retrofit on Tier 2 Euro III diesel buses and trucks, with the built-in BC share", () => {
  // PM2.5: EMEP/EEA 2019 1.A.3.b.i-iv Table 3-24 (Urban Buses Standard Euro III 0.207 g/km) and Table 3-22
  // (Diesel 16 - 32 t Euro III 0.13 g/km); BC share 70 % of exhaust PM (EMEP/EEA 2016, via vein, atmoschem/vein#278)
  const BUSES_III = { ...BUSES, id: "buses-iii", technology: "Urban Buses Standard - Euro III - 2000" } as const;
  const TRUCKS_III = { ...BUSES, id: "trucks-iii", technology: "Diesel 16 - 32 t - Euro III - 2000", level: { kind: "constant", value: "2e7" } } as const;
  const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses-iii", "trucks-iii"] }, penetration: HALF, removal: { "PM2.5": "0.9", BC: "0.9" } } as const;

  it("has built-in baseline BC: buses 1e7 vkm x 0.207 g/km x 70% = 1.449 t, trucks 2e7 vkm x 0.13 g/km x 70% = 1.82 t", () => {
    const r = run([BUSES_III, TRUCKS_III], [dpf], { metrics: ["AR6-GWP100+Bond2013-GWP100"] });
    expect(r.baseline("BC")).toBe("3.269");
  });

  it("cuts BC by (1.449 + 1.82) x 0.5 x 0.9 = 1.47105 t, a co-benefit worth 1323.945 t CO2e under Bond et al. 2013 GWP100 900", () => {
    const r = run([BUSES_III, TRUCKS_III], [dpf], { metrics: ["AR6-GWP100+Bond2013-GWP100"], onMissingFactor: "error", species: ["PM2.5", "BC", "CO2", "CH4", "N2O"] });
    expect(r.reduction("BC")).toBe("1.47105");
    // PM2.5 cut: (1e7 x 0.207 + 2e7 x 0.13) g = 4.67 t, x 0.5 x 0.9 = 2.1015 t
    expect(r.reduction("PM2.5")).toBe("2.1015");
    const t = r.result.tradeOffs.find((x) => x.measure === "dpf");
    expect(t?.flags).toContain("coBenefit");
    expect(t?.flags).not.toContain("noGhgEffect");
    // the filter leaves CO2, CH4 and N2O (computed, as the metric weighs them) unchanged: CO2e is BC's alone
    expect(t?.co2eReduction).toBe("1323.945");
  });

  it("gives no co-benefit when a gas the metric weighs is not computed: incomplete, naming it", () => {
    const r = run([BUSES_III, TRUCKS_III], [dpf], { metrics: ["AR6-GWP100+Bond2013-GWP100"], onMissingFactor: "error", species: ["PM2.5", "BC"] });
    const t = r.result.tradeOffs.find((x) => x.measure === "dpf");
    expect(t?.flags).toEqual(["incomplete"]);
    expect(t?.incomplete).toEqual([{ species: "CO2", scope: "all" }, { species: "CH4", scope: "all" }, { species: "N2O", scope: "all" }]);
  });
});
