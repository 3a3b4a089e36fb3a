import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCitationRegistry } from "../../src/citations/registry.js";
import { MetricCombinationError, MissingMetricValueError, UnknownMetricError } from "../../src/errors.js";
import { combineMetrics, getMetric, listMetrics, metricsWithValue } from "../../src/metrics/registry.js";
import { metricValue, toCo2e } from "../../src/metrics/toCo2e.js";
import { Dec } from "../../src/units/decimal.js";
import { SPECIES } from "../../src/units/species.js";

const value = (metric: string, species: "CH4" | "N2O" | "BC") => metricValue(species, metric).value;

describe("climate metric registry", () => {
  it("holds the AR4, AR5 and AR6 GWP100 values of CH4 and N2O", () => {
    expect(value("AR4-GWP100", "CH4")).toBe("25"); // AR4 WG1 Table 2.14
    expect(value("AR4-GWP100", "N2O")).toBe("298"); // AR4 WG1 Table 2.14
    expect(value("AR5-GWP100", "CH4")).toBe("28"); // AR5 WG1 Table 8.7
    expect(value("AR5-GWP100", "N2O")).toBe("265"); // AR5 WG1 Table 8.7
    expect(value("AR5-GWP100-ccfb", "CH4")).toBe("34"); // AR5 WG1 Table 8.7, with climate-carbon feedbacks
    expect(value("AR6-GWP100", "CH4")).toBe("27.9"); // AR6 WG1 Table 7.SM.7
    expect(value("AR6-GWP100", "N2O")).toBe("273"); // AR6 WG1 Table 7.SM.7
  });

  it("holds the 20-year and GTP values", () => {
    expect(value("AR4-GWP20", "CH4")).toBe("72"); // AR4 WG1 Table 2.14
    expect(value("AR5-GWP20", "CH4")).toBe("84"); // AR5 WG1 Table 8.7
    expect(value("AR6-GWP20", "CH4")).toBe("81.2"); // AR6 WG1 Table 7.SM.7
    expect(value("AR6-GTP100", "CH4")).toBe("5.38"); // AR6 WG1 Table 7.SM.7
    expect(value("AR6-GTP100", "N2O")).toBe("233"); // AR6 WG1 Table 7.SM.7
  });

  it("names fossil and non-fossil CH4 apart (AR6 Table 7.15), with their uncertainty", () => {
    expect(value("AR6-GWP100-fossilCH4", "CH4")).toBe("29.8");
    expect(value("AR6-GWP100-nonfossilCH4", "CH4")).toBe("27.0");
    expect(value("AR6-GWP20-fossilCH4", "CH4")).toBe("82.5");
    expect(value("AR6-GWP20-nonfossilCH4", "CH4")).toBe("79.7");
    expect(value("AR6-GTP100-fossilCH4", "CH4")).toBe("7.5");
    expect(value("AR6-GTP100-nonfossilCH4", "CH4")).toBe("4.7");
    expect(metricValue("CH4", "AR6-GWP100-fossilCH4").uncertainty).toMatchObject({ kind: "plusMinus", halfWidth: "11" });
  });

  it("names every BC value for its source, with Bond et al. 2013's range", () => {
    expect(value("Bond2013-GWP100", "BC")).toBe("900");
    expect(metricValue("BC", "Bond2013-GWP100").uncertainty).toMatchObject({ kind: "range", lower: "120", upper: "1800" });
    expect(value("BondSun2005-GWP100", "BC")).toBe("680");
  });

  it("has a citation that resolves, a quality flag, and a via for every non-primary value", () => {
    const reg = builtinCitationRegistry();
    for (const m of listMetrics()) {
      for (const v of m.values) {
        expect(reg.byId.has(v.source.id), `${m.name} ${v.species} cites ${v.source.id}`).toBe(true);
        if (v.quality === "secondary" || v.quality === "agreedTranscriptions" || v.quality === "authorData") {
          expect(v.via, `${m.name} ${v.species}`).toBeDefined();
        }
      }
    }
  });

  it("has unique names and CO2 = 1 in every set that values gases", () => {
    const names = listMetrics().map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of listMetrics()) {
      const co2 = m.values.find((v) => v.species === "CO2");
      if (co2 !== undefined) expect(co2.value).toBe("1");
    }
  });
});

describe("CO2-equivalence", () => {
  it("needs a named metric: an unknown name is an error that lists the known ones", () => {
    try {
      toCo2e("1", "CH4", "GWP100");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownMetricError);
      expect((e as UnknownMetricError).available).toContain("AR6-GWP100");
    }
  });

  it("refuses BC under AR6-GWP100 and lists the sets that value BC", () => {
    try {
      toCo2e("1", "BC", "AR6-GWP100");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingMetricValueError);
      const err = e as MissingMetricValueError;
      expect(err.metricsWithValue).toEqual(metricsWithValue("BC"));
      expect(err.metricsWithValue).toContain("Bond2013-GWP100");
    }
  });

  it("refuses biogenic CO2 in CO2e, explaining it is a memo item", () => {
    expect(() => toCo2e("1", "CO2-biogenic", "AR6-GWP100")).toThrow(/memo item/);
  });

  it("combines an IPCC set with a named BC set into one explicitly named metric", () => {
    const m = combineMetrics("AR6-GWP100", "Bond2013-GWP100");
    expect(m.name).toBe("AR6-GWP100+Bond2013-GWP100");
    expect(toCo2e("2", "BC", m).toString()).toBe("1800");
    expect(toCo2e("2", "CH4", "AR6-GWP100+Bond2013-GWP100").toString()).toBe("55.8");
  });

  it("refuses to combine a GWP20 with a GWP100 set, or sets that disagree", () => {
    expect(() => combineMetrics("AR6-GWP20", "Bond2013-GWP100")).toThrow(MetricCombinationError);
    expect(() => combineMetrics("AR6-GWP100", "AR5-GWP100")).toThrow(/CH4 is 27.9 in one set and 28/);
    expect(() => combineMetrics("AR6-GWP100")).toThrow(MetricCombinationError);
  });

  it("is exact for CO2 under every metric set that values CO2 (property)", () => {
    const sets = listMetrics().filter((m) => m.values.some((v) => v.species === "CO2"));
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}(\.[0-9]{1,9})?$/), fc.constantFrom(...sets), (mass, set) => {
        expect(toCo2e(mass, "CO2", set).eq(new Dec(mass))).toBe(true);
      }),
    );
  });

  it("is proportional to mass for every species and metric that values it (property)", () => {
    const pairs = listMetrics().flatMap((m) => m.values.map((v) => [m.name, v.species] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1000 }), ([metric, species], mass, k) => {
        const one = toCo2e(String(mass), species, metric);
        const scaled = toCo2e(String(mass * k), species, metric);
        expect(scaled.eq(one.times(k))).toBe(true);
      }),
    );
  });

  it("lists, for each species, only sets that really value it", () => {
    for (const s of SPECIES) {
      for (const name of metricsWithValue(s)) expect(getMetric(name).values.some((v) => v.species === s)).toBe(true);
    }
  });
});
