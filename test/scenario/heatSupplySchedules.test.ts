import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioFileError, compileScenario, evaluateScenario, evaluateScenarioFast, heatSupplySpecSchema, scenarioSchema } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import type { Schedule } from "../../src/activity/schedule.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";
import { compileIssues } from "../fixtures/compileIssues.js";

// Issue 11 leftover: a district heat supply (heatSupply) that changes over the years. Heat supply
// figures: illustrative user input (citation "G"). Factors are the built-in ones: CO2 94.6 t/TJ for
// other bituminous coal and 56.1 t/TJ for natural gas (IPCC 2006 Vol. 2 ch. 1 Table 1.4); NCVs
// 25.8 GJ/t (other bituminous coal) and 48 GJ/t (natural gas) (IPCC 2006 Vol. 2 ch. 1 Table 1.2).
const cite = (table: string) => ({ id: "G", table });
const citation = { id: "G", authors: "A", title: "Illustrative heat supply (test data)", publisher: "P", year: 2024, url: "https://example.org/g" };
const interp = (a: string, b: string): Schedule => ({ kind: "interp", points: [{ year: 2020, value: a }, { year: 2030, value: b }] });
const constant = (value: string): Schedule => ({ kind: "constant", value });
type Supply = NonNullable<Scenario["heatSupply"]>;
type Value = string | Schedule;
const hob = (id: string, fuel: string, share: Value, efficiency: Value) => ({ id, share, sector: "1.A.1.a", fuel, heatOnly: { efficiency, source: cite("T2") } });
const chpPlant = (share: Value, fuel: string, electricity: string, heat: string, method: object = { kind: "energy" }) => ({
  id: "chp", share, sector: "1.A.1.a", fuel: "naturalGas",
  chp: { fuel: { value: fuel, unit: "GJ" }, electricity: { value: electricity, unit: "GJ" }, heat: { value: heat, unit: "GJ" }, method, source: cite("T3") },
});
const supply = (loss: Value, plants: readonly object[]): Supply => ({ networkLoss: { value: loss, source: cite("T1") }, plants } as Supply);
// Coal-mine methane 18 m3/t x 0.67 kg/m3 = 12.06 kg CH4 per t of coal; gas leakage 1% of the gas, all methane.
const upstream = {
  coal: { methanePerTonne: { value: "18", unit: "m3/t", source: cite("T5") }, methaneDensity: { value: "0.67", unit: "kg/m3", source: cite("T5") } },
  naturalGas: { leakageRate: { value: "0.01", source: cite("T6") }, methaneContent: { value: "1", unit: "kg/kg", source: cite("T6") } },
};
const retrofit = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "homes" }, penetration: interp("0", "0.5"), demandReduction: "0.2" };
const scenario = (heatSupply: Supply, extra: Partial<Scenario> = {}): Scenario => ({
  name: "district heat over the years", years: { start: 2020, end: 2030 }, species: ["CO2", "CH4"], metrics: [],
  factors: { userCitations: [citation] },
  heatSupply,
  baseline: [{ id: "flats", sector: "1.A.4.b.i", fuel: "districtHeat", unit: "GJ", heatSegment: "homes", level: { kind: "constant", value: "1000" } }],
  measures: [],
  ...extra,
} as Scenario);
const emissions = (s: Scenario, scope: string, species = "CO2") =>
  evaluateScenario(compileScenario(s)).emissions.filter((e) => e.scope === scope && e.species === species && [2020, 2025, 2030].includes(e.year));
const byPart = (s: Scenario, sector: string) => emissions(s, "upstream", "CH4").filter((e) => e.sector === sector).map((e) => e.baseline);
const messages = (s: Scenario) => compileIssues(s).map((i) => [i.path, i.message]);
const same = (digits: number) => (d: Dec | string) => new Dec(d).toSignificantDigits(digits).toString();

describe("a heat supply that changes over the years", () => {
  it("property: values written as constant schedules give exactly the result of the same values written as numbers", () => {
    const fraction = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Dec(n).div(1000).toString());
    fc.assert(fc.property(fraction(0, 999), fraction(1, 999), fraction(500, 1200), fc.integer({ min: 50, max: 150 }).map(String), fc.integer({ min: 10, max: 90 }).map(String), (loss, share, efficiency, heat, electricity) => {
      const rest = new Dec(1).minus(share).toString();
      const plants = (v: (x: string) => Value) => [hob("coal", "otherBituminousCoal", v(share), v(efficiency)), chpPlant(v(rest), "200", electricity, heat)];
      const asNumbers = scenario(supply(loss, plants((x) => x)), { upstream, measures: [retrofit] as Scenario["measures"] });
      const asSchedules = scenario(supply(constant(loss), plants(constant)), { upstream, measures: [retrofit] as Scenario["measures"] });
      const [a, b] = [compileScenario(asNumbers), compileScenario(asSchedules)];
      expect(b.lineages).toEqual(a.lineages);
      const [ra, rb] = [evaluateScenario(a), evaluateScenario(b)];
      expect(rb.emissions).toEqual(ra.emissions);
      expect(rb.attributionBySector).toEqual(ra.attributionBySector);
    }), { numRuns: 12 });
  });

  it("an efficiency that rises over the years gives each year's emissions as computed by hand", () => {
    const s = scenario(supply("0.2", [hob("coal", "otherBituminousCoal", "1", interp("0.8", "0.9"))]), { species: ["CO2"] });
    // 1000 GJ delivered / (1 - 0.2) = 1250 GJ sent out / efficiency (0.8, 0.85, 0.9) x 0.0946 t CO2/GJ coal
    expect(emissions(s, "indirectHeat").map((e) => same(24)(e.baseline))).toEqual(["0.8", "0.85", "0.9"].map((e) => same(24)(new Dec(1250).div(e).times("0.0946"))));
    expect(emissions(s, "indirectHeat").map((e) => same(10)(e.baseline))).toEqual(["147.8125", "139.1176471", "131.3888889"]);
  });

  it("a network loss that falls over the years", () => {
    const s = scenario(supply(interp("0.2", "0.1"), [hob("gas", "naturalGas", "1", "0.9")]), { species: ["CO2"] });
    // 1000 GJ / (1 - loss (0.2, 0.15, 0.1)) / 0.9 x 0.0561 t CO2/GJ gas
    expect(emissions(s, "indirectHeat").map((e) => same(10)(e.baseline))).toEqual(["77.91666667", "73.33333333", "69.25925926"]);
  });

  it("shares moving from a coal boiler to a gas boiler move the CO2 and the upstream methane year by year", () => {
    const s = scenario(supply("0.2", [hob("coal", "otherBituminousCoal", interp("1", "0"), "0.8"), hob("gas", "naturalGas", interp("0", "1"), "0.9")]), { upstream });
    // CO2 = 1250 GJ sent out x (coal share / 0.8 x 0.0946 + gas share / 0.9 x 0.0561)
    expect(emissions(s, "indirectHeat").map((e) => e.baseline)).toEqual(["147.8125", "112.864583333333333333333333", "77.916666666666666666666667"]);
    // coal mining: 1250 x coal share / 0.8 GJ of coal / 25.8 GJ/t x 0.01206 t CH4/t
    expect(byPart(s, "1.B.1.a").map(same(12))).toEqual(["1", "0.5", "0"].map((c) => same(12)(new Dec(1250).times(c).div("0.8").div("25.8").times("0.01206"))));
    expect(same(6)(byPart(s, "1.B.1.a")[0]!)).toBe("0.730378");
    // gas supply: 1250 x gas share / 0.9 GJ of gas / 48 GJ/t x 1%
    expect(byPart(s, "1.B.2.b").map(same(12))).toEqual(["0", "0.5", "1"].map((g) => same(12)(new Dec(1250).times(g).div("0.9").div("48").times("0.01"))));
    expect(same(6)(byPart(s, "1.B.2.b")[2]!)).toBe("0.289352");
  });

  it("a CHP plant's share that grows over the years", () => {
    // energy method: heat gets 100 / (60 + 100) of the 200 GJ of fuel: 1.25 GJ of gas per GJ of heat, 0.0701250 t CO2 per GJ of heat;
    // the gas boiler: 1 / 0.9 GJ of gas, 0.06233... t CO2 per GJ of heat. CHP share 0.2, 0.5, 0.8 (2020, 2025, 2030), x 1250 GJ sent out.
    const s = scenario(supply("0.2", [hob("gas", "naturalGas", interp("0.8", "0.2"), "0.9"), chpPlant(interp("0.2", "0.8"), "200", "60", "100")]), { species: ["CO2"] });
    const perHeat = (chp: string) => new Dec(chp).times("1.25").plus(new Dec(1).minus(chp).div("0.9")).times("0.0561").times(1250);
    expect(emissions(s, "indirectHeat").map((e) => same(20)(e.baseline))).toEqual(["0.2", "0.5", "0.8"].map((c) => same(20)(perHeat(c))));
    // 2025: 1250 x 0.0561 x (0.5 x 1.25 + 0.5 / 0.9) = 43.828125 + 38.958333... = 82.786458...
    expect(emissions(s, "indirectHeat")[1]!.baseline).toBe("82.786458333333333333333333");
  });

  it("the fast kernel agrees with the exact one, and a measure's Shapley shares still sum exactly to its reduction in every year", () => {
    const s = scenario(supply(interp("0.2", "0.1"), [hob("coal", "otherBituminousCoal", interp("0.7", "0.2"), interp("0.8", "0.88")), chpPlant(interp("0.3", "0.8"), "200", "60", "100")]),
      { upstream, measures: [retrofit] as Scenario["measures"] });
    const plan = compileScenario(s);
    const exact = evaluateScenario(plan);
    const fast = evaluateScenarioFast(plan);
    exact.emissions.forEach((e, i) => expect(Math.abs(Number(e.scenario) - fast.emissions[i]!.scenario)).toBeLessThanOrEqual(1e-9 * Math.max(1, Number(e.baseline))));
    for (const year of [2025, 2030]) {
      const heat = exact.emissions.find((e) => e.scope === "indirectHeat" && e.species === "CO2" && e.year === year)!;
      const shares = exact.attributionBySector.filter((a) => a.scope === "indirectHeat" && a.species === "CO2" && a.year === year);
      expect(shares.reduce((sum, a) => sum.plus(a.shapley), new Dec(0)).toString()).toBe(new Dec(heat.reduction).toString());
      expect(new Dec(heat.reduction).gt(0)).toBe(true);
    }
  });
});

describe("a heat supply's schedules are checked in every year", () => {
  it("reports each value out of range once, at its path, naming its first bad year", () => {
    const s = scenario(supply(interp("0.5", "1"), [hob("coal", "otherBituminousCoal", "1", { kind: "step", steps: [{ year: 2020, value: "0.8" }, { year: 2025, value: "0" }] })]));
    expect(messages(s)).toEqual([
      ["heatSupply.plants.0.heatOnly.efficiency", "an efficiency must be positive (year 2025)"],
      ["heatSupply.networkLoss.value", "a network loss is a fraction from 0 to below 1 (year 2030)"],
    ]);
  });

  it("checks a constant schedule like any other, since the schema cannot (it is a schedule, not a number)", () => {
    const s = scenario(supply(constant("-0.1"), [hob("coal", "otherBituminousCoal", constant("1.5"), "0.8")]));
    expect(messages(s)).toEqual([
      ["heatSupply.networkLoss.value", "a network loss is a fraction from 0 to below 1 (year 2020)"],
      ["heatSupply.plants.0.share", "a plant's share is a fraction from 0 to 1 (year 2020)"],
      ["heatSupply.plants", "the plants' shares sum to 1.5; they must sum to exactly 1 (year 2020)"],
    ]);
    expect(messages(scenario(supply("0.2", [hob("coal", "otherBituminousCoal", constant("0.6"), "0.8"), hob("gas", "naturalGas", constant("0.5"), "0.9")]))))
      .toEqual([["heatSupply.plants", "the plants' shares sum to 1.1; they must sum to exactly 1 (year 2020)"]]);
  });

  it("accepts computed shares whose sum is 1 within the decimal rounding (sevenths), and a plant phased in from a share of 0", () => {
    // coal 1 -> 0 and gas 0 -> 1 over 7 years: k/7 and (7 - k)/7 rounded to 40 digits need not sum to exactly 1
    const sevenths = (a: string, b: string): Schedule => ({ kind: "interp", points: [{ year: 2020, value: a }, { year: 2027, value: b }] });
    const s = scenario(supply("0.2", [hob("coal", "otherBituminousCoal", sevenths("1", "0"), "0.8"), hob("gas", "naturalGas", sevenths("0", "1"), "0.9")]), { species: ["CO2"] });
    expect(messages(s)).toEqual([]);
    // 2030: gas only, 1250 GJ / 0.9 x 0.0561
    expect(emissions(s, "indirectHeat")[2]!.baseline).toBe("77.916666666666666666666667");
  });

  it("refuses shares that stop summing to 1 in some year, naming the first", () => {
    // coal 1 -> 0.5 while gas stays 0: 0.95 in 2021
    const s = scenario(supply("0.2", [hob("coal", "otherBituminousCoal", interp("1", "0.5"), "0.8"), hob("gas", "naturalGas", constant("0"), "0.9")]));
    expect(messages(s)).toEqual([["heatSupply.plants", "the plants' shares sum to 0.95; they must sum to exactly 1 (year 2021)"]]);
  });

  it("refuses a step schedule with no value in a year, at its path and naming the year", () => {
    const s = scenario(supply({ kind: "step", steps: [{ year: 2025, value: "0.1" }] }, [hob("gas", "naturalGas", "1", "0.9")]));
    const found = messages(s);
    expect(found.map(([p]) => p)).toEqual(["heatSupply.networkLoss.value"]);
    expect(found[0]![1]).toMatch(/\(year 2020\)$/);
  });

  it("refuses a CHP plant that sends out no heat (its fuel per GJ of heat would be 0 / 0)", () => {
    expect(messages(scenario(supply("0.2", [chpPlant("1", "200", "60", "0")])))).toEqual([["heatSupply.plants.0.chp.heat.value", "a CHP plant's heat output must be positive"]]);
  });

  it("keeps the plain decimal form as before: the heatSupplySpecSchema takes no schedule, the scenario's heatSupply does", () => {
    const plain = supply("0.2", [hob("gas", "naturalGas", "1", "0.9")]);
    expect(heatSupplySpecSchema.safeParse(plain).success).toBe(true);
    expect(heatSupplySpecSchema.safeParse(supply(interp("0.2", "0.1"), [hob("gas", "naturalGas", "1", "0.9")])).success).toBe(false);
    expect(scenarioSchema.safeParse(scenario(supply(interp("0.2", "0.1"), [hob("gas", "naturalGas", "1", interp("0.9", "0.95"))]))).success).toBe(true);
    // a plain value is still checked by the schema
    expect(scenarioSchema.safeParse(scenario(supply("1", [hob("gas", "naturalGas", "1", "0.9")]))).success).toBe(false);
  });

  it("reports an out-of-range year in a scenario file at the schedule's line", () => {
    const text = [
      "name: demo", "years: { start: 2020, end: 2030 }", "species: [CO2]", "metrics: []",
      "baseline: [{ id: flats, sector: 1.A.4.b.i, fuel: districtHeat, unit: GJ, level: { kind: constant, value: '1000' } }]", "measures: []",
      "factors: { userCitations: [{ id: G, authors: A, title: T, publisher: P, year: 2024, url: 'https://example.org/g' }] }",
      "heatSupply:", "  networkLoss:", "    source: { id: G, table: T1 }",
      "    value: { kind: interp, points: [{ year: 2020, value: '0.2' }, { year: 2030, value: '-0.2' }] }",
      "  plants:", "    - { id: gas, share: '1', sector: 1.A.1.a, fuel: naturalGas, heatOnly: { efficiency: '0.9', source: { id: G, table: T2 } } }",
    ].join("\n");
    const e = (() => { try { compileScenarioFile(text); } catch (x) { return x; } return undefined; })();
    expect(e).toBeInstanceOf(ScenarioFileError);
    const issue = (e as ScenarioFileError).issues.find((i) => i.path.join(".") === "heatSupply.networkLoss.value")!;
    // -0.2 + ... : 0.2 - 0.04 x (year - 2020) is below 0 from 2026 (-0.04)
    expect(issue.message).toBe("a network loss is a fraction from 0 to below 1 (year 2026)");
    expect(issue.line).toBe(11);
  });
});
