import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { InvalidInputError, ScenarioFileError, compileScenario, computeEmissions, createFactorSet, energyBalance, energyTable, evaluateScenario, so2FactorFromSulphur } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";

type Row = Scenario["baseline"][number];
const coal: Row = { id: "boilers", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", level: { kind: "constant", value: "1000" } };
const scenarioOf = (baseline: Row[], more: Partial<Scenario> = {}): Scenario => ({
  name: "fuel properties", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: [], baseline, measures: [], ...more,
});
/** Baseline emission of a species in 2030, summed over sectors [t]. */
const total = (s: Scenario, species: string) =>
  evaluateScenario(compileScenario(s)).emissions.filter((r) => r.species === species).reduce((acc, r) => acc.plus(r.baseline), new Dec(0));

describe("the sulphur mass balance in scenario files", () => {
  it("gives SO2 from a YAML file's sulphur content: 1000 t of 0.8% S coal, 10% retained, emits 14.386076 t SO2", () => {
    // 1000 t x 0.008 x (1 - 0.1) x 64.058/32.06 = 14.38607610729881 t (mass balance by hand)
    const yaml = [
      "name: Beijing low-sulphur coal",
      "years: { start: 2030, end: 2030 }",
      "species: [SO2]",
      "metrics: []",
      "baseline:",
      "  - id: boilers",
      "    sector: 1.A.4.b.i",
      "    fuel: otherBituminousCoal",
      "    unit: t",
      "    level: { kind: constant, value: 1000 }",
      '    sulphurContent: { value: 0.8, unit: "%" }',
      "    sulphurRetention: 0.1",
      "measures: []",
    ].join("\n");
    const plan = compileScenarioFile(yaml, { fileName: "city.yaml" });
    const so2 = evaluateScenario(plan).emissions.find((r) => r.species === "SO2")!;
    expect(new Dec(so2.baseline).toFixed(12)).toBe("14.386076107299");
    const used = plan.lineages[0]!.templates[0]!.provenance[0]![0]!;
    expect(used).toMatchObject({ tableId: "sulphurMassBalance", layer: "derived", unit: "g/kg fuel", quality: "derived" });
    expect(used.derivation).toMatch(/^derived from sulphur content 0.8 % and retention 0.1/);
  });

  it("refuses sulphur content without a retention (no default) and a retention without sulphur", () => {
    const e = thrown(() => compileScenario(scenarioOf([{ ...coal, sulphurContent: { value: "0.8", unit: "%" } }])), InvalidInputError);
    expect(e.issues.map((i) => i.path.join("."))).toContain("baseline.0.sulphurRetention");
    expect(thrown(() => compileScenario(scenarioOf([{ ...coal, sulphurRetention: "0.1" }])), InvalidInputError).message).toMatch(/only with sulphurContent/);
  });

  it("refuses a mistyped fuel standard at its line in the file, with the nearest ids, even when SO2 is not computed", () => {
    const yaml = ["name: x", "years: { start: 2030, end: 2030 }", "species: [CO2]", "metrics: []", "baseline:", "  - id: b", "    sector: 1.A.3.b.iii", "    fuel: gasDieselOil", "    unit: t",
      "    level: { kind: constant, value: 1 }", "    sulphurContent: { standard: CN-VI-diesel }", "    sulphurRetention: 0", "measures: []"].join("\n");
    const e = thrown(() => compileScenarioFile(yaml, { fileName: "city.yaml" }), ScenarioFileError);
    expect(e.issues[0]).toMatchObject({ path: ["baseline", 0, "sulphurContent", "standard"], line: 11, nearest: ["CN-V-diesel", "JP-diesel", "CN-V-petrol"] });
  });

  it("is safe across NCVs: the same coal in tonnes emits the same SO2 whatever NCV converts its CO2", () => {
    const sulphur = { sulphurContent: { value: "0.8", unit: "%" }, sulphurRetention: "0.1" } as const;
    const local = total(scenarioOf([{ ...coal, ...sulphur, netCalorificValue: { value: "20.908", unit: "GJ/t" } }]), "SO2");
    const ipcc = total(scenarioOf([{ ...coal, ...sulphur }]), "SO2"); // IPCC 2006 Table 1.2: 25.8 TJ/Gg
    expect(local.toFixed(12)).toBe("14.386076107299");
    expect(ipcc.toFixed(12)).toBe(local.toFixed(12));
  });

  it("gives SO2 of a row in tonnes that no NCV changes, while its CO2 follows the NCV (property)", () => {
    fc.assert(
      // NCVs within the IPCC 2006 Table 1.2 range of other bituminous coal, 19.9-30.5 GJ/t
      fc.property(fc.integer({ min: 19900, max: 30500 }), fc.integer({ min: 1, max: 5000 }), (ncvMjPerT, sPpm) => {
        const row = { ...coal, netCalorificValue: { value: String(ncvMjPerT), unit: "MJ/t" }, sulphurContent: { value: String(sPpm), unit: "ppm" }, sulphurRetention: "0" };
        const so2 = total(scenarioOf([row], { species: ["SO2"] }), "SO2");
        // 1000 t x S x 64.058/32.06, whatever the NCV
        expect(so2.minus(new Dec(1000).times(sPpm).div(1e6).times("64.058").div("32.06")).abs().lt("1e-20")).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("shows the tried case it replaces: a g/GJ row derived at 20.908 GJ/t, applied to tonnes converted at IPCC 25.8, gives 23.4% more SO2", () => {
    // the code-only path (so2FactorFromSulphur + user table) stores one NCV in g/GJ: 25.8/20.908 = 1.23398
    const row = so2FactorFromSulphur({ id: "city.SO2", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", sulphurContent: "0.008", sulphurRetention: "0.1", netCalorificValue: { value: "20.908", unit: "GJ/t" }, source: { id: "IUPAC-2021-AtomicWeights", table: "Table 3" } });
    const set = createFactorSet({ userTables: [{ id: "city", title: "city", rows: [row] }] });
    const viaGj = computeEmissions([{ id: "b", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", activityLevel: { value: "1000", unit: "t" } }], { factors: set, species: ["SO2"] }).totals[0]!.value;
    expect(new Dec(viaGj).div("14.38607610729881472239550842170929507174").toFixed(5)).toBe("1.23398");
  });

  it("brings an energy activity back to fuel mass with its own NCV: 1 TJ at 20.908 GJ/t is 47.83 t of coal", () => {
    // 1e3 GJ / 20.908 GJ/t = 47.828582 t; x 0.008 x 0.9 x 1.998066126 = 0.688066 t SO2
    const so2 = total(scenarioOf([{ ...coal, unit: "TJ", level: { kind: "constant", value: "1" }, netCalorificValue: { value: "20.908", unit: "GJ/t" }, sulphurContent: { value: "0.8", unit: "%" }, sulphurRetention: "0.1" }], { species: ["SO2"] }), "SO2");
    expect(so2.toFixed(6)).toBe(new Dec(1000).div("20.908").times("0.0072").times("64.058").div("32.06").toFixed(6));
    expect(so2.toFixed(6)).toBe("0.688066");
  });

  it("gives road SO2 per vkm as 2 x S x FC: 1 million vkm at 60 g/vkm of JP-diesel (10 ppm) emit 0.0011988 t", () => {
    // 1e6 vkm x 60 g/vkm x 0.00001 x 1.998066126 = 1198.84 g (MOE Japan 2006: diesel oil at most 0.001% sulfur by weight)
    const bus: Row = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", unit: "vkm", level: { kind: "constant", value: "1000000" }, fuelConsumption: { value: "60", unit: "g/vkm" }, sulphurContent: { standard: "JP-diesel" }, sulphurRetention: "0" };
    const plan = compileScenario(scenarioOf([bus], { species: ["SO2"] }));
    expect(new Dec(evaluateScenario(plan).emissions[0]!.baseline).toFixed(10)).toBe("0.0011988397");
    expect(plan.lineages[0]!.templates[0]!.provenance[0]![0]!.source.id).toBe("MOEJ-2006-FuelSulphur");
  });

  it("does not carry the sulphur to the fuel a switch moves the activity to: the gas share takes the table's SO2 factor", () => {
    const plan = compileScenario(scenarioOf([{ ...coal, sulphurContent: { value: "0.8", unit: "%" }, sulphurRetention: "0.1" }], {
      species: ["SO2"],
      measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" }],
    }));
    const [own, gas] = plan.lineages[0]!.templates;
    expect(own!.provenance[0]![0]!.tableId).toBe("sulphurMassBalance");
    expect(gas!.fuel).toBe("naturalGas");
    expect(gas!.provenance[0]![0]!.tableId).not.toBe("sulphurMassBalance");
    expect(gas!.provenance[0]![0]!.layer).toBe("builtin");
  });

  it("keeps the sulphur where a measure keeps the fuel: a Euro VI upgrade of diesel buses burns the same 10 ppm diesel", () => {
    const bus: Row = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1000000" }, fuelConsumption: { value: "300", unit: "g/vkm" }, sulphurContent: { value: "10", unit: "ppm" }, sulphurRetention: "0" };
    const plan = compileScenario(scenarioOf([bus], {
      species: ["SO2", "NOx"],
      measures: [{ id: "euro-vi", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "0.5" }, to: { technology: "Urban Buses Standard - Euro VI" } }],
    }));
    const [own, upgraded] = plan.lineages[0]!.templates;
    expect(upgraded!.technology).toBe("Urban Buses Standard - Euro VI");
    expect(upgraded!.provenance[0]![0]!.tableId).toBe("sulphurMassBalance");
    expect(upgraded!.coef[0]!.toString()).toBe(own!.coef[0]!.toString()); // same fuel per vkm, same SO2
    expect(upgraded!.provenance[1]![0]!.tableId).not.toBe("sulphurMassBalance"); // NOx from the Tier 2 table
  });
});

describe("national heating values in scenarios", () => {
  const co2 = (s: Scenario) => total({ ...s, species: ["CO2"] }, "CO2").toString();
  // CO2 = 1000 t x NCV [GJ/t] x 94.6 kg/GJ (2006 IPCC GL Table 1.4, other bituminous coal, 94 600 kg/TJ)

  it("use the scenario's country for rows that give no NCV, and show the national row in the conversion", () => {
    const plan = compileScenario(scenarioOf([coal], { species: ["CO2"], ncv: { country: "CN" } }));
    const step = plan.lineages[0]!.templates[0]!.conversions![0]![0]!;
    expect(step.description).toMatch(/national table row CN\.GBT2589\.otherBituminousCoal\.NCV/);
    expect(step.source?.id).toBe("GBT2589");
    expect(co2(scenarioOf([coal], { ncv: { country: "CN" } }))).toBe("1980.3564"); // 20.934 GJ/t
  });

  it("are named in the energy balance as in the plan's conversion: the national table row, not 'given with the activity'", () => {
    const plan = compileScenario(scenarioOf([coal], { species: ["CO2"], ncv: { country: "CN" } }));
    const step = plan.lineages[0]!.templates[0]!.conversions![0]![0]!;
    const [row] = energyBalance(plan).rows;
    // GB/T 2589 Appendix A, raw coal 5000 kcal/kg = 20.934 GJ/t: 1000 t = 20 934 GJ
    expect(row).toMatchObject({ baselineGJ: "20934", gjBasis: step.description });
    expect(row!.gjBasis).toBe("fuel mass to energy with NCV 5000 kcal/kg (national table row CN.GBT2589.otherBituminousCoal.NCV, GBT2589 Appendix A, 各种能源折标准煤参考系数)");
    expect(energyTable(energyBalance(plan)).map((r) => r.gjBasis)).toEqual([step.description]);
    // an NCV written on the row is still "given with the activity"
    const own = energyBalance(compileScenario(scenarioOf([{ ...coal, netCalorificValue: { value: "5000", unit: "kcal/kg" } }], { species: ["CO2"], ncv: { country: "CN" } })));
    expect(own.rows[0]!.gjBasis).toBe("fuel mass to energy with NCV 5000 kcal/kg (given with the activity)");
  });

  it("take precedence in order: row value > row country > factors.userNcv > scenario country > IPCC 2006", () => {
    const cn = { ncv: { country: "CN" } } as const;
    expect(co2(scenarioOf([{ ...coal, netCalorificValue: { value: "20.908", unit: "GJ/t" } }], cn))).toBe("1977.8968");
    expect(co2(scenarioOf([{ ...coal, netCalorificValue: { country: "CN" } }]))).toBe("1980.3564");
    const userNcv = { factors: { userNcv: [{ id: "city.ncv", fuel: "otherBituminousCoal", value: "22", unit: "GJ/t", source: { id: "IUPAC-2021-AtomicWeights", table: "t" }, quality: "userSupplied" as const }] } };
    expect(co2(scenarioOf([coal], { ...cn, ...userNcv }))).toBe("2081.2");
    expect(co2(scenarioOf([coal]))).toBe("2440.68"); // IPCC 2006 Table 1.2: 25.8 TJ/Gg
  });

  it("accept kcal/kg wherever an NCV is given: 5000 kcal/kg gives the same CO2 as the Chinese table row", () => {
    expect(co2(scenarioOf([{ ...coal, netCalorificValue: { value: "5000", unit: "kcal/kg" } }]))).toBe("1980.3564");
    const userNcv = [{ id: "city.ncv", fuel: "otherBituminousCoal", value: "5000", unit: "kcal/kg", source: { id: "IUPAC-2021-AtomicWeights", table: "t" }, quality: "userSupplied" as const }];
    expect(co2(scenarioOf([coal], { factors: { userNcv } }))).toBe("1980.3564");
  });

  it("refuse a fuel the country's table does not list, unless the IPCC fallback is stated", () => {
    const coking: Row = { ...coal, fuel: "cokingCoal" };
    const e = thrown(() => compileScenario(scenarioOf([coking], { species: ["CO2"], ncv: { country: "CN" } })), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "unknown_reference", key: "cokingCoal", path: ["baseline", 0, "fuel"] });
    const plan = compileScenario(scenarioOf([coking], { species: ["CO2"], ncv: { country: "CN", otherFuels: "ipcc2006" } }));
    expect(plan.lineages[0]!.templates[0]!.conversions![0]![0]!.source?.id).toBe("IPCC2006-V2-Ch1");
  });

  it("do not refuse an unlisted fuel that needs no NCV: natural gas in GJ under China's table", () => {
    const gas: Row = { id: "gas", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "GJ", level: { kind: "constant", value: "1000" } };
    // 1000 GJ x 56.1 kg/GJ (2006 IPCC GL Table 1.4, natural gas 56 100 kg/TJ) = 56.1 t, no NCV involved
    expect(co2(scenarioOf([gas], { ncv: { country: "CN" } }))).toBe("56.1");
    expect(() => compileScenario(scenarioOf([{ ...gas, unit: "t" }], { species: ["CO2"], ncv: { country: "CN" } }))).toThrow(/no value for fuel "naturalGas"/);
  });

  it("refuse an unknown country at ncv.country with the nearest, in a YAML file too", () => {
    const e = thrown(() => compileScenario(scenarioOf([coal], { ncv: { country: "CNN" } })), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "unknown_reference", key: "CNN", nearest: ["CN"], path: ["ncv", "country"] });
    const yaml = ["name: x", "years: { start: 2030, end: 2030 }", "species: [CO2]", "metrics: []", "ncv: { country: JP }", "baseline:", "  - { id: b, sector: 1.A.4.b.i, fuel: lignite, unit: t, level: { kind: constant, value: 1 } }", "measures: []"].join("\n");
    expect(() => compileScenarioFile(yaml, { fileName: "city.yaml" })).toThrow(/gross calorific values/);
  });
});
