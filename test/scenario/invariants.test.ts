import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Measure } from "../../src/measures/registry.js";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";

// A city in miniature: coal boilers, household stoves and buses, with every phase of measure.
const frac = fc.integer({ min: 0, max: 100 }).map((n) => new Dec(n).div(100).toString());
const amount = fc.integer({ min: 1, max: 100_000 }).map(String);
const params = fc.record({ switchP: frac, upgradeP: frac, scrapP: frac, fgdP: frac, fgdE: frac, retroP: frac, retroCut: frac, dpfP: frac, boilers: amount, stoves: amount, vkm: amount });
type P = typeof params extends fc.Arbitrary<infer T> ? T : never;

const baseline = (p: P, boilerUnit: "TJ" | "GJ" | "PJ" = "TJ"): Scenario["baseline"] => [
  { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: boilerUnit, level: { kind: "constant", value: new Dec(p.boilers).times({ TJ: 1, GJ: 1000, PJ: "0.001" }[boilerUnit]).toString() }, heatSegment: "offices" },
  { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "interp", points: [{ year: 2030, value: p.stoves }, { year: 2032, value: "0" }] }, heatSegment: "homes" },
  { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: p.vkm }, fuelConsumption: { value: "300", unit: "g/vkm" } },
];
const measures = (p: P): Measure[] => [
  { id: "switch", kind: "fuelSwitch", target: { fuel: "hardCoal" }, penetration: { kind: "interp", points: [{ year: 2030, value: "0" }, { year: 2032, value: p.switchP }] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.9", toUnit: "GJ" },
  { id: "upgrade", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: new Dec(p.upgradeP).div(2).toString() }, to: { technology: "Urban Buses Standard - Euro VI" } },
  { id: "scrap", kind: "scrappage", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: new Dec(p.scrapP).div(2).toString() }, replacement: null },
  { id: "fgd", kind: "controlDevice", target: { sector: "1.A.4.a.i" }, penetration: { kind: "constant", value: p.fgdP }, removal: { SO2: p.fgdE, "PM2.5": "0.5", BC: "0.5" } },
  { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "offices" }, penetration: { kind: "constant", value: p.retroP }, demandReduction: p.retroCut },
  { id: "dpf", kind: "dpfRetrofit", target: { sector: "1.A.3.b.iii" }, penetration: { kind: "constant", value: p.dpfP }, removal: { "PM2.5": "0.9", BC: "0.9" } },
];
const SPECIES = ["PM2.5", "BC", "SO2", "NOx", "CO2", "CH4"] as const;
const scenario = (p: P, over: Partial<Scenario> = {}): Scenario => ({
  name: "invariants", years: { start: 2030, end: 2032 }, species: [...SPECIES], metrics: ["AR6-GWP100"], baseline: baseline(p), measures: measures(p), onMissingFactor: "omit", ...over,
});
const evaluate = (s: Scenario) => evaluateScenario(compileScenario(s));
const byKey = <T extends { year: number }>(rows: readonly T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), r]));
const sumOf = (rows: readonly { reduction: string }[]) => rows.reduce((s, r) => s.plus(r.reduction), new Dec(0));
const RUNS = { numRuns: 25 };

describe("scenario invariants (properties)", () => {
  it("a measure with zero penetration changes nothing and is attributed nothing", () => {
    fc.assert(
      fc.property(params, (p) => {
        const none = evaluate(scenario(p, { measures: measures(p).map((m) => ({ ...m, penetration: { kind: "constant", value: "0" } })) }));
        for (const e of none.emissions) expect(e.reduction).toBe("0");
        for (const a of none.attribution) expect([a.standalone, a.sequential, a.shapley]).toEqual(["0", "0", "0"]);
      }),
      RUNS,
    );
  });

  it("attributed shares, sequential and Shapley, sum exactly to the combined reduction of each species and year", () => {
    fc.assert(
      fc.property(params, (p) => {
        const r = evaluate(scenario(p));
        for (const year of r.years) {
          for (const s of SPECIES) {
            const combined = sumOf(r.emissions.filter((e) => e.year === year && e.species === s));
            const shares = r.attribution.filter((a) => a.year === year && a.species === s);
            expect(shares.reduce((x, a) => x.plus(a.shapley), new Dec(0)).eq(combined)).toBe(true);
            expect(shares.reduce((x, a) => x.plus(a.sequential), new Dec(0)).eq(combined)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("per sector and scope, measures' shares sum exactly to that sector's reduction, and over sectors to the measure's attribution", () => {
    const toElectricity = (p: P): Measure => ({ id: "heat-pumps", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: new Dec(1).minus(p.switchP).div(2).toString() }, to: { fuel: "electricity" }, efficiencyFrom: "0.6", efficiencyTo: "2.5", toUnit: "MWh" });
    fc.assert(
      fc.property(params, (p) => {
        const r = evaluate(scenario(p, { measures: [...measures(p), toElectricity(p)], gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" } }));
        const rows = r.attributionBySector;
        expect(new Set(rows.map((a) => a.scope))).toEqual(new Set(["direct", "indirect"]));
        for (const e of r.emissions) {
          const shares = rows.filter((a) => a.year === e.year && a.sector === e.sector && a.scope === e.scope && a.species === e.species);
          expect(shares.reduce((x, a) => x.plus(a.shapley), new Dec(0)).eq(e.reduction)).toBe(true);
          expect(shares.reduce((x, a) => x.plus(a.sequential), new Dec(0)).eq(e.reduction)).toBe(true);
        }
        for (const a of r.attribution) {
          const parts = rows.filter((b) => b.year === a.year && b.measure === a.measure && b.species === a.species);
          for (const f of ["standalone", "sequential", "shapley"] as const) expect(parts.reduce((x, b) => x.plus(b[f]), new Dec(0)).eq(a[f])).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });

  it("the combined result and the Shapley shares do not depend on the declared order; sequential shares may", () => {
    fc.assert(
      fc.property(params, fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (p, keys) => {
        const shuffled = measures(p).map((m, i) => ({ m, k: keys[i]! })).sort((a, b) => a.k - b.k).map((x) => x.m);
        const a = evaluate(scenario(p));
        const b = evaluate(scenario(p, { measures: shuffled }));
        const ea = byKey(a.emissions, (e) => `${e.year}|${e.sector}|${e.scope}|${e.species}`);
        for (const e of b.emissions) expect(e.scenario).toBe(ea.get(`${e.year}|${e.sector}|${e.scope}|${e.species}`)!.scenario);
        const sa = byKey(a.attribution, (x) => `${x.year}|${x.measure}|${x.species}`);
        for (const x of b.attribution) expect(new Dec(x.shapley).minus(sa.get(`${x.year}|${x.measure}|${x.species}`)!.shapley).abs().lte("1e-23")).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives a measure that does nothing a Shapley share of exactly zero, and two identical measures equal shares", () => {
    fc.assert(
      fc.property(params, (p) => {
        // acts on the stoves, but only on NH3, which this scenario does not compute: a null player
        const idle: Measure = { id: "idle", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { NH3: "0.9" } };
        const twinA: Measure = { id: "twinA", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.3" } };
        const r = evaluate(scenario(p, { measures: [...measures(p), idle, twinA, { ...twinA, id: "twinB" }] }));
        for (const a of r.attribution.filter((x) => x.measure === "idle")) expect(a.shapley).toBe("0");
        const twins = r.attribution.filter((x) => x.measure.startsWith("twin"));
        for (const a of twins.filter((x) => x.measure === "twinA")) {
          const b = twins.find((x) => x.measure === "twinB" && x.year === a.year && x.species === a.species)!;
          expect(new Dec(a.shapley).minus(b.shapley).abs().lte("1e-24")).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never gives a negative emission", () => {
    fc.assert(
      fc.property(params, (p) => {
        for (const e of evaluate(scenario(p)).emissions) expect(new Dec(e.scenario).gte(0) && new Dec(e.baseline).gte(0)).toBe(true);
      }),
      RUNS,
    );
  });

  it("more penetration of a pure reduction measure never reduces the reduction", () => {
    fc.assert(
      fc.property(params, frac, (p, more) => {
        const lo = evaluate(scenario(p));
        const hiP = Dec.max(new Dec(p.fgdP), new Dec(more)).toString();
        const hi = evaluate(scenario({ ...p, fgdP: hiP }));
        for (const s of ["SO2", "PM2.5"]) expect(sumOf(hi.emissions.filter((e) => e.species === s)).gte(sumOf(lo.emissions.filter((e) => e.species === s)))).toBe(true);
      }),
      RUNS,
    );
  });

  it("splitting an activity row in two changes no result", () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 99 }), (p, pct) => {
        const whole = evaluate(scenario(p));
        const [boilers, ...rest] = baseline(p);
        const part = (id: string, f: Dec) => ({ ...boilers!, id, level: { kind: "constant", value: new Dec(p.boilers).times(f).toString() } as const });
        const f = new Dec(pct).div(100);
        const split = evaluate(scenario(p, { baseline: [part("boilers-a", f), part("boilers-b", new Dec(1).minus(f)), ...rest] }));
        const w = byKey(whole.emissions, (e) => `${e.year}|${e.sector}|${e.scope}|${e.species}`);
        for (const e of split.emissions) expect(new Dec(e.scenario).minus(w.get(`${e.year}|${e.sector}|${e.scope}|${e.species}`)!.scenario).abs().lte("1e-23")).toBe(true);
        const wa = byKey(whole.attribution, (x) => `${x.year}|${x.measure}|${x.species}`);
        for (const x of split.attribution) expect(new Dec(x.shapley).minus(wa.get(`${x.year}|${x.measure}|${x.species}`)!.shapley).abs().lte("1e-22")).toBe(true);
      }),
      RUNS,
    );
  });

  it("expressing an activity in other units changes no result", () => {
    fc.assert(
      fc.property(params, fc.constantFrom("GJ" as const, "PJ" as const), (p, unit) => {
        const tj = evaluate(scenario(p));
        const other = evaluate(scenario(p, { baseline: baseline(p, unit) }));
        const t = byKey(tj.emissions, (e) => `${e.year}|${e.sector}|${e.scope}|${e.species}`);
        for (const e of other.emissions) expect(new Dec(e.scenario).minus(t.get(`${e.year}|${e.sector}|${e.scope}|${e.species}`)!.scenario).abs().lte("1e-23")).toBe(true);
      }),
      RUNS,
    );
  });

  it("a fuel switch conserves useful energy for any efficiencies", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 400 }), (from, to) => {
        const [eFrom, eTo] = [new Dec(from).div(100).toString(), new Dec(to).div(100).toString()];
        const plan = compileScenario({
          name: "u", years: { start: 2030, end: 2030 }, species: ["NOx"], metrics: [],
          baseline: [{ id: "b", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "1" } }],
          measures: [{ id: "s", kind: "fuelSwitch", target: { activityIds: ["b"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "naturalGas" }, efficiencyFrom: eFrom, efficiencyTo: eTo, toUnit: "GJ" }],
        });
        // 1 kt of coal = 25 800 GJ (IPCC 2006 Table 1.2, 25.8 TJ/Gg): useful energy before = after
        const gas = plan.lineages[0]!.templates[1]!.conversion;
        expect(gas.times(eTo).minus(new Dec(25_800).times(eFrom)).abs().lte("1e-30")).toBe(true);
      }),
    );
  });
});
