import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, MissingFactorError } from "../../src/errors.js";
import { coBenefitSummary, coBenefitSummaryToCsv, compileScenario, evaluateScenario, evaluateScenarioFast } from "../../src/index.js";
import { formatResultTable } from "../../src/report.js";
import type { Measure } from "../../src/measures/registry.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { GridSeries } from "../../src/scenario/gridSeries.js";
import type { Schedule } from "../../src/activity/schedule.js";
import type { MixTechnology } from "../../src/accounting/electricityMix.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { Dec } from "../../src/units/decimal.js";

// Grid electricity for every species (issue 11, items 1-3). The plant factors are EMEP/EEA 2019
// 1.A.1.a Tier 1 (Table 3-2 hard coal: NOx 209, SO2 820, PM2.5 3.4 g/GJ; Table 3-4 gaseous fuels:
// NOx 89, SO2 0.281, PM2.5 0.89 g/GJ) and IPCC 2006 Vol. 2 Table 1.4 CO2 (other bituminous coal
// 94,600 kg/TJ; natural gas 56,100 kg/TJ). The mix, efficiencies and losses are illustrative
// user input, cited to an illustrative user citation, as an analyst would state their own.
const PLANTS = { ...CITY_CITATION, id: "TestCity-2024-grid", title: "Grid mix, plant efficiencies and losses (illustrative data for tests)" };
const cite = (table: string) => ({ id: PLANTS.id, table });

const coalHeavyMix = (coal: Schedule = { kind: "constant", value: "0.65" }): GridSeries => ({
  country: "CN",
  definition: "coal-heavy test grid (illustrative)",
  source: cite("mix"),
  mix: {
    shares: { coal, gas: { kind: "constant", value: "0.05" }, hydro: { kind: "constant", value: "0.15" }, wind: { kind: "constant", value: "0.1" }, solar: { kind: "constant", value: "0.05" } },
    plants: {
      coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("efficiency") },
      gas: { fuel: "naturalGas", efficiency: "0.5", efficiencySource: cite("efficiency") },
    },
    losses: "0.04",
    lossesSource: cite("losses"),
  },
});

// 3,250,000 bus-km x 1.2 kWh/vkm = 3,900 MWh of electricity when every bus is electric.
const buses = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "City bus Euro IV", unit: "vkm", fuelConsumption: { value: "300", unit: "g/vkm" }, level: { kind: "constant", value: "3250000" } } as const;
const electricBuses: Measure = { id: "e-buses", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "1" }, electricityPerKm: { value: "1.2", unit: "kWh/vkm" }, technology: "Battery-electric bus" };

const busScenario = (over: Partial<Scenario> = {}): Scenario => ({
  name: "electric buses", years: { start: 2030, end: 2030 }, species: ["NOx", "SO2", "PM2.5", "CO2"], metrics: [],
  baseline: [buses], measures: [electricBuses], onMissingFactor: "omit",
  factors: { userTables: [CITY_TABLE], userCitations: [CITY_CITATION, PLANTS] },
  grid: coalHeavyMix(), ...over,
});

const indirect = (r: ReturnType<typeof evaluateScenario>, species: string, year: number) => r.emissions.find((e) => e.scope === "indirect" && e.species === species && e.year === year)?.scenario;

describe("scenario grid: electricity for every species from a generation mix", () => {
  it("an electric-bus measure adds the plants' NOx, SO2, PM2.5 and CO2 for its 3,900 MWh", () => {
    const r = evaluateScenario(compileScenario(busScenario()));
    // per MWh delivered = (0.65 x EF_coal x 3.6 / 0.4 + 0.05 x EF_gas x 3.6 / 0.5) / (1 - 0.04), x 3,900 MWh:
    // NOx  (0.65 x 1881 + 0.05 x 640.8) / 0.96 = 1306.96875 g/MWh -> 5.097178125 t
    // SO2  (0.65 x 7380 + 0.05 x 2.0232) / 0.96 = 4996.980375 g/MWh -> 19.4882234625 t
    // PM2.5 (0.65 x 30.6 + 0.05 x 6.408) / 0.96 = 21.0525 g/MWh -> 0.08210475 t
    // CO2  (0.65 x 851.4 + 0.05 x 403.92) / 0.96 = 597.50625 kg/MWh -> 2330.274375 t
    expect(indirect(r, "NOx", 2030)).toBe("5.097178125");
    expect(indirect(r, "SO2", 2030)).toBe("19.4882234625");
    expect(indirect(r, "PM2.5", 2030)).toBe("0.08210475");
    expect(indirect(r, "CO2", 2030)).toBe("2330.274375");
    // the plants' species are counted, not listed as missing
    expect(r.missing.filter((m) => m.fuel === "electricity")).toEqual([]);
  });

  it("the measure's NOx reduction nets the buses' exhaust against the plants' NOx", () => {
    const r = evaluateScenario(compileScenario(busScenario()));
    // exhaust: 3,250,000 km x 5.5 g/km (the test city's bus row) = 17.875 t; plants 5.097178125 t
    const nox = r.attribution.find((a) => a.measure === "e-buses" && a.species === "NOx")!;
    expect(nox.standalone).toBe("12.777821875");
    // SO2 of the buses has no factor (listed as missing), the plants' SO2 is an increase
    expect(r.attribution.find((a) => a.measure === "e-buses" && a.species === "SO2")!.standalone).toBe("-19.4882234625");
    expect(r.missing.filter((m) => m.activityId === "buses" && m.fuel === "gasDieselOil").map((m) => m.species)).toContain("SO2");
  });

  it("counts the plants' controls: flue-gas desulphurisation removing 95% of the coal plants' SO2", () => {
    const base = coalHeavyMix();
    const fgd = { ...base, mix: { ...base.mix!, plants: { ...base.mix!.plants, coal: { ...base.mix!.plants.coal!, removal: { SO2: "0.95" }, removalSource: cite("FGD") } } } };
    const r = evaluateScenario(compileScenario(busScenario({ grid: fgd })));
    // (0.65 x 7380 x (1 - 0.95) + 0.05 x 2.0232) / 0.96 = 249.949125 g/MWh x 3,900 MWh
    expect(indirect(r, "SO2", 2030)).toBe("0.9748015875");
    // NOx is not controlled here: unchanged
    expect(indirect(r, "NOx", 2030)).toBe("5.097178125");
  });

  it("keeps each plant factor row in the provenance of the electricity template", () => {
    const plan = compileScenario(busScenario());
    const electric = plan.lineages[0]!.templates.find((t) => t.fuel === "electricity")!;
    const so2 = electric.provenance[plan.species.indexOf("SO2")]!.map((u) => u.rowId);
    expect(so2).toEqual(["grid.CN.2030.mix.SO2", "emep2019.1A1a.T3-2.hardCoal.SO2", "emep2019.1A1a.T3-4.gaseousFuels.SO2"]);
  });

  it("a species no plant fuel has a factor for is listed missing for electricity (omit), or stops compilation (error)", () => {
    const withNh3 = busScenario({ species: ["NOx", "NH3"] });
    const r = evaluateScenario(compileScenario(withNh3));
    expect(r.missing.filter((m) => m.fuel === "electricity").map((m) => m.species)).toEqual(["NH3"]);
    expect(() => compileScenario({ ...withNh3, onMissingFactor: "error" })).toThrow(MissingFactorError);
  });

  it("refuses shares that do not sum exactly to 1 in a year, naming the year", () => {
    const coal = { kind: "interp", points: [{ year: 2030, value: "0.65" }, { year: 2031, value: "0.6" }] } as const;
    try {
      compileScenario(busScenario({ years: { start: 2030, end: 2031 }, grid: coalHeavyMix(coal) }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => [i.path, i.message])).toEqual([[["grid", "mix", "shares"], "the shares sum to 0.95 in 2031, not exactly 1 (every share is a written value that year)"]]);
    }
  });

  it("refuses CO2 from both gridFactor and grid", () => {
    const both = busScenario({ gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" } });
    expect(() => compileScenario(both)).toThrow(/CO2 of electricity would come from both gridFactor and grid/);
  });
});

describe("scenario grid: factors as time series", () => {
  // 1,000 MWh a year of electricity in households; CO2 per MWh falling linearly from 0.85 t in
  // 2015 to 0.55 t in 2030 (illustrative series: 0.02 t/MWh less each year).
  const households = { id: "households", sector: "1.A.4.b.i", fuel: "electricity", unit: "MWh", level: { kind: "constant", value: "1000" } } as const;
  const series: Scenario = {
    name: "falling grid intensity", years: { start: 2015, end: 2030 }, species: ["CO2", "SO2"], metrics: [], baseline: [households], measures: [],
    factors: { userCitations: [PLANTS] },
    grid: {
      country: "CN", definition: "test series (illustrative)", source: cite("series"),
      factors: {
        CO2: { unit: "t/MWh", level: { kind: "interp", points: [{ year: 2015, value: "0.85" }, { year: 2030, value: "0.55" }] } },
        SO2: { unit: "g/kWh", level: { kind: "step", steps: [{ year: 2015, value: "1.2" }, { year: 2020, value: "0.4" }] } },
      },
    },
  };

  it("changes CO2 per year with the series (2015-2030)", () => {
    const r = evaluateScenario(compileScenario(series));
    const co2 = r.emissions.filter((e) => e.species === "CO2").map((e) => [e.year, e.baseline]);
    expect(co2).toEqual(Array.from({ length: 16 }, (_, i) => [2015 + i, String(850 - 20 * i)]));
  });

  it("steps SO2 in its own unit (g/kWh), 1.2 t before 2020 and 0.4 t from 2020", () => {
    const r = evaluateScenario(compileScenario(series));
    const so2 = r.emissions.filter((e) => e.species === "SO2" && [2019, 2020].includes(e.year)).map((e) => e.baseline);
    expect(so2).toEqual(["1.2", "0.4"]);
  });

  it("the fast kernel agrees with the exact one when the grid changes over the years", () => {
    const coal = { kind: "interp", points: [{ year: 2026, value: "0.7" }, { year: 2035, value: "0.4" }] } as const;
    const hydro = { kind: "interp", points: [{ year: 2026, value: "0.1" }, { year: 2035, value: "0.4" }] } as const;
    const grid = coalHeavyMix(coal);
    const s = busScenario({
      years: { start: 2026, end: 2035 },
      grid: { ...grid, mix: { ...grid.mix!, shares: { ...grid.mix!.shares, hydro } } },
      measures: [{ ...electricBuses, penetration: { kind: "interp", points: [{ year: 2026, value: "0.1" }, { year: 2035, value: "0.8" }] } }],
    });
    const plan = compileScenario(s);
    const exact = evaluateScenario(plan);
    const fast = evaluateScenarioFast(plan);
    expect(fast.emissions.length).toBe(exact.emissions.length);
    exact.emissions.forEach((e, i) => {
      const f = fast.emissions[i]!;
      expect([f.year, f.scope, f.species]).toEqual([e.year, e.scope, e.species]);
      expect(Math.abs(f.scenario - Number(e.scenario))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(e.scenario))));
    });
    exact.attribution.forEach((a, i) => expect(Math.abs(fast.attribution[i]!.shapley - Number(a.shapley))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(a.shapley)))));
    // the plants' SO2 follows the coal share: 2026, 390 MWh at coal 0.7: (0.7 x 7380 + 0.05 x 2.0232) / 0.96 = 5381.355375 g/MWh;
    // 2035, 3,120 MWh at coal 0.4: (0.4 x 7380 + 0.05 x 2.0232) / 0.96 = 3075.105375 g/MWh
    expect([indirect(exact, "SO2", 2026), indirect(exact, "SO2", 2035)]).toEqual(["2.09872859625", "9.59432877"]);
  });

  it("refuses a series for a species the scenario does not compute, at its key, with the nearest species (review of issue 11, LOW 5)", () => {
    const nox = { unit: "g/kWh", level: { kind: "constant", value: "0.3" } } as const;
    const s: Scenario = { ...series, grid: { ...series.grid!, factors: { ...series.grid!.factors, NOx: nox } } };
    try {
      compileScenario(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      const [issue, ...rest] = (e as InvalidInputError).issues;
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ code: "unknown_reference", key: "NOx", path: ["grid", "factors", "NOx"], nearest: ["CO2", "SO2"] });
      expect(issue!.message).toContain("NOx is not among the scenario's species (CO2, SO2): add it to species, or remove this series");
    }
  });
});

describe("scenario grid: exact and fast kernels agree on random grids (property)", () => {
  it("for random coal and wind shares and penetrations over 2026-2035", () => {
    const permille = fc.integer({ min: 0, max: 700 }).map((n) => String(n / 1000));
    fc.assert(
      fc.property(permille, permille, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (c0, c1, p0, p1) => {
        const grid = coalHeavyMix({ kind: "interp", points: [{ year: 2026, value: c0 }, { year: 2035, value: c1 }] });
        // wind takes what coal leaves of 0.95 (gas 0.05): hydro and solar out
        const wind = { kind: "interp", points: [{ year: 2026, value: String((950 - Number(c0) * 1000) / 1000) }, { year: 2035, value: String((950 - Number(c1) * 1000) / 1000) }] } as const;
        const given = grid.mix!.shares as Partial<Record<MixTechnology, Schedule>>;
        const shares = { coal: given.coal!, gas: given.gas!, wind };
        const s = busScenario({
          years: { start: 2026, end: 2035 }, grid: { ...grid, mix: { ...grid.mix!, shares } },
          measures: [{ ...electricBuses, penetration: { kind: "interp", points: [{ year: 2026, value: String(p0 / 1000) }, { year: 2035, value: String(p1 / 1000) }] } }],
        });
        const plan = compileScenario(s);
        const exact = evaluateScenario(plan);
        const fast = evaluateScenarioFast(plan);
        exact.emissions.forEach((e, i) => expect(Math.abs(fast.emissions[i]!.scenario - Number(e.scenario))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(e.baseline)))));
      }),
      { numRuns: 40 },
    );
  });
});

describe("flags that cannot mislead (issue 11, item 6)", () => {
  // The electric buses on the CO2-only grid factor: the plants' SO2, NOx and PM2.5 are not counted.
  const co2Only = (): Scenario => {
    const { grid: _mix, ...rest } = busScenario({ metrics: ["AR6-GWP100"], gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" } });
    return rest;
  };

  it("flags a measure incomplete, naming species and scope, when the plants' pollutants are not counted", () => {
    const r = evaluateScenario(compileScenario(co2Only()));
    const t = r.tradeOffs.find((x) => x.measure === "e-buses")!;
    expect(t.flags).toEqual(["incomplete"]);
    // SO2 and PM2.5 have no bus factor either (direct), and no plant factor (indirect)
    expect(t.incomplete).toEqual([
      { species: "NOx", scope: "indirect" }, { species: "SO2", scope: "direct" }, { species: "SO2", scope: "indirect" },
      { species: "PM2.5", scope: "direct" }, { species: "PM2.5", scope: "indirect" },
      // AR6 GWP100 weighs CH4 and N2O, which the scenario does not compute (issue 11 review, defect 2)
      { species: "CH4", scope: "all" }, { species: "N2O", scope: "all" },
    ]);
    const text = formatResultTable(r, coBenefitSummary(r, co2Only()));
    expect(text).toContain("e-buses (AR6-GWP100): incomplete, not counted: NOx (indirect), SO2 (direct), SO2 (indirect), PM2.5 (direct), PM2.5 (indirect), CH4 (not computed), N2O (not computed)");
    // the last year's table marks the species some activity has no factor for, instead of a bare "-100%"
    expect(text).toMatch(/^SO2 \*\s/m);
    expect(text).toContain("* not counted for every activity (no factor)");
    // summary.csv names them too (review of issue 11, LOW 1), not only the flag
    const csv = coBenefitSummaryToCsv(coBenefitSummary(r, co2Only())).split("\n");
    const header = csv[0]!.split(",");
    expect(header.slice(-2)).toEqual(["flags AR6-GWP100", "incomplete AR6-GWP100"]);
    expect(csv[1]!.endsWith(",incomplete,NOx indirect; SO2 direct; SO2 indirect; PM2.5 direct; PM2.5 indirect; CH4 not computed; N2O not computed")).toBe(true);
  });

  it("judges the flag once every species is counted in every scope the measure touches", () => {
    // without CH4 and N2O, which AR6 GWP100 weighs, the CO2e change is not the measure's: no flag but incomplete
    const co2Without = evaluateScenario(compileScenario(busScenario({ metrics: ["AR6-GWP100"], species: ["NOx", "CO2"] }))).tradeOffs[0]!;
    expect(co2Without.flags).toEqual(["incomplete"]);
    expect(co2Without.incomplete).toEqual([{ species: "CH4", scope: "all" }, { species: "N2O", scope: "all" }]);
    // CO2: 975 t diesel x 3.14 t/t (EMEP/EEA 2019 1.A.3.b.i-iv Table 3-12) = 3061.5 t less, 2330.274375 t more at the plants
    expect(co2Without.co2eReduction).toBe("731.225625");
    const counted = busScenario({ metrics: ["AR6-GWP100"], species: ["NOx", "CO2", "CH4", "N2O"] });
    const r = evaluateScenario(compileScenario(counted));
    const t = r.tradeOffs.find((x) => x.measure === "e-buses")!;
    expect(t.incomplete).toBeUndefined();
    // NOx: 17.875 t of exhaust less, 5.097178125 t more at the plants: down; CO2e then decides the flag
    expect(t.airPollutantReductions).toEqual([{ species: "NOx", reduction: "12.777821875" }]);
    // CO2e = CO2 + 27.9 CH4 + 273 N2O (IPCC AR6 WG1 Ch. 7 SM Table 7.SM.7) over the measure's standalone reductions
    const standalone = (sp: string) => r.attribution.find((a) => a.species === sp)!.standalone;
    expect(standalone("CO2")).toBe("731.225625");
    expect(t.co2eReduction).toBe(new Dec(standalone("CO2")).plus(new Dec("27.9").times(standalone("CH4"))).plus(new Dec("273").times(standalone("N2O"))).toString());
    expect(t.flags).toEqual(["coBenefit"]);
  });

  it("shows the reductions split by scope one step away from the net figures", () => {
    const s = busScenario({ species: ["NOx"] });
    const r = evaluateScenario(compileScenario(s));
    const text = formatResultTable(r, coBenefitSummary(r, s));
    const section = text.slice(text.indexOf("Reduction by measure and scope"));
    // direct: the buses' 17.875 t; indirect: the plants' -5.097178125 t; net 12.8 t in the table above
    expect(section.split("\n").slice(1, 5).join("\n")).toMatch(/e-buses\s+direct\s+17\.9[\s\S]*e-buses\s+indirect\s+-5\.1/);
  });
});

describe("a measured reduction on electricity whose factor changes over the years", () => {
  it("is refused: one factor per unit cannot carry a grid that changes", () => {
    // heat pumps in households given as stock x intensity: 1,000 households x 5 MWh per household and year
    const pumps = { id: "heat-pumps", sector: "1.A.4.b.i", fuel: "electricity", unit: "MWh", stock: { unit: "household", level: { kind: "constant", value: "1000" } }, intensity: { value: "5", unit: "MWh/household" } } as const;
    const s: Scenario = {
      name: "changing grid", years: { start: 2025, end: 2026 }, species: ["CO2"], metrics: [], baseline: [pumps],
      measures: [{ id: "smart-controls", kind: "measuredReduction", target: { activityIds: ["heat-pumps"] }, source: "illustrative", units: { unit: "household", level: { kind: "constant", value: "100" } }, reductionPerUnit: { CO2: { value: "0.1", unit: "t/household" } } }],
      factors: { userCitations: [PLANTS] },
      grid: { country: "CN", definition: "test series (illustrative)", source: cite("series"), factors: { CO2: { unit: "t/MWh", level: { kind: "interp", points: [{ year: 2025, value: "0.6" }, { year: 2026, value: "0.5" }] } } } },
    };
    expect(() => compileScenario(s)).toThrow(/changes over the years \(electricity or district heat\), so one factor cannot carry it/);
  });
});
