import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, InvalidInputError } from "../../../src/index.js";
import { AR6_CLIMATE_RESPONSE as AR6, agtpAtLags, agtpCo2, agwpCo2, temperatureResponse } from "../../../src/impacts.js";
import { Dec } from "../../../src/units/decimal.js";

/** A coal boiler with two end-of-pipe measures cutting CO2, CH4 and BC (removal fractions as given). */
function scenario(level: string, removals: [Record<string, string>, Record<string, string>], years = { start: 2026, end: 2030 }) {
  return evaluateScenario(compileScenario({
    name: "boiler", years, species: ["CO2", "CH4", "BC", "SO2"], metrics: [],
    baseline: [{ id: "boiler", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: level } }],
    measures: [
      { id: "m1", kind: "controlDevice", target: { activityIds: ["boiler"] }, penetration: { kind: "constant", value: "1" }, removal: removals[0] },
      { id: "m2", kind: "controlDevice", target: { activityIds: ["boiler"] }, penetration: { kind: "constant", value: "1" }, removal: removals[1] },
    ],
  } as never));
}
const BC_FROM_BOND = [{ species: "BC" as const, fromMetric: "Bond2013-GWP100" }];

describe("temperatureResponse", () => {
  it("is the convolution of each year's emission change with the AGTP, pulses in mid-year, temperature at year end", () => {
    const result = scenario("1000", [{ CO2: "0.5" }, { SO2: "0.1" }], { start: 2030, end: 2030 });
    const reduction = result.attribution.find((a) => a.species === "CO2" && a.measure === "m1")!.shapley;
    const t = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2032, afterLastYear: "none" });
    const at = (year: number) => Number(t.rows.find((r) => r.year === year && r.measure === "all" && r.species === "CO2")!.temperatureChange);
    // hand computation: -reduction [t] x 1000 kg/t x AGTP_CO2(lag), lag = year - 2030 + 0.5
    for (const year of [2030, 2031, 2032]) expect(at(year)).toBeCloseTo(-Number(reduction) * 1000 * agtpCo2(AR6, year - 2030 + 0.5), 17);
    expect(at(2031)).toBeLessThan(0);
  });

  it("holds the last year's changes to `until` when asked, and stops them with `none`", () => {
    const result = scenario("1000", [{ CO2: "0.5" }, { SO2: "0.1" }], { start: 2030, end: 2030 });
    const none = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2031, afterLastYear: "none" });
    const hold = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2031, afterLastYear: "holdLastYear" });
    const at = (t: typeof none) => Number(t.rows.find((r) => r.year === 2031 && r.measure === "all")!.temperatureChange);
    const r = Number(result.attribution.find((a) => a.species === "CO2" && a.measure === "m1")!.shapley) * 1000;
    expect(at(hold) - at(none)).toBeCloseTo(-r * agtpCo2(AR6, 0.5), 17);
  });

  it("gives measures' shares that add up exactly to all measures, per year and species, and per group", () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }),
      (level, r1, r2, r3) => {
        const result = scenario(String(level), [{ CO2: `0.${r1}`, BC: `0.${r2}` }, { CH4: `0.${r3}`, BC: `0.${r1}` }]);
        const t = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2040, afterLastYear: "holdLastYear", shortLived: BC_FROM_BOND });
        for (const rows of [t.rows, t.groups]) {
          const sums = new Map<string, Dec>();
          for (const r of rows) if (r.measure !== "all") {
            const key = `${r.year}|${"species" in r ? r.species : r.group}`;
            sums.set(key, (sums.get(key) ?? new Dec(0)).plus(r.temperatureChange));
          }
          for (const r of rows) if (r.measure === "all") expect(sums.get(`${r.year}|${"species" in r ? r.species : r.group}`)!.eq(r.temperatureChange)).toBe(true);
        }
      }), { numRuns: 25 });
  });

  it("gives, for all measures, the convolution of the emission rows' combined reduction (an independent path)", () => {
    const result = scenario("900", [{ CO2: "0.4", BC: "0.3" }, { CH4: "0.6", BC: "0.5" }]);
    const t = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2034, afterLastYear: "none", shortLived: BC_FROM_BOND });
    const responses = { CO2: { kind: "co2" as const }, CH4: { kind: "oneLifetime" as const, gas: "CH4" as const }, BC: { kind: "shortLived" as const, agwp: t.shortLived[0]!.agwp } };
    for (const [species, response] of Object.entries(responses)) {
      const reduction = (year: number) => result.emissions.filter((e) => e.year === year && e.species === species).reduce((s, e) => s + Number(e.reduction), 0);
      for (const year of [2028, 2034]) {
        const lags = result.years.filter((s) => s <= year).map((s) => year - s + 0.5);
        const agtp = agtpAtLags(AR6, response, lags);
        const expected = result.years.filter((s) => s <= year).reduce((sum, s, i) => sum - reduction(s) * 1000 * agtp[i]!, 0);
        const got = Number(t.rows.find((r) => r.year === year && r.measure === "all" && r.species === species)!.temperatureChange);
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12 + 1e-18);
      }
    }
  });

  it("is linear in the emission changes: ten times the activity, ten times the temperature change", () => {
    const one = temperatureResponse(scenario("700", [{ CO2: "0.3" }, { CH4: "0.4" }]), { response: "AR6-7SM-AGTP", until: 2035, afterLastYear: "none" });
    const ten = temperatureResponse(scenario("7000", [{ CO2: "0.3" }, { CH4: "0.4" }]), { response: "AR6-7SM-AGTP", until: 2035, afterLastYear: "none" });
    one.rows.forEach((r, i) => expect(new Dec(ten.rows[i]!.temperatureChange).minus(new Dec(r.temperatureChange).times(10)).abs().lte("1e-16")).toBe(true));
  });

  it("makes a BC cut cool fast and fade, a CO2 cut build up and stay (why the two differ in time)", () => {
    const result = scenario("1000", [{ CO2: "0.5" }, { BC: "0.5" }], { start: 2030, end: 2030 });
    const t = temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2080, afterLastYear: "none", shortLived: BC_FROM_BOND });
    const at = (year: number, measure: string, species: string) => Number(t.rows.find((r) => r.year === year && r.measure === measure && r.species === species)!.temperatureChange);
    expect(Math.abs(at(2080, "m2", "BC"))).toBeLessThan(Math.abs(at(2030, "m2", "BC")) / 5);
    expect(Math.abs(at(2080, "m1", "CO2"))).toBeGreaterThan(Math.abs(at(2030, "m1", "CO2")));
  });

  it("derives BC's integrated forcing from the named GWP (Bond et al. 2013: 900) and the set's AGWP100 of CO2", () => {
    const t = temperatureResponse(scenario("1000", [{ BC: "0.5" }, { SO2: "0.1" }]), { response: "AR6-7SM-AGTP", until: 2030, shortLived: BC_FROM_BOND });
    expect(t.shortLived[0]!.agwp).toBeCloseTo(900 * agwpCo2(AR6, 100), 25);
    expect(t.shortLived[0]!.derivation).toContain("Bond2013-GWP100 GWP100 900");
    const direct = agtpAtLags(AR6, { kind: "shortLived", agwp: 900 * agwpCo2(AR6, 100) }, [0.5])[0]!;
    expect(direct).toBeGreaterThan(0);
  });

  it("lists species whose emissions change without a response, and counts nothing for them", () => {
    const t = temperatureResponse(scenario("1000", [{ SO2: "0.9", BC: "0.5" }, { SO2: "0.1" }]), { response: "AR6-7SM-AGTP", until: 2030 });
    expect(t.notCovered.map((n) => n.species)).toEqual(["BC", "SO2"]);
    expect(t.rows.some((r) => r.species === "SO2" || r.species === "BC")).toBe(false);
  });

  it("refuses an unknown set with the nearest name, a missing afterLastYear, an out-of-range until and a GTP as forcing", () => {
    const result = scenario("1000", [{ CO2: "0.5" }, { SO2: "0.1" }]);
    const issue = (f: () => unknown) => { try { f(); } catch (e) { expect(e).toBeInstanceOf(InvalidInputError); return (e as InvalidInputError).issues[0]!; } throw new Error("no error"); };
    const unknown = issue(() => temperatureResponse(result, { response: "AR6-7SM-AGT", until: 2030 }));
    expect(unknown.path).toEqual(["impacts", "climate", "response"]);
    expect(unknown.message).toContain('did you mean "AR6-7SM-AGTP"');
    expect(issue(() => temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2050 })).path).toEqual(["impacts", "climate", "afterLastYear"]);
    expect(issue(() => temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2020 })).path).toEqual(["impacts", "climate", "until"]);
    const gtp = issue(() => temperatureResponse(result, { response: "AR6-7SM-AGTP", until: 2030, shortLived: [{ species: "BC", fromMetric: "AR5-BC-GTP100" }] }));
    expect(gtp.path).toEqual(["impacts", "climate", "shortLived", 0, "fromMetric"]);
    expect(gtp.message).toContain("GWP only");
  });
});
