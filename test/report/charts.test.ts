import { compile } from "vega-lite";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { coBenefitQuadrantChart } from "../../src/report/charts/coBenefitQuadrantChart.js";
import { reductionsByMeasureChart } from "../../src/report/charts/reductionsByMeasureChart.js";
import { trajectoriesChart } from "../../src/report/charts/trajectoriesChart.js";
import { InvalidInputError } from "../../src/errors.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";

type Values = { values: Record<string, unknown>[] };

describe("chart specifications", () => {
  it("compile with vega-lite and carry one point per measure in the quadrant", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const result = evaluateScenario(compileScenario({ ...s, metrics: ["AR6-GWP100"] }));
        const pollutant = result.species.find((x) => !["CO2", "CH4", "N2O", "CO2-biogenic"].includes(x));
        const specs = [reductionsByMeasureChart(result), trajectoriesChart(result)];
        if (pollutant !== undefined) {
          const quadrant = coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: pollutant });
          expect((quadrant.data as Values).values.map((v) => v.measure)).toEqual(s.measures.map((m) => m.id));
          specs.push(quadrant);
        }
        for (const spec of specs) expect(() => compile(spec as never)).not.toThrow();
        const traj = (trajectoriesChart(result).data as Values).values;
        expect(traj).toHaveLength(result.years.length * result.species.length * 2);
      }),
      { numRuns: 5 },
    );
  });

  it("the quadrant names the metrics and pollutants it can use when given others", () => {
    const result = evaluateScenario(compileScenario({ name: "n", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "1" } }], measures: [] }));
    expect(() => coBenefitQuadrantChart(result, { metric: "AR5-GWP100", species: "SO2" })).toThrow(/use one of: AR6-GWP100/);
    expect(() => coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "CO2" })).toThrow(InvalidInputError);
    expect(() => coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "CO2" })).toThrow(/use one of: SO2/);
  });
});
