import { describe, expect, it } from "vitest";
import { CobenefitsError, MetricCombinationError, MissingMetricValueError } from "../../src/errors.js";
import { combineMetrics, getMetric } from "../../src/metrics/registry.js";
import { metricIssues } from "../../src/scenario/compile/compileChecks.js";
import { metricWeights } from "../../src/scenario/metricWeights.js";

describe("one metric has one name", () => {
  it("refuses a combined name written with spaces, naming the canonical spelling", () => {
    expect(() => getMetric("AR6-GWP100 + Bond2013-GWP100")).toThrow(CobenefitsError);
    expect(() => getMetric("AR6-GWP100 + Bond2013-GWP100")).toThrow('"AR6-GWP100+Bond2013-GWP100"');
    expect(() => getMetric("AR6-GWP100+ Bond2013-GWP100")).toThrow('"AR6-GWP100+Bond2013-GWP100"');
  });

  it("refuses a plain name with stray spaces, naming the canonical spelling", () => {
    expect(() => getMetric(" AR6-GWP100")).toThrow(/unknown climate metric " AR6-GWP100"; known metrics: AR6-GWP100, /);
    expect(metricIssues({ metrics: [" AR6-GWP100"], species: ["CO2"] })[0]?.message).toContain('write "AR6-GWP100"');
  });

  it("accepts the canonical spelling, whose set carries that same name", () => {
    expect(getMetric("AR6-GWP100+Bond2013-GWP100").name).toBe("AR6-GWP100+Bond2013-GWP100");
    expect(combineMetrics("AR6-GWP100", "Bond2013-GWP100").name).toBe("AR6-GWP100+Bond2013-GWP100");
  });
});

describe("a metric must value some species of the scenario", () => {
  it("says which species the metric values when it values none of the scenario's", () => {
    const issues = metricIssues({ metrics: ["AR6-GWP100"], species: ["SO2", "NOx"] });
    expect(issues.map((i) => i.path)).toEqual([["metrics", 0]]);
    expect(issues[0]?.message).toMatch(/^"AR6-GWP100" values CO2, CH4, N2O; none of this scenario's species \(SO2, NOx\)/);
    expect(issues[0]?.message).not.toContain("none.");
  });

  it("points to the metrics that value black carbon when BC is the only candidate", () => {
    const [issue] = metricIssues({ metrics: ["AR6-GWP100"], species: ["BC"] });
    expect(issue?.message).toContain("metrics that value BC: ");
    expect(issue?.message).toContain("Bond2013-GWP100");
  });

  it("does not count biogenic CO2, a memo item outside CO2e totals", () => {
    expect(metricIssues({ metrics: ["AR6-GWP100"], species: ["CO2-biogenic"] }).map((i) => i.path)).toEqual([["metrics", 0]]);
  });

  it("accepts a metric that values one of the species", () => {
    expect(metricIssues({ metrics: ["AR6-GWP100", "Bond2013-GWP100"], species: ["SO2", "BC", "CH4"] })).toEqual([]);
  });

  it("still refuses, with a typed error, an evaluator called on a metric that values nothing", () => {
    expect(() => metricWeights(["SO2"], "AR6-GWP100")).toThrow(MissingMetricValueError);
  });
});

describe("a combination names each metric set once", () => {
  it("refuses a set named twice, from code and in a metric name (found by a review; values were not doubled, the name was)", () => {
    expect(() => combineMetrics("AR6-GWP100", "AR6-GWP100")).toThrow(/named twice/);
    expect(() => getMetric("AR6-GWP100+Bond2013-GWP100+Bond2013-GWP100")).toThrow(MetricCombinationError);
  });
});
