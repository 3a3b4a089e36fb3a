import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { efficiencyFromCoalRate, evaluateScenario, generationShares, limitToFactor, lookupGenerationMix } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";

// The power-plant side and the upstream methane of the Beijing and Seoul worked examples, checked
// by hand against the cited inputs, independently of the golden tables.
const ROOT = resolve(__dirname, "..", "..");
const read = (dir: string, file = "scenario.yaml") => readFileSync(join(ROOT, "examples", dir, file), "utf8");
const run = (dir: string, file = "scenario.yaml") => evaluateScenario(compileScenarioFile(read(dir, file), { fileName: join(ROOT, "examples", dir, file) }));
const beijing = run("beijing");
const beijingUle = run("beijing", "scenario-ultra-low-emission.yaml");
const seoul = run("seoul");
type Result = typeof beijing;
type Scope = Result["emissions"][number]["scope"];

/** A measure's standalone effect in one scope (summed over sectors) in a year [t]. */
const standalone = (r: Result, year: number, measure: string, species: string, scope: Scope, sector?: string) =>
  r.attributionBySector
    .filter((a) => a.year === year && a.measure === measure && a.species === species && a.scope === scope && (sector === undefined || a.sector === sector))
    .reduce((s, a) => s.plus(a.standalone), new Dec(0));
const emission = (r: Result, year: number, sector: string, species: string, scope: Scope) => r.emissions.find((e) => e.year === year && e.sector === sector && e.species === species && e.scope === scope)!;
const flagsOf = (r: Result, measure: string) => r.tradeOffs.find((t) => t.measure === measure && t.metric === "AR6-GWP100")!;
// the engine's decimals carry 28 significant digits: agree to 1 part in 10^20
const close = (actual: Dec | string, expected: Dec) => expect(new Dec(actual).minus(expected).abs().lte(expected.abs().times("1e-20")), `${actual.toString()} = ${expected.toString()}`).toBe(true);

const SO2_PER_S = new Dec("64.058").div("32.06");
// Beijing's heat pumps in 2018: 500,000 households x 2.98 t of raw coal x 20.934 GJ/t (GB/T 2589,
// China's raw coal) x stove efficiency 0.5 / COP 2.5 = electricity [GJ]
const HEAT_PUMP_ELECTRICITY_GJ_2018 = new Dec("500000").times("2.98").times("20.934").times("0.5").div("2.5");
// per GJ of electricity delivered: coal share x fuel factor [t/GJ fuel] / efficiency / (1 - losses)
const coalPlantPerGJ = (factorGPerGJ: string) => new Dec("0.6852").times(factorGPerGJ).div(1e6).div("0.4021").div(new Dec(1).minus("0.06"));

describe("Beijing: the grid's inputs are the cited built-in values", () => {
  it("takes the coal, hydro and nuclear shares from China's 2020 NBS mix, to 4 places", () => {
    // NBS statistical communiqué 2020, via the China Energy Big Data Report 2021, ch. 5
    const shares = generationShares(lookupGenerationMix({ id: "mix.CN.2020.NBS" }), 4).map((s) => `${s.technology} ${s.share}`);
    expect(shares).toEqual(["thermal 0.6852", "hydro 0.1742", "nuclear 0.0471", "other 0.0935"]);
    for (const share of shares) expect(read("beijing")).toContain(`"${share.split(" ")[1]!}"`);
  });

  it("derives the coal plants' efficiency 0.4021 from 305.5 gce/kWh (NDRC and NEA 2021) and the tce's 29.3076 MJ/kg", () => {
    expect(new Dec(efficiencyFromCoalRate("305.5", "29.3076")).toDecimalPlaces(4).toString()).toBe("0.4021");
  });

  it("converts the ultra-low-emission limits at 6% O2 through an illustrative 250 Nm3/GJ to the variant's overrides", () => {
    const at = (c: string) => limitToFactor({ concentration: { value: c, unit: "mg/Nm3" }, referenceO2: "6", flueGasVolume: { value: "250", unit: "Nm3/GJ" }, flueGasVolumeO2: "0", airO2: "21" });
    // NDRC, MEP and NEA 2014: SO2 35, NOx 50, smoke dust 10 mg/Nm3
    expect([at("35"), at("50"), at("10")]).toEqual([{ value: "12.25", unit: "g/GJ" }, { value: "17.5", unit: "g/GJ" }, { value: "3.5", unit: "g/GJ" }]);
    const variant = read("beijing", "scenario-ultra-low-emission.yaml");
    for (const v of ["12.25", "17.5", "2.36", "1.04"]) expect(variant).toContain(`value: "${v}", unit: g/GJ`);
  });

  it("keeps the variant the same scenario apart from its name, grid definition and the coal plants' overrides", () => {
    const strip = (s: string) => s.split("\n").filter((l) => !/^\s*#/.test(l) && !/^name:/.test(l)).join("\n")
      .replace(/  definition: >-\n(    .*\n)+/, "").replace(/        factorOverrides:\n(          .*\n)+/, "");
    expect(strip(read("beijing", "scenario-ultra-low-emission.yaml"))).toBe(strip(read("beijing")));
  });
});

describe("Beijing: household coal-to-electricity shows the power plants beside the avoided household emissions", () => {
  it("adds the plants' SO2 of the heat pumps' electricity: 6,238,332 GJ x 0.6852 x 820 g/GJ / 0.4021 / 0.94 (2018)", () => {
    // EMEP/EEA 2019 1.A.1.a Table 3-2, hard coal SO2 820 g/GJ (uncontrolled Tier 1)
    close(standalone(beijing, 2018, "household-coal-to-heat-pumps", "SO2", "indirect"), HEAT_PUMP_ELECTRICITY_GJ_2018.times(coalPlantPerGJ("820")).neg());
    // beside the household SO2 avoided, from the coal's 0.24% sulphur (Xinhua 2018, derived)
    close(standalone(beijing, 2018, "household-coal-to-heat-pumps", "SO2", "direct"), new Dec("500000").times("2.98").times("0.0024").times(SO2_PER_S));
  });

  it("with ultra-low-emission plants adds 12.25 g/GJ instead: a net SO2 cut, where uncontrolled plants give a net rise", () => {
    close(standalone(beijingUle, 2018, "household-coal-to-heat-pumps", "SO2", "indirect"), HEAT_PUMP_ELECTRICITY_GJ_2018.times(coalPlantPerGJ("12.25")).neg());
    // With upstream on and a generation mix, the plants' own coal-mine methane is counted (docs/scopes.md,
    // upstream), so the measure is judged whole: with uncontrolled plants it cuts CO2e but raises SO2
    // (the trade-off named beside the co-benefit on the species it cuts); with ultra-low-emission plants
    // it is a co-benefit on every pollutant.
    const t = flagsOf(beijing, "household-coal-to-heat-pumps");
    expect(t.incomplete).toBeUndefined();
    expect(t.flags).toEqual(["airPollutantsUpCo2eDown", "coBenefit"]);
    expect(Number(t.airPollutantReductions.find((a) => a.species === "SO2")!.reduction)).toBeLessThan(0);
    const ule = flagsOf(beijingUle, "household-coal-to-heat-pumps");
    expect(ule.incomplete).toBeUndefined();
    expect(ule.flags).toEqual(["coBenefit"]);
    // upstream 1.B.1.a in 2018: the households' coal-mine methane avoided less the plants' added, each
    // 20.5 m3/t x 0.67 kg/m3 (IPCC 2006 Vol. 2 ch. 4 Eq. 4.1.3 and 4.1.4, underground average) per t of coal;
    // the plants' coal = electricity x 0.6852 / 0.4021 / 0.94 / 25.8 GJ/t (IPCC 2006 Vol. 2 ch. 1 Table 1.2)
    const ch4PerTonne = new Dec("20.5").times("0.67").div(1000);
    const households = new Dec("500000").times("2.98").times(ch4PerTonne);
    const plants = HEAT_PUMP_ELECTRICITY_GJ_2018.times("0.6852").div("0.4021").div("0.94").div("25.8").times(ch4PerTonne);
    close(standalone(beijing, 2018, "household-coal-to-heat-pumps", "CH4", "upstream", "1.B.1.a"), households.minus(plants));
  });

  it("counts every species at the plants and their upstream methane, so no factor is missing and no flag is incomplete", () => {
    expect(beijing.missing).toEqual([]);
    for (const r of [beijing, beijingUle]) for (const t of r.tradeOffs) expect(t.incomplete, t.measure).toBeUndefined();
  });
});

describe("Beijing: coal-to-gas trades coal-mine methane for gas-supply methane (upstream scope)", () => {
  // IPCC 2006 Vol. 2 ch. 4 Eq. 4.1.3 and 4.1.4, underground average 18 + 2.5 m3/t, x 0.67 kg/m3
  const CH4_PER_T_COAL = new Dec("20.5").times("0.67").div(1000);
  // Alvarez et al. 2018 (2.3% of production, as 0.0235 per gas delivered, a reference value) x 0.9 kg CH4/kg (illustrative)
  const CH4_PER_T_GAS = new Dec("0.0235").times("0.9");

  it("prices the baseline's 7,493,200 t of coal and 60,000 TJ of gas (at IPCC 2006's 48 GJ/t)", () => {
    close(emission(beijing, 2015, "1.B.1.a", "CH4", "upstream").baseline, new Dec("7493200").times(CH4_PER_T_COAL));
    close(emission(beijing, 2015, "1.B.2.b", "CH4", "upstream").baseline, new Dec("60000000").div(48).times(CH4_PER_T_GAS));
  });

  it("shows the 217,000 households switched to gas by 2018 avoiding coal-mine methane and adding gas-supply methane", () => {
    const coal = new Dec("217000").times("2.98");
    close(standalone(beijing, 2018, "household-coal-to-gas", "CH4", "upstream", "1.B.1.a"), coal.times(CH4_PER_T_COAL));
    // gas delivered: coal [t] x 20.934 GJ/t x 0.5 / 0.9 / 48 GJ/t
    close(standalone(beijing, 2018, "household-coal-to-gas", "CH4", "upstream", "1.B.2.b"), coal.times("20.934").times("0.5").div("0.9").div(48).times(CH4_PER_T_GAS).neg());
  });
});

describe("Seoul: electric buses and cars on Korea's 2020 mix", () => {
  it("takes the coal and nuclear shares from KEPCO's 2020 mix", () => {
    const shares = generationShares(lookupGenerationMix({ id: "mix.KR.2020.KEPCO" }), 3).map((s) => `${s.technology} ${s.share}`);
    expect(shares).toEqual(["coal 0.356", "nuclear 0.290", "renewable 0.068", "other 0.286"]);
  });

  it("adds the plants' NOx of 4,200 buses x 100,000 km x 1.2 kWh/km in 2030", () => {
    // EMEP/EEA 2019 1.A.1.a Table 3-2 hard coal NOx 209 g/GJ and Table 3-4 gas NOx 89 g/GJ; efficiencies 0.38 and 0.5, losses 0.035 (illustrative)
    const perMWh = new Dec("0.356").times(209).times("3.6").div("0.38").plus(new Dec("0.286").times(89).times("3.6").div("0.5")).div("0.965").div(1e6);
    close(emission(seoul, 2030, "1.A.3.b.iii", "NOx", "indirect").scenario, new Dec("4200").times(100000).times("1.2").div(1000).times(perMWh));
  });

  it("names the plants' NH3, which no 1.A.1.a factor gives, as not counted for the electric buses", () => {
    expect(seoul.missing.some((m) => m.activityId === "city-buses-cng" && m.fuel === "electricity" && m.species === "NH3")).toBe(true);
    expect(flagsOf(seoul, "electric-city-buses").incomplete).toContainEqual({ species: "NH3", scope: "indirect" });
  });
});
