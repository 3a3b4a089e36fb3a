import { describe, expect, it } from "vitest";
import { CobenefitsError, InvalidInputError, OverclaimedActivityError } from "../../src/errors.js";
import { compileScenario } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { ALL, BUSES, HALF, STOVES, pen, run } from "./fixtures.js";

// Baseline stoves: 100 TJ anthracite -> NOx 110 g/GJ = 11 t, SO2 900 g/GJ = 90 t, PM2.5 398 g/GJ = 39.8 t,
// NH3 0.3 g/GJ = 0.03 t (EMEP/EEA 2019 1.A.4 Table 3-3); CO2 98300 kg/TJ = 9830 t (IPCC 2006 Table 1.4);
// CH4 300 kg/TJ = 30 t (IPCC 2006 Table 2.5).
describe("fuelSwitch", () => {
  const toGas = { id: "coal-to-gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: pen("0.6"), to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" } as const;

  it("moves 60% of the stoves to gas, conserving useful energy: 60 TJ x 0.5 / 0.9 = 33.33 TJ of gas", () => {
    const r = run([STOVES], [toGas]);
    // NOx: 40 TJ coal x 110 g/GJ = 4.4 t; gas 33333.3 GJ x 51 g/GJ (EMEP/EEA 2019 1.A.4 Table 3-4) = 1.7 t
    expect(new Dec(r.scenario("NOx")).toFixed(10)).toBe("6.1000000000");
    // CO2: 40 TJ x 98.3 t/TJ = 3932 t; 33.333 TJ x 56.1 t/TJ (IPCC 2006 Table 1.4) = 1870 t
    expect(new Dec(r.scenario("CO2")).toFixed(10)).toBe("5802.0000000000");
  });

  it("conserves useful energy exactly: gas energy x 0.9 = coal energy x 0.5", () => {
    const plan = compileScenario({ name: "t", years: { start: 2030, end: 2030 }, species: ["NOx"], metrics: [], baseline: [STOVES], measures: [toGas] });
    const gas = plan.lineages[0]!.templates[1]!;
    // one TJ of coal becomes `conversion` GJ of gas
    expect(gas.conversion.times("0.9").toFixed(20)).toBe(new Dec(1000).times("0.5").toFixed(20));
  });

  it("prices a switch to heat pumps with the grid factor, as indirect CO2: 100 TJ x 0.5 / COP 3 = 4629.63 MWh x 0.5366 t/MWh", () => {
    const hp = { ...toGas, id: "heat-pumps", penetration: ALL, to: { fuel: "electricity", technology: "air-source heat pump" }, efficiencyTo: "3", toUnit: "MWh" } as const;
    const r = run([STOVES], [hp]);
    expect(new Dec(r.scenario("CO2", "indirect")).toFixed(4)).toBe(new Dec(100).div("0.0036").times("0.5").div(3).times("0.5366").toFixed(4));
    expect(r.scenario("CO2", "direct")).toBe("0");
    expect(r.scenario("PM2.5")).toBe("0"); // no grid factor for PM2.5: listed in missing, not in totals
    expect(r.result.missing.some((m) => m.fuel === "electricity" && m.species === "PM2.5")).toBe(true);
  });
});

describe("controlDevice", () => {
  const fgd = (id: string, e: string) => ({ id, kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { SO2: e } }) as const;

  it("combines devices in series multiplicatively: 90 t x (1-0.5)(1-0.4) = 27 t, not 90 x (1-0.9)", () => {
    expect(run([STOVES], [fgd("a", "0.5"), fgd("b", "0.4")]).scenario("SO2")).toBe("27");
  });

  it("applies a partial penetration to the treated share only: 90 x (1 - 0.5 x 0.9) = 49.5 t", () => {
    expect(run([STOVES], [{ ...fgd("a", "0.9"), penetration: HALF }]).scenario("SO2")).toBe("49.5");
  });

  it("raises a species with a negative removal (ammonia slip) and every species with the energy penalty", () => {
    const scr = { id: "scr", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { NOx: "0.8", NH3: "-0.2" }, energyPenalty: "0.02" } as const;
    const r = run([STOVES], [scr]);
    expect(r.scenario("NOx")).toBe("2.244"); // 11 x 1.02 x 0.2
    expect(r.scenario("NH3")).toBe("0.03672"); // 0.03 x 1.02 x 1.2
    expect(r.scenario("CO2")).toBe("10026.6"); // 9830 x 1.02
    expect(r.result.tradeOffs[0]?.flags).toEqual(["airPollutantsDownCo2eUp"]);
  });
});

describe("buildingRetrofit and seasonalCurtailment", () => {
  it("cuts every species of the heat segment: half the floor area retrofitted, -40% demand -> x 0.8", () => {
    const retro = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "old-flats" }, penetration: HALF, demandReduction: "0.4" } as const;
    const r = run([STOVES], [retro]);
    expect(r.scenario("NOx")).toBe("8.8");
    expect(r.scenario("CO2")).toBe("7864");
    expect(r.result.tradeOffs[0]?.flags).toEqual(["coBenefit"]);
  });

  it("cuts activity in the months given, by the row's monthly profile: 0.5 x (0.1+0.2+0.3+0.2) -> x 0.6", () => {
    const profile = ["0.3", "0.2", "0.1", "0", "0", "0", "0", "0", "0", "0.1", "0.1", "0.2"];
    const cut = { id: "heating-season", kind: "seasonalCurtailment", target: { activityIds: ["stoves"] }, penetration: ALL, months: [11, 12, 1, 2], curtailment: "0.5" } as const;
    expect(run([{ ...STOVES, monthlyProfile: profile }], [cut]).scenario("SO2")).toBe("54");
  });

  it("refuses a seasonal curtailment on a row without a monthly profile (no flat profile is assumed)", () => {
    const cut = { id: "heating-season", kind: "seasonalCurtailment", target: { activityIds: ["stoves"] }, penetration: ALL, months: [1], curtailment: "0.5" } as const;
    expect(() => run([STOVES], [cut])).toThrow(/needs a monthlyProfile/);
  });
});

// Buses: NOx 5.42 g/km -> 54.2 t, PM2.5 0.0462 g/km -> 0.462 t (EMEP/EEA 2019 Tables 3-23, 3-24);
// CO2 3000 t diesel x 3.14 = 9420 t (EMEP/EEA 2019 Table 3-12).
describe("vehicle measures", () => {
  it("standardUpgrade moves half the vkm to Euro VI: 27.1 + 1e7 x 0.5 x 0.597 g/km = 30.085 t NOx", () => {
    const up = { id: "euro-vi", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: HALF, to: { technology: "Urban Buses Standard - Euro VI" } } as const;
    expect(run([BUSES], [up]).scenario("NOx")).toBe("30.085");
  });

  it("scrappage without replacement removes the scrapped share's vkm: 0.8 x 54.2 = 43.36 t", () => {
    const scrap = { id: "scrap", kind: "scrappage", target: { activityIds: ["buses"] }, penetration: pen("0.2"), replacement: null } as const;
    expect(run([BUSES], [scrap]).scenario("NOx")).toBe("43.36");
  });

  it("dpfRetrofit acts on particulates only: PM2.5 0.462 x (1 - 0.5 x 0.9) = 0.2541 t; NOx unchanged", () => {
    const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: HALF, removal: { "PM2.5": "0.9", BC: "0.9" } } as const;
    const r = run([BUSES], [dpf]);
    expect(r.scenario("PM2.5")).toBe("0.2541");
    expect(r.scenario("NOx")).toBe("54.2");
  });

  it("electricVehicle moves 30% of vkm to electricity: 3e6 vkm x 1.2 kWh = 3600 MWh x 0.5366 = 1931.76 t CO2 (indirect)", () => {
    const ev = { id: "e-bus", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: pen("0.3"), electricityPerKm: { value: "1.2", unit: "kWh/vkm" }, technology: "Battery-electric bus" } as const;
    const r = run([BUSES], [ev]);
    expect(r.scenario("CO2", "indirect")).toBe("1931.76");
    expect(r.scenario("NOx")).toBe("37.94");
    expect(r.scenario("CO2", "direct")).toBe("6594");
  });

  it("refuses a DPF removal on a gas", () => {
    const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: HALF, removal: { NOx: "0.9" } } as const;
    expect(() => run([BUSES], [dpf])).toThrow(/acts only on PM2.5, PM10, TSP, BC, OC/);
  });
});

describe("stoveReplacement and dustControl", () => {
  it("replaces stoves with ones that need 30% less fuel: NOx 11 x 0.7 = 7.7 t with the generic factor", () => {
    const cite = { id: "Illustrative-2025", authors: "cobenefits tests", title: "Illustrative improved-stove factor (not a published value)", publisher: "tests", year: 2025, url: "https://example.org" };
    const improved = { id: "improved.PM2.5", sector: "1.A.4.b.i", fuel: "anthracite", technology: "improved stove", pollutant: "PM2.5", value: "100", unit: "g/GJ", source: { id: cite.id, table: "T1" }, quality: "userSupplied" } as const;
    const swap = { id: "stoves", kind: "stoveReplacement", target: { activityIds: ["stoves"] }, penetration: ALL, to: { technology: "improved stove" }, fuelSaving: "0.3" } as const;
    const r = run([STOVES], [swap], { factors: { userTables: [{ id: "illustrative", title: "illustrative", rows: [improved] }], userCitations: [cite] } });
    expect(r.scenario("NOx")).toBe("7.7");
    expect(r.scenario("PM2.5")).toBe("7"); // 70 TJ x 100 g/GJ (the user row for the improved stove)
  });

  it("prices stoves replaced by electric heaters with the grid factor as indirect emissions, which stack equipment does not touch", () => {
    const heaters = { id: "heaters", kind: "stoveReplacement", target: { activityIds: ["stoves"] }, penetration: ALL, to: { technology: "electric heater", fuel: "electricity" }, fuelSaving: "0", toUnit: "MWh" } as const;
    const device = { id: "filter", kind: "controlDevice", target: { sector: "1.A.4.b.i" }, penetration: ALL, removal: { SO2: "0.5" }, energyPenalty: "0.1" } as const;
    const alone = run([STOVES], [heaters]);
    expect(alone.scenario("CO2", "direct")).toBe("0");
    expect(new Dec(alone.scenario("CO2", "indirect")).gt(0)).toBe(true);
    expect(run([STOVES], [heaters, device]).scenario("CO2", "indirect")).toBe(alone.scenario("CO2", "indirect"));
  });

  it("controls fugitive dust with no greenhouse-gas effect, and says so", () => {
    const cite = { id: "Illustrative-dust", authors: "cobenefits tests", title: "Illustrative road dust factors (not published values)", publisher: "tests", year: 2025, url: "https://example.org" };
    const rows = [
      { id: "dust.PM10", sector: "1.A.3.b.vii", fuel: "none", pollutant: "PM10", value: "0.02", unit: "g/km", source: { id: cite.id, table: "T" }, quality: "userSupplied" },
      { id: "dust.PM2.5", sector: "1.A.3.b.vii", fuel: "none", pollutant: "PM2.5", value: "0.005", unit: "g/km", source: { id: cite.id, table: "T" }, quality: "userSupplied" },
    ] as const;
    const road = { id: "road-dust", sector: "1.A.3.b.vii", fuel: "none", unit: "vkm", level: { kind: "constant", value: "1e8" } } as const;
    const sweep = { id: "sweeping", kind: "dustControl", target: { activityIds: ["road-dust"] }, penetration: ALL, removal: { PM10: "0.5", "PM2.5": "0.4" } } as const;
    const r = run([road], [sweep], { species: ["PM10", "PM2.5", "CO2", "CH4", "N2O"], factors: { userTables: [{ id: "dust", title: "dust", rows }], userCitations: [cite] } });
    expect(r.reduction("PM10")).toBe("1");
    expect(r.reduction("PM2.5")).toBe("0.2");
    expect(r.result.tradeOffs[0]).toMatchObject({ co2eReduction: "0", flags: ["noGhgEffect"] });
    // no combustion, no greenhouse-gas factor: listed, not invented; every gas AR6 GWP100 weighs is computed (left unchanged), so the flag is given
    expect(r.result.missing.map((m) => m.species)).toEqual(["CO2", "CH4", "N2O"]);
  });

  it("refuses dust control on a combustion source", () => {
    const sweep = { id: "sweeping", kind: "dustControl", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { PM10: "0.5" } } as const;
    expect(() => run([STOVES], [sweep])).toThrow(/fugitive dust sectors/);
  });
});

describe("claims and overlaps", () => {
  const toGas = { id: "coal-to-gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: pen("0.6"), to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" } as const;
  const swap = { id: "improved-stoves", kind: "stoveReplacement", target: { activityIds: ["stoves"] }, penetration: pen("0.5"), to: { technology: "improved stove" }, fuelSaving: "0.3" } as const;

  it("refuses two moving measures claiming more than the whole of an activity, naming both", () => {
    try {
      run([STOVES], [toGas, swap], { factors: { userTables: [{ id: "u", title: "u", rows: [{ id: "i", sector: "1.A.4.b.i", fuel: "anthracite", technology: "improved stove", pollutant: "PM2.5", value: "1", unit: "g/GJ", source: { id: "Bond2013", table: "x" }, quality: "userSupplied" }] }] } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OverclaimedActivityError);
      expect((e as OverclaimedActivityError).measures).toEqual(["coal-to-gas", "improved-stoves"]);
      expect((e as OverclaimedActivityError).claimed).toBe("1.1");
    }
  });

  it("reports overlapping claims and modifications that stay within the whole", () => {
    const fgd = { id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { SO2: "0.5" } } as const;
    const retro = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "old-flats" }, penetration: HALF, demandReduction: "0.4" } as const;
    const r = run([STOVES], [toGas, fgd, retro]);
    expect(r.result.overlaps).toEqual([{ activityId: "stoves", measures: ["fgd", "retrofit"], kind: "modifies" }]);
  });

  it("refuses penetrations outside 0..1 with the measure's path", () => {
    try {
      run([STOVES], [{ ...toGas, penetration: pen("1.2") }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues[0]?.path).toEqual(["measures", 0, "penetration"]);
    }
  });

  it("refuses an unknown measure kind with the list of kinds", () => {
    expect(() => run([STOVES], [{ id: "x", kind: "magic", target: { sector: "1.A" }, penetration: ALL } as never])).toThrow(InvalidInputError);
  });

  it("refuses a missing factor by default, naming the activity and species", () => {
    expect(() => run([STOVES], [], { onMissingFactor: "error", species: ["OC"] })).toThrow(CobenefitsError);
  });
});
