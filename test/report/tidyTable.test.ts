import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { co2eTable, co2eTableToCsv } from "../../src/report/co2eTable.js";
import { parseCsv } from "../../src/report/csv.js";
import { ALL_MEASURES, TIDY_COLUMNS, tidyTable, tidyTableFromCsv, tidyTableFromJson, tidyTableToCsv } from "../../src/report/tidyTable.js";
import { InvalidInputError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";

const RUNS = { numRuns: 15 };
const evaluate = (s: Parameters<typeof compileScenario>[0]) => evaluateScenario(compileScenario(s));

describe("the tidy long table", () => {
  it("written as CSV or JSON through the library, reads back equal, row for row", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const rows = tidyTable(evaluate(s));
        expect(tidyTableFromCsv(tidyTableToCsv(rows))).toEqual(rows);
        expect(tidyTableFromJson(JSON.stringify(rows))).toEqual(rows);
      }),
      RUNS,
    );
  });

  it("per year, sector, scope and species, the measures' reductions sum exactly to the totals row", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const rows = tidyTable(evaluate(s));
        for (const total of rows.filter((r) => r.measure === ALL_MEASURES)) {
          const shares = rows.filter((r) => r.measure !== ALL_MEASURES && r.year === total.year && r.sector === total.sector && r.scope === total.scope && r.species === total.species);
          expect(shares.reduce((x, r) => x.plus(r.reduction), new Dec(0)).eq(total.reduction)).toBe(true);
          expect(new Dec(total.baseline!).minus(total.scenario!).eq(total.reduction)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("has the columns year, sector, scope, measure, species, baseline, scenario, reduction, unit, basis, complete", () => {
    expect(tidyTableToCsv([]).trim().split(",")).toEqual([...TIDY_COLUMNS]);
  });

  it("refuses a CSV with a bad value or a missing column, naming the line and column", () => {
    const good = tidyTableToCsv([{ year: 2030, sector: "1.A.4.b.i", scope: "direct", measure: "fgd", species: "SO2", baseline: null, scenario: null, reduction: "81", unit: "t", basis: null, complete: true }]);
    const bad = good.replace(",81,", ",eighty-one,");
    const e = (() => { try { tidyTableFromCsv(bad); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).issues[0]?.path).toEqual([0, "reduction"]);
    expect(() => tidyTableFromCsv(good.replace("unit", "units"))).toThrow(/missing column unit/);
    expect(() => tidyTableFromJson("{")).toThrow(InvalidInputError);
  });
});

describe("the CO2e table", () => {
  it("exists only under named metrics: a scenario with none yields no CO2e rows", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        expect(co2eTable(evaluate({ ...s, metrics: [] }))).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });

  it("per metric and year, the measures' CO2e shares sum exactly to the total reduction", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const rows = co2eTable(evaluate({ ...s, metrics: ["AR6-GWP100", "AR5-GWP100"] }));
        for (const t of rows.filter((r) => r.measure === ALL_MEASURES)) {
          const shares = rows.filter((r) => r.measure !== ALL_MEASURES && r.metric === t.metric && r.year === t.year);
          expect(shares.reduce((x, r) => x.plus(r.reduction), new Dec(0)).eq(t.reduction)).toBe(true);
        }
        expect(parseCsv(co2eTableToCsv(rows)).map((r) => r.reduction)).toEqual(rows.map((r) => r.reduction));
      }),
      { numRuns: 5 },
    );
  });
});
