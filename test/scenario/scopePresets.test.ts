import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, evaluateScenario, listGenerationMixes, toDec } from "../../src/index.js";
import type { Measure } from "../../src/measures/registry.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { GridSeries } from "../../src/scenario/gridSeries.js";
import type { GridPlantSpec } from "../../src/scenario/gridPlantSpec.js";
import type { BuiltinMixShares } from "../../src/scenario/builtinMixShares.js";
import { resolveBuiltinShares } from "../../src/scenario/builtinMixShares.js";
import { createFactorSet } from "../../src/index.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";

// Issue 11 wiring: the cited scope data used from a scenario by name. Plant factors as in
// gridSeries.test.ts: EMEP/EEA 2019 1.A.1.a Tier 1 Table 3-2 hard coal (NOx 209, SO2 820 g/GJ),
// Table 3-4 gaseous fuels (NOx 89, SO2 0.281 g/GJ). Efficiencies (other than the built-in row),
// losses, splits and the flue-gas volume are illustrative user input cited to a user citation.
const PLANTS = { ...CITY_CITATION, id: "TestCity-2024-grid", title: "Grid splits, plant efficiencies, flue-gas volume and losses (illustrative data for tests)" };
const cite = (table: string) => ({ id: PLANTS.id, table });
const coalPlants: GridPlantSpec = { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("efficiency") };
const gasPlants: GridPlantSpec = { fuel: "naturalGas", efficiency: "0.5", efficiencySource: cite("efficiency") };

// 3,250,000 bus-km x 1.2 kWh/vkm = 3,900 MWh of electricity when every bus is electric.
const buses = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "City bus Euro IV", unit: "vkm", fuelConsumption: { value: "300", unit: "g/vkm" }, level: { kind: "constant", value: "3250000" } } as const;
const electricBuses: Measure = { id: "e-buses", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "1" }, electricityPerKm: { value: "1.2", unit: "kWh/vkm" }, technology: "Battery-electric bus" };
const busScenario = (grid: GridSeries, over: Partial<Scenario> = {}): Scenario => ({
  name: "electric buses", years: { start: 2030, end: 2030 }, species: ["NOx", "SO2"], metrics: [],
  baseline: [buses], measures: [electricBuses], onMissingFactor: "omit",
  factors: { userTables: [CITY_TABLE], userCitations: [CITY_CITATION, PLANTS] }, grid, ...over,
});
const indirect = (s: Scenario, species: string) => evaluateScenario(compileScenario(s)).emissions.find((e) => e.scope === "indirect" && e.species === species && e.year === 2030)?.scenario;
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return (e as InvalidInputError).issues;
  }
  return expect.unreachable("no error");
};

// Korea 2020 (KEPCO, built-in mix.KR.2020.KEPCO): coal 35.6, nuclear 29, renewables 6.8, other 28.6 %.
const korea = (split: BuiltinMixShares["split"]): GridSeries => ({
  country: "KR", definition: "Korea 2020 (built-in mix)", source: cite("mix"),
  mix: { shares: { builtin: "mix.KR.2020.KEPCO", ...(split === undefined ? {} : { split }) }, plants: { coal: coalPlants, gas: gasPlants }, losses: "0.04", lossesSource: cite("losses") },
});
const koreaSplit = { renewable: { hydro: "1" }, other: { gas: "1" }, source: cite("split of renewables and other") };

describe("grid.mix.shares names a built-in generation mix", () => {
  it("prices Korea's 2020 mix with the user's split of its aggregates, exactly", () => {
    // shares: coal 0.356, nuclear 0.29, hydro 0.068 (renewables, split all hydro), gas 0.286 (other, split all gas)
    // SO2 per MWh delivered = (0.356 x 820 x 3.6 / 0.4 + 0.286 x 0.281 x 3.6 / 0.5) / 0.96 g, x 3,900 MWh = 10.6756757055 t
    // NOx = (0.356 x 1881 + 0.286 x 640.8) / 0.96 g/MWh x 3,900 MWh = 3.46492575 t
    const s = busScenario(korea(koreaSplit));
    expect(indirect(s, "SO2")).toBe("10.6756757055");
    expect(indirect(s, "NOx")).toBe("3.46492575");
  });

  it("shows the mix and the split in the provenance and the grid row's definition", () => {
    const plan = compileScenario(busScenario(korea(koreaSplit)));
    const electric = plan.lineages[0]!.templates.find((t) => t.fuel === "electricity")!;
    const so2 = electric.provenance[plan.species.indexOf("SO2")]!;
    expect(so2.map((u) => u.rowId)).toEqual(["grid.KR.2030.mix.SO2", "emep2019.1A1a.T3-2.hardCoal.SO2", "emep2019.1A1a.T3-4.gaseousFuels.SO2", "mix.KR.2020.KEPCO", "mix.KR.2020.KEPCO.split"]);
    expect(so2.find((u) => u.rowId === "mix.KR.2020.KEPCO")).toMatchObject({ source: { id: "KEPCO-2021-PowerGeneration-2020" }, quality: "secondary" });
    expect(so2.find((u) => u.rowId === "mix.KR.2020.KEPCO.split")?.derivation).toContain("renewable 0.068 split hydro 1");
  });

  it("refuses an aggregate left unsplit, naming it, and a split of an aggregate the mix does not have", () => {
    const issues = issuesOf(() => compileScenario(busScenario(korea({ renewable: { hydro: "1" }, thermal: { coal: "1" }, source: cite("split") }))));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["missing", ["grid", "mix", "shares", "split", "other"]],
      ["invalid_value", ["grid", "mix", "shares", "split", "thermal"]],
    ]);
    expect(issues[0]!.message).toMatch(/mix\.KR\.2020\.KEPCO has the aggregate "other" \(0\.286 of generation/);
    expect(issues[1]!.message).toContain('has no "thermal" to split');
  });

  it("refuses an unknown mix id with the nearest ids, and a mix of another country", () => {
    const typo = korea(koreaSplit);
    const unknown = issuesOf(() => compileScenario(busScenario({ ...typo, mix: { ...typo.mix!, shares: { builtin: "mix.KR.2020.KEPC0" } } })));
    expect(unknown).toMatchObject([{ code: "unknown_reference", key: "mix.KR.2020.KEPC0", path: ["grid", "mix", "shares", "builtin"] }]);
    expect(unknown[0]!.nearest?.[0]).toBe("mix.KR.2020.KEPCO");
    const other = issuesOf(() => compileScenario(busScenario({ ...typo, country: "JP" })));
    expect(other.map((i) => i.message)).toContain("mix.KR.2020.KEPCO is a mix of KR, the grid is of JP");
  });

  it("refuses a technology that is not one (did you mean), and builtin beside schedules", () => {
    const grid = korea(koreaSplit);
    const typo = issuesOf(() => compileScenario(busScenario({ ...grid, mix: { ...grid.mix!, shares: { cola: { kind: "constant", value: "1" } } as never } })));
    expect(typo).toMatchObject([{ code: "unknown_key", key: "cola", nearest: ["coal"], path: ["grid", "mix", "shares", "cola"] }]);
    const both = issuesOf(() => compileScenario(busScenario({ ...grid, mix: { ...grid.mix!, shares: { builtin: "mix.KR.2020.KEPCO", coal: { kind: "constant", value: "1" } } as never } })));
    expect(both.map((i) => [i.path, i.message])).toEqual([[["grid", "mix", "shares", "builtin"], "give either builtin (a built-in mix) or a schedule per technology, not both"]]);
  });

  it("refuses a split whose fractions do not sum exactly to 1", () => {
    const issues = issuesOf(() => compileScenario(busScenario(korea({ ...koreaSplit, other: { gas: "0.6", oil: "0.3" } }))));
    expect(issues.map((i) => [i.path, i.message])).toEqual([[["grid", "mix", "shares", "split", "other"], "the fractions of a split must sum exactly to 1"]]);
  });

  it("keeps the shares summing exactly to 1 for every built-in mix and any split (property)", () => {
    // China 2020 (NBS) in 10^8 kWh: thermal 53302.5 / 77790.6 does not terminate; generationShares rounds it.
    const permille = fc.integer({ min: 0, max: 1000 });
    fc.assert(fc.property(fc.constantFrom(...listGenerationMixes()), permille, permille, permille, (mix, a, b, c) => {
      const two = (n: number) => ({ coal: String(n / 1000), gas: String((1000 - n) / 1000) });
      const r = resolveBuiltinShares({ builtin: mix.id, split: { thermal: two(a), renewable: { wind: String(b / 1000), solar: String((1000 - b) / 1000) }, other: two(c), source: cite("split") } }, mix.country, createFactorSet({ userCitations: [PLANTS] }), ["shares"]);
      expect(r.issues.filter((i) => !i.message.includes(" to split; "))).toEqual([]); // a split of an aggregate this mix lacks is refused, and ignored here
      expect(Object.values(r.shares).reduce((s, v) => s.plus(v), toDec("0")).toString()).toBe("1");
    }));
  });
});

// The coal-heavy test grid of gridSeries.test.ts: coal 0.65, gas 0.05, hydro 0.15, wind 0.1, solar 0.05.
const coalHeavy = (coal: GridPlantSpec): GridSeries => ({
  country: "CN", definition: "coal-heavy test grid (illustrative)", source: cite("mix"),
  mix: {
    shares: { coal: { kind: "constant", value: "0.65" }, gas: { kind: "constant", value: "0.05" }, hydro: { kind: "constant", value: "0.15" }, wind: { kind: "constant", value: "0.1" }, solar: { kind: "constant", value: "0.05" } },
    plants: { coal, gas: gasPlants }, losses: "0.04", lossesSource: cite("losses"),
  },
});
const tce = { value: "1", unit: "tce/t", source: cite("coal equivalent: 7000 kcal/kg") };

describe("a plant's efficiency names a built-in row", () => {
  it("turns China's 2020 coal consumption rate (305.5 gce/kWh) into the coal plants' efficiency with the stated coal equivalent", () => {
    // NDRC/NEA 2021 (built-in efficiency.CN.2020.coal.NDRC): efficiency = 3600 / (305.5 x 29.3076), so the coal
    // plants' SO2 per MWh = 820 g/GJ x 305.5 gce/kWh x 29.3076 MJ/kg / 1000 = 7341.846876 g/MWh;
    // delivered (0.65 x 7341.846876 + 0.05 x 2.0232) / 0.96 x 3,900 MWh = 19.3874753694375 t (exact to 40 digits)
    const s = busScenario(coalHeavy({ fuel: "otherBituminousCoal", efficiency: { builtin: "efficiency.CN.2020.coal.NDRC", coalEquivalentEnergy: tce } }));
    expect(toDec(indirect(s, "SO2")!).toSignificantDigits(30).toString()).toBe("19.3874753694375");
    const plan = compileScenario(s);
    const so2 = plan.lineages[0]!.templates.find((t) => t.fuel === "electricity")!.provenance[plan.species.indexOf("SO2")]!;
    expect(so2.find((u) => u.rowId === "efficiency.CN.2020.coal.NDRC")).toMatchObject({ value: "305.5", unit: "gce/kWh", source: { id: "NDRC-NEA-2021-CoalPowerUpgrade" }, quality: "secondary" });
    expect(so2.find((u) => u.rowId === "efficiency.CN.2020.coal.NDRC")?.derivation).toMatch(/^efficiency = 3600 \/ \(305\.5 gce\/kWh x 29\.3076 MJ\/kg\) = 0\.40207/);
    expect(so2.some((u) => u.tableId === "coalEquivalentEnergy" && u.unit === "tce/t")).toBe(true);
  });

  it("refuses a rate without the coal equivalent's energy, an unknown row (did you mean), and a row of another technology", () => {
    const none = issuesOf(() => compileScenario(busScenario(coalHeavy({ fuel: "otherBituminousCoal", efficiency: { builtin: "efficiency.CN.2020.coal.NDRC" } }))));
    expect(none).toMatchObject([{ code: "missing", path: ["grid", "mix", "plants", "coal", "efficiency", "coalEquivalentEnergy"] }]);
    const typo = issuesOf(() => compileScenario(busScenario(coalHeavy({ fuel: "otherBituminousCoal", efficiency: { builtin: "efficiency.CN.2020.coal.NRDC", coalEquivalentEnergy: tce } }))));
    expect(typo).toMatchObject([{ code: "unknown_reference", path: ["grid", "mix", "plants", "coal", "efficiency", "builtin"] }]);
    expect(typo[0]!.nearest?.[0]).toBe("efficiency.CN.2020.coal.NDRC");
    const grid = coalHeavy(coalPlants);
    const onGas = { ...grid, mix: { ...grid.mix!, plants: { coal: coalPlants, gas: { fuel: "naturalGas", efficiency: { builtin: "efficiency.CN.2020.coal.NDRC", coalEquivalentEnergy: tce } } } } };
    expect(issuesOf(() => compileScenario(busScenario(onGas))).map((i) => i.message)).toContain("efficiency.CN.2020.coal.NDRC is for coal plants, not gas");
  });

  it("reports a number out of range, or a row missing its fields, in the shape written (not as an invalid union)", () => {
    const high = issuesOf(() => compileScenario(busScenario(coalHeavy({ ...coalPlants, efficiency: "1.5" }))));
    expect(high.map((i) => [i.path, i.message])).toEqual([[["grid", "mix", "plants", "coal", "efficiency"], "a plant efficiency must be above 0 and at most 1"]]);
    const noSource = issuesOf(() => compileScenario(busScenario(coalHeavy({ fuel: "otherBituminousCoal", efficiency: { builtin: "efficiency.CN.2020.coal.NDRC", coalEquivalentEnergy: { value: "1", unit: "tce/t" } as never } }))));
    expect(noSource).toMatchObject([{ code: "missing", path: ["grid", "mix", "plants", "coal", "efficiency", "coalEquivalentEnergy", "source"] }]);
  });

  it("refuses efficiencySource beside a built-in row (the row cites itself)", () => {
    const issues = issuesOf(() => compileScenario(busScenario(coalHeavy({ fuel: "otherBituminousCoal", efficiency: { builtin: "efficiency.CN.2020.coal.NDRC", coalEquivalentEnergy: tce }, efficiencySource: cite("x") }))));
    expect(issues.map((i) => i.path)).toContainEqual(["grid", "mix", "plants", "coal", "efficiencySource"]);
  });
});

const ultraLow = { preset: "CN.ultra-low.coal", flueGasVolume: { value: "250", unit: "Nm3/GJ", source: cite("stoichiometric dry flue-gas volume (illustrative)") }, flueGasVolumeO2: "0", airO2: "21" };

describe("a plant meets an emission-limit preset", () => {
  it("turns China's ultra-low limits into the coal plants' factors through the stated flue-gas volume", () => {
    // NDRC/MEP/NEA 2014 (built-in limit.CN.ultra-low.coal.*): SO2 35, NOx 50 mg/Nm3 at 6% O2. Volume at 6% O2 =
    // 250 x 21 / 15 = 350 Nm3/GJ: SO2 12.25 g/GJ, NOx 17.5 g/GJ; per MWh at efficiency 0.4: SO2 110.25, NOx 157.5 g.
    // SO2 (0.65 x 110.25 + 0.05 x 2.0232) / 0.96 x 3,900 MWh = 0.29153986875 t (19.49 t uncontrolled, gridSeries.test.ts)
    // NOx (0.65 x 157.5 + 0.05 x 640.8) / 0.96 x 3,900 MWh = 0.5460609375 t
    const s = busScenario(coalHeavy({ ...coalPlants, limits: ultraLow }));
    expect(indirect(s, "SO2")).toBe("0.29153986875");
    expect(indirect(s, "NOx")).toBe("0.5460609375");
    const plan = compileScenario(s);
    const so2 = plan.lineages[0]!.templates.find((t) => t.fuel === "electricity")!.provenance[plan.species.indexOf("SO2")]!;
    expect(so2.map((u) => u.rowId)).toEqual(["grid.CN.2030.mix.SO2", "plants.coal.factorOverrides.SO2", "emep2019.1A1a.T3-4.gaseousFuels.SO2", "limit.CN.ultra-low.coal.SO2", "grid.mix.plants.coal.limits.flueGasVolume"]);
    expect(so2.find((u) => u.rowId === "limit.CN.ultra-low.coal.SO2")?.derivation).toBe("SO2 limit 35 mg/Nm3 at 6% O2 x flue-gas volume 250 Nm3/GJ at 0% O2 x (21 - 0) / (21 - 6) = 12.25 g/GJ (limitToFactor)");
  });

  it("refuses an unknown preset (did you mean), a species both limited and removed, and a bad O2", () => {
    const typo = issuesOf(() => compileScenario(busScenario(coalHeavy({ ...coalPlants, limits: { ...ultraLow, preset: "CN.ultralow.coal" } }))));
    expect(typo).toMatchObject([{ code: "unknown_reference", key: "CN.ultralow.coal", nearest: ["CN.ultra-low.coal"], path: ["grid", "mix", "plants", "coal", "limits", "preset"] }]);
    const both = issuesOf(() => compileScenario(busScenario(coalHeavy({ ...coalPlants, removal: { SO2: "0.95" }, removalSource: cite("FGD"), limits: ultraLow }))));
    expect(both.map((i) => i.message)).toEqual(["SO2 is limited by the preset CN.ultra-low.coal and also has a removal efficiency; a limit is already the controlled emission, state one"]);
    const o2 = issuesOf(() => compileScenario(busScenario(coalHeavy({ ...coalPlants, limits: { ...ultraLow, flueGasVolumeO2: "21" } }))));
    expect(o2.map((i) => i.path)).toEqual([["grid", "mix", "plants", "coal", "limits", "flueGasVolumeO2"]]);
  });

  it("refuses a preset on plants of another fuel", () => {
    const grid = coalHeavy(coalPlants);
    const onGas = { ...grid, mix: { ...grid.mix!, plants: { coal: coalPlants, gas: { ...gasPlants, limits: ultraLow } } } };
    expect(issuesOf(() => compileScenario(busScenario(onGas))).map((i) => i.message)).toContain("limit.CN.ultra-low.coal.SO2 is a limit for coal plants, not gas");
  });
});

// The coal-to-gas case of upstreamScope.test.ts: 1000 t/yr of anthracite in stoves, 40% moved to gas,
// the coal-mine methane now named from the built-in IPCC 2006 Vol. 2 ch. 4 rows instead of stated.
const gasSrc = { id: "Utility-2025", table: "Table 2" };
const gasCitation = { id: "Utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" };
const toGas = { id: "toGas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.4" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.8", toUnit: "GJ" } as const;
const underground = (statistic: "low" | "average" | "high") => [
  { miningType: "underground", stage: "mining", statistic },
  { miningType: "underground", stage: "postMining", statistic },
] as const;
const coalToGas = (coal: NonNullable<Scenario["upstream"]>["coal"]): Scenario => ({
  name: "coal to gas", years: { start: 2030, end: 2030 }, species: ["CH4"], metrics: [],
  factors: { userCitations: [gasCitation] },
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "25", unit: "GJ/t" }, level: { kind: "constant", value: "1000" } }],
  measures: [toGas],
  upstream: { naturalGas: { leakageRate: { value: "0.01", source: gasSrc }, methaneContent: { value: "0.9", unit: "kg/kg", source: gasSrc } }, ...(coal === undefined ? {} : { coal }) },
});
const coalMine = (s: Scenario) => evaluateScenario(compileScenario(s)).emissions.filter((e) => e.scope === "upstream" && e.sector === "1.B.1.a").map((e) => [e.baseline, e.scenario, e.reduction]);

describe("upstream.coal.methanePerTonne names IPCC 2006 coal-mining rows", () => {
  it("sums underground mining and post-mining at the named statistic, times the named density", () => {
    // IPCC 2006 Vol. 2 ch. 4 Eq. 4.1.3 and 4.1.4 averages 18 and 2.5 m3/t, x 0.67 kg/m3 (the equations' conversion
    // factor) = 13.735 kg CH4/t: 1000 t -> 13.735 t; 600 t after the switch -> 8.241 t
    const s = coalToGas({ methanePerTonne: { builtin: underground("average"), density: "ipcc2006.ch4-density.20C-1atm" } });
    expect(coalMine(s)).toEqual([["13.735", "8.241", "5.494"]]);
    // high values 25 and 4.0 m3/t: 29 x 0.67 = 19.43 kg/t
    expect(coalMine(coalToGas({ methanePerTonne: { builtin: underground("high"), density: "ipcc2006.ch4-density.20C-1atm" } }))).toEqual([["19.43", "11.658", "7.772"]]);
  });

  it("gives the same as the stated factor it replaces (18 m3/t at 0.67 kg/m3, upstreamScope.test.ts)", () => {
    const named = coalToGas({ methanePerTonne: { builtin: [{ miningType: "underground", stage: "mining", statistic: "average" }], density: "ipcc2006.ch4-density.20C-1atm" } });
    const stated = coalToGas({ methanePerTonne: { value: "18", unit: "m3/t", source: gasSrc }, methaneDensity: { value: "0.67", unit: "kg/m3", source: gasSrc } });
    expect(coalMine(named)).toEqual(coalMine(stated));
    expect(coalMine(named)).toEqual([["12.06", "7.236", "4.824"]]);
  });

  it("lists the IPCC rows and the density in the provenance, with their citation and quality", () => {
    const plan = compileScenario(coalToGas({ methanePerTonne: { builtin: underground("low"), density: "ipcc2006.ch4-density.20C-1atm" } }));
    const twin = plan.lineages[0]!.templates.find((t) => t.scope === "upstream" && t.fuel === "anthracite")!;
    const uses = twin.provenance[plan.species.indexOf("CH4")]!;
    expect(uses.map((u) => [u.rowId, u.value, u.unit, u.quality])).toEqual([
      ["ipcc2006.coal-mining.underground.mining", "10", "m3/t", "secondary"],
      ["ipcc2006.coal-mining.underground.post-mining", "0.9", "m3/t", "secondary"],
      ["ipcc2006.ch4-density.20C-1atm", "0.67", "kg/m3", "secondary"],
    ]);
    expect(uses[0]!.source.id).toBe("IPCC2006-V2-Ch4");
    // (10 + 0.9) x 0.67 = 7.303 kg/t
    expect(uses[0]!.derivation).toContain("= 7.303 kg CH4/t");
  });

  it("requires the statistic, refuses an unknown density (did you mean), a stage named twice, and methaneDensity beside the rows", () => {
    const noStatistic = issuesOf(() => compileScenario(coalToGas({ methanePerTonne: { builtin: [{ miningType: "surface", stage: "mining" }], density: "ipcc2006.ch4-density.20C-1atm" } } as never)));
    expect(noStatistic.map((i) => i.path)).toEqual([["upstream", "coal", "methanePerTonne", "builtin", 0, "statistic"]]);
    expect(noStatistic[0]!.message).toMatch(/"low"\|"average"\|"high"/);
    const typo = issuesOf(() => compileScenario(coalToGas({ methanePerTonne: { builtin: underground("average"), density: "ipcc2006.ch4-density.20C" } })));
    expect(typo).toMatchObject([{ code: "unknown_reference", key: "ipcc2006.ch4-density.20C", nearest: ["ipcc2006.ch4-density.20C-1atm"], path: ["upstream", "coal", "methanePerTonne", "density"] }]);
    const twice = issuesOf(() => compileScenario(coalToGas({ methanePerTonne: { builtin: [...underground("average"), { miningType: "underground", stage: "mining", statistic: "low" }], density: "ipcc2006.ch4-density.20C-1atm" } })));
    expect(twice.map((i) => [i.path, i.message])).toEqual([[["upstream", "coal", "methanePerTonne", "builtin"], "each kind of mine and stage at most once"]]);
    const density = issuesOf(() => compileScenario(coalToGas({ methanePerTonne: { builtin: underground("average"), density: "ipcc2006.ch4-density.20C-1atm" }, methaneDensity: { value: "0.67", unit: "kg/m3", source: gasSrc } })));
    expect(density.map((i) => i.path)).toEqual([["upstream", "coal", "methaneDensity"]]);
  });
});
