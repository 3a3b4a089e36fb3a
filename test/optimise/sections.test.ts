import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { InvalidInputError, ScenarioFileError } from "../../src/index.js";
import { parseScenarioFile, scenarioFileText } from "../../src/files.js";
import { parseOptimiseSection, parseTargetsSection } from "../../src/optimise.js";
import { thrown } from "../fixtures/thrown.js";
import { stovesScenario } from "./fixtures.js";

const issuesOf = (f: () => unknown) => {
  const e = thrown(f);
  expect(e).toBeInstanceOf(InvalidInputError);
  return (e as InvalidInputError).issues.map((i) => ({ path: i.path, message: i.message }));
};

describe("the targets section", () => {
  it("reads a species cut as a fraction and a CO2e limit in tonnes", () => {
    const t = parseTargetsSection([
      { id: "pm", species: "PM2.5", year: 2030, reduction: { fraction: "0.3" } },
      { id: "climate", co2e: "AR6-GWP100", year: 2030, reduction: { tonnes: "0" } },
    ]);
    expect(t).toEqual([
      { id: "pm", species: "PM2.5", year: 2030, reduction: { fraction: "0.3" } },
      { id: "climate", co2e: "AR6-GWP100", year: 2030, reduction: { tonnes: "0" } },
    ]);
  });

  it("lists every problem at its path from the section key: both species and co2e, a fraction above 1, both reduction forms, an id twice", () => {
    const issues = issuesOf(() => parseTargetsSection([
      { id: "a", species: "PM2.5", co2e: "AR6-GWP100", year: 2030, reduction: { fraction: "0.3" } },
      { id: "b", species: "SO2", year: 2030, reduction: { fraction: "1.5" } },
      { id: "a", species: "SO2", year: 2030, reduction: { fraction: "0.1", tonnes: "5" } },
    ]));
    expect(issues).toEqual([
      { path: ["targets", 0], message: "name either a species or co2e: <metric>, one of them" },
      { path: ["targets", 1, "reduction", "fraction"], message: "expected a fraction between 0 and 1, e.g. 0.3 for 30%" },
      { path: ["targets", 2, "reduction"], message: "state the reduction either as { fraction } of the baseline or as { tonnes }, one of them" },
      { path: ["targets", 2, "id"], message: 'target id "a" is listed twice (first at targets[0].id)' },
    ]);
  });

  it("refuses an empty list", () => {
    expect(issuesOf(() => parseTargetsSection([]))).toEqual([{ path: ["targets"], message: "name at least one target" }]);
  });
});

describe("the optimise section", () => {
  it("reads measures with their bounds and the perspective", () => {
    expect(parseOptimiseSection({ measures: [{ id: "fgd", maxPenetration: "0.8", earliestYear: 2026 }, { id: "lnb" }], perspective: "household" }))
      .toEqual({ measures: [{ id: "fgd", maxPenetration: "0.8", earliestYear: 2026 }, { id: "lnb" }], perspective: "household" });
  });

  it("lists every problem at its path: a measure twice, a penetration above 1, an unknown perspective, an unknown key", () => {
    const issues = issuesOf(() => parseOptimiseSection({ measures: [{ id: "fgd", maxPenetration: "1.2" }, { id: "fgd" }], perspective: "city", budget: 3 }));
    expect(issues.map((i) => i.path)).toEqual([["optimise", "measures", 0, "maxPenetration"], ["optimise", "measures", 1, "id"], ["optimise", "perspective"], ["optimise", "budget"]]);
    expect(issues[1]!.message).toBe('measure id "fgd" is listed twice (first at optimise.measures[0].id)');
  });
});

describe("targets and optimise in a scenario file", () => {
  it("are validated with the line of each problem", () => {
    const text = stringify({ ...stovesScenario(), targets: [{ id: "pm", species: "PM2.5", year: 2030, reduction: { fraction: "2" } }], optimise: { measures: [{ id: "filter", earliestYear: "soon" }] } });
    const e = thrown(() => parseScenarioFile(text, { fileName: "s.yaml" })) as ScenarioFileError;
    expect(e).toBeInstanceOf(ScenarioFileError);
    const lines = text.split("\n");
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(e.issues.map((i) => [i.path.join("."), i.line])).toEqual([
      ["targets.0.reduction.fraction", at('fraction: "2"')],
      ["optimise.measures.0.earliestYear", at("earliestYear: soon")],
    ]);
  });

  it("round-trip through scenarioFileText: the file written reads back to the same scenario", () => {
    const s = { ...stovesScenario(), targets: [{ id: "pm", species: "PM2.5", year: 2030, reduction: { fraction: "0.5" } }], optimise: { measures: [{ id: "filter", maxPenetration: "0.75" }] } };
    expect(parseScenarioFile(scenarioFileText(s, "two\nlines"), { fileName: "s.yaml" })).toEqual(s);
    expect(scenarioFileText(s, "two\nlines").startsWith("# two\n# lines\n")).toBe(true);
  });
});
