import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LifetimeFallsError, OverclaimedActivityError, type Plan, compileScenario, evaluateScenario, evaluateScenarioFast, toDec, withPenetrations } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { coBenefitQuadrantChart, reductionsByMeasureChart, trajectoriesChart } from "../../src/charts.js";
import { outputFiles, reportOf } from "../../src/cli/outputFiles.js";
import { chartInput } from "../../examples/planner/src/model/chartInput.js";
import { type ControlPoint, controlPoints, isEditable, scheduleOf } from "../../examples/planner/src/model/controlPoints.js";
import { type Edits, editedPlan, editedScenarioYaml } from "../../examples/planner/src/model/editedScenario.js";
import { csvFiles } from "../../examples/planner/src/model/exportTables.js";
import { loadScenario } from "../../examples/planner/src/model/loadScenario.js";
import { yearSummary } from "../../examples/planner/src/model/yearSummary.js";

// The browser planner's model (examples/planner/src/model), in Node: what the sliders stand for,
// the exported file, the exported tables, the chart input. The page itself is driven in Chromium
// by npm run test:browser (test/browser/planner.browser.ts), outside npm test.
const ROOT = resolve(__dirname, "..", "..");
const read = (dir: string) => readFileSync(join(ROOT, "examples", dir, "scenario.yaml"), "utf8");
const EXAMPLES = ["beijing", "seoul", "ulaanbaatar", "northern-china-heating-season"] as const;
const plans = Object.fromEntries(EXAMPLES.map((d) => [d, compileScenarioFile(read(d), { fileName: `${d}.yaml` })])) as Record<(typeof EXAMPLES)[number], Plan>;
const beijing = plans.beijing;
const index = (plan: Plan, id: string) => plan.measures.findIndex((m) => m.measure.id === id);

describe("control points: the sliders of a measure", () => {
  it.each(EXAMPLES)("stand for every measure's penetration in every year of %s (interpolated within 1e-15)", (dir) => {
    const plan = plans[dir];
    plan.measures.forEach((m, i) => {
      const p = withPenetrations(plan, { ...(isEditable(plan, i) ? { [m.measure.id]: scheduleOf(controlPoints(plan, i)) } : {}) });
      p.measures[i]!.penetration.forEach((x, yi) => expect(x.minus(m.penetration[yi]!).abs().lte("1e-15"), `${m.measure.id} ${plan.years[yi]}`).toBe(true));
    });
  });

  it("are the years of the measure's own points: Beijing's household coal to gas at 2015, 2016, 2017, 2018, 2020, 2025, as households / 1,340,000", () => {
    const points = controlPoints(beijing, index(beijing, "household-coal-to-gas"));
    // examples/beijing/scenario.yaml: 0, 20,100, 134,000, 217,000, 254,600, 268,000 households of 1,340,000
    expect(points.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2020, 2025]);
    expect(points.filter((p) => p.year !== 2018).map((p) => p.value)).toEqual(["0", "0.015", "0.1", "0.19", "0.2"]);
    expect(toDec(points[3]!.value).times(1340000).minus(217000).abs().lt("1e-30")).toBe(true);
  });

  it("are one point for a constant penetration, and none moves a measured reduction, which the library takes no penetration for", () => {
    // the measuredReduction of test/scenario/lifetimeUnits.test.ts (review of issue 10, item 15), beside a control device
    const constant = (value: string) => ({ kind: "constant", value }) as const;
    const plan = compileScenario({
      name: "devices", years: { start: 2020, end: 2021 }, species: ["NOx"], metrics: [],
      baseline: [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm", stock: { unit: "vehicle", level: constant("8000") }, intensity: { value: "40000", unit: "vkm/vehicle" } }],
      measures: [
        { id: "devices", kind: "measuredReduction", target: { activityIds: ["trucks"] }, source: "a field test (illustrative)", units: { unit: "vehicle", level: constant("77") }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } } },
        { id: "scr", kind: "controlDevice", target: { activityIds: ["trucks"] }, penetration: constant("0.3"), removal: { NOx: "0.5" } },
      ],
    });
    expect([isEditable(plan, 0), isEditable(plan, 1)]).toEqual([false, true]);
    expect(controlPoints(plan, 1)).toEqual([{ year: 2020, value: "0.3" }]);
  });
});

describe("the exported scenario file", () => {
  const text = read("beijing");
  /** Random slider positions (hundredths) on some control points of some measures of Beijing. */
  const editsArb = fc.array(fc.tuple(fc.nat(beijing.measures.length - 1), fc.nat(10), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 4 }).map((moves) => {
    const edits: Record<string, ControlPoint[]> = {};
    for (const [mi, pi, pct] of moves) {
      const id = beijing.measures[mi]!.measure.id;
      const points = edits[id] ?? controlPoints(beijing, mi);
      const k = pi % points.length;
      edits[id] = points.map((p, j) => (j === k ? { year: p.year, value: toDec(pct).div(100).toString() as ControlPoint["value"] } : p));
    }
    return edits as Edits;
  });

  it("reads back through cobenefits/files to exactly the planner's plan: the same decimal strings in every emission and attribution row", () => {
    fc.assert(
      fc.property(editsArb, (edits) => {
        let plan: Plan;
        try {
          plan = editedPlan(beijing, edits);
        } catch (e) {
          fc.pre(!(e instanceof OverclaimedActivityError || e instanceof LifetimeFallsError)); // the page refuses these edits
          throw e;
        }
        const yaml = editedScenarioYaml(text, beijing, edits);
        const again = evaluateScenario(compileScenarioFile(yaml, { fileName: "edited.yaml" }));
        const shown = evaluateScenario(plan);
        expect(again.emissions).toEqual(shown.emissions);
        expect(again.attribution).toEqual(shown.attribution);
        expect(again.co2e).toEqual(shown.co2e);
      }),
      { numRuns: 8, seed: 15 },
    );
  });

  it("changes only the edited measure's schedule line, keeping every other line and comment of the file", () => {
    const i = index(beijing, "commercial-boilers-to-gas");
    const points = controlPoints(beijing, i).map((p) => (p.year === 2016 ? { ...p, value: "0.6" as ControlPoint["value"] } : p));
    const yaml = editedScenarioYaml(text, beijing, { "commercial-boilers-to-gas": points });
    const before = text.split("\n");
    const after = yaml.split("\n");
    const changed = after.filter((l) => !before.includes(l));
    expect(changed).toEqual([
      '    penetration: { kind: interp, points: [{ year: 2015, value: "0.25" }, { year: 2016, value: "0.6" }, { year: 2017, value: "0.85" }, { year: 2018, value: "0.95" }, { year: 2020, value: "1" }, { year: 2025, value: "1" }] }  # edited in the cobenefits planner',
    ]);
    // the old schedule's seven lines (key, kind, points with its comment, five points) are gone
    expect(before.length - after.length).toBe(7 + 6 - 1 - 5);
  });

  it("writes the edits of a JSON scenario file as YAML that reads back to the same plan", () => {
    const json = JSON.stringify({ ...beijing.scenario }, null, 2);
    const plan = compileScenarioFile(json, { fileName: "beijing.json" });
    const edits = { "district-heating-to-gas": [{ year: 2015, value: "0.5" as ControlPoint["value"] }] };
    const yaml = editedScenarioYaml(json, plan, edits);
    expect(evaluateScenario(compileScenarioFile(yaml, { fileName: "edited.yaml" })).emissions).toEqual(evaluateScenario(editedPlan(plan, edits)).emissions);
  });
});

describe("the exported tables", () => {
  it("are byte for byte the CSV files cobenefits run --out writes for the same scenario", () => {
    const plan = editedPlan(beijing, { "household-coal-to-gas": controlPoints(beijing, index(beijing, "household-coal-to-gas")).map((p) => ({ ...p, value: p.year === 2025 ? ("0.25" as ControlPoint["value"]) : p.value })) });
    const result = evaluateScenario(plan);
    const cli = new Map(outputFiles(reportOf(plan, result), result).map((f) => [f.name, f.content]));
    const page = csvFiles(plan, result);
    expect(page.map((f) => f.name)).toEqual(["emissions.csv", "co2e.csv", "summary.csv", "provenance.csv"]);
    for (const f of page) expect(f.content, f.name).toBe(cli.get(f.name));
  });
});

describe("what the page shows from the fast engine", () => {
  const fast = evaluateScenarioFast(beijing);
  const exact = evaluateScenario(beijing);
  /** Every number in a chart specification's rows. */
  const numbers = (spec: object) => ((spec as { data: { values: Record<string, unknown>[] } }).data.values).flatMap((r) => Object.values(r).filter((v): v is number => typeof v === "number"));
  const close = (a: readonly number[], b: readonly number[]) => {
    expect(a.length).toBe(b.length);
    a.forEach((x, k) => expect(Math.abs(x - b[k]!), `${x} vs ${b[k]}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b[k]!))));
  };

  it("draws the charts of cobenefits/charts with the exact engine's numbers, within 1e-9 relative", () => {
    const input = chartInput(fast);
    close(numbers(trajectoriesChart(input)), numbers(trajectoriesChart(exact)));
    close(numbers(reductionsByMeasureChart(input)), numbers(reductionsByMeasureChart(exact)));
    for (const metric of exact.metrics) close(numbers(coBenefitQuadrantChart(input, { metric, species: "PM2.5" })), numbers(coBenefitQuadrantChart(exact, { metric, species: "PM2.5" })));
  });

  it("sums each species over sectors and scopes, and takes CO2e per metric, as the exact result does", () => {
    const rows = yearSummary(fast, 2025);
    expect(rows.map((r) => r.what)).toEqual([...beijing.species, ...beijing.scenario.metrics]);
    for (const r of rows) {
      const expected = r.kind === "co2e"
        ? toDec(exact.co2e.find((c) => c.year === 2025 && c.metric === r.what)!.scenario)
        : exact.emissions.filter((e) => e.year === 2025 && e.species === r.what).reduce((s, e) => s.plus(e.scenario), toDec("0"));
      expect(Math.abs(r.scenario - expected.toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(1, expected.abs().toNumber()));
      expect(r.reduction).toBeCloseTo(r.baseline - r.scenario, 6);
    }
  });
});

describe("loading a file", () => {
  it("gives every problem of a broken file with its line, as cobenefits/files finds them", () => {
    const broken = read("beijing").replace('efficiencyTo: "0.92"', 'efficiencyTo: "ninety-two"').replace("kind: controlDevice", "kind: controlDevise");
    const r = loadScenario(broken, "broken.yaml");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = broken.split("\n");
    const at = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(r.issues.map((i) => i.line)).toEqual([at('efficiencyTo: "ninety-two"'), at("kind: controlDevise")]);
  });
});
