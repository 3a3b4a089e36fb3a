import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { coBenefitQuadrantChart, reductionsByMeasureChart, trajectoriesChart } from "../../src/charts.js";
import { chartText } from "../../src/report/charts/chartText.js";
import { loadChartStack, renderSvg } from "../../src/cli/renderSvg.js";
import type { VegaLiteSpec } from "../../src/report/charts/vegaLiteSpec.js";

// C0 controls other than tab, LF, CR (forbidden by XML 1.0), CR, DEL, C1 controls, bidi embeddings/overrides/isolates.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const NAME = "\x1b]0;PWN\x07\x1b[31mRED\u202eevil\u0007";
const MEASURE = "fgd\x1b[2J\u2066x\x9b";
const SHOWN_NAME = "\\u001b]0;PWN\\u0007\\u001b[31mRED\\u202eevil\\u0007";
const SHOWN_MEASURE = "fgd\\u001b[2J\\u2066x\\u009b";

function specs(): { name: string; spec: VegaLiteSpec }[] {
  const result = evaluateScenario(compileScenario({
    name: NAME, years: { start: 2030, end: 2031 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
    measures: [
      { id: MEASURE, kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" }, energyPenalty: "0.01" },
      { id: "plain", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.5" } },
    ],
  }));
  return [
    { name: "reductions by measure", spec: reductionsByMeasureChart(result) },
    { name: "trajectories", spec: trajectoriesChart(result) },
    { name: "co-benefit quadrant", spec: coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "SO2" }) },
  ];
}

type Values = { values: { measure: string }[] };

describe("user strings in charts are shown as visible escapes", () => {
  it("chartText shows unsafe characters as \\uXXXX and keeps the rest", () => {
    expect(chartText("a\x1b[31m\x07\r\u202eb\tc\nd é")).toBe("a\\u001b[31m\\u0007\\u000d\\u202eb\tc\nd é");
  });

  it("no chart specification holds a raw control or bidi character; the escapes are visible instead", () => {
    for (const { name, spec } of specs()) {
      const json = JSON.stringify(spec);
      expect(json, name).not.toMatch(UNSAFE);
      const title = (spec.title as { text: string }).text;
      expect(title, name).toContain(SHOWN_NAME);
    }
  });

  it("measure ids are escaped the same way in the data of both measure charts, so labels and points match", () => {
    const [byMeasure, , quadrant] = specs();
    const measures = (spec: VegaLiteSpec) => [...new Set((spec.data as Values).values.map((v) => v.measure))];
    expect(measures(byMeasure!.spec)).toEqual([SHOWN_MEASURE, "plain"]);
    expect(measures(quadrant!.spec)).toEqual([SHOWN_MEASURE, "plain"]);
  });

  it("the rendered SVG is free of them too and shows the escapes", async () => {
    for (const { name, spec } of specs()) {
      const svg = await renderSvg(spec, await loadChartStack());
      expect(svg, name).not.toMatch(UNSAFE);
      expect(svg, name).toContain(SHOWN_NAME);
      if (name !== "trajectories") expect(svg, name).toContain(SHOWN_MEASURE);
    }
  });

  it("renderSvg escapes what a specification built elsewhere still holds", async () => {
    const svg = await renderSvg({ title: "raw\x1b[31m\u202e", data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } }, await loadChartStack());
    expect(svg).not.toMatch(UNSAFE);
    expect(svg).toContain("raw\\u001b[31m\\u202e");
  });
});
