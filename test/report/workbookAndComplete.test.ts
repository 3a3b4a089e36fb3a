import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { co2eTable, coBenefitSummary, evaluateScenario, factorProvenance, tidyTable } from "../../src/index.js";
import { ENGLISH_LABELS, reductionsByYearChart } from "../../src/charts.js";
import { Dec } from "../../src/units/decimal.js";
import { workbookSheets } from "../../src/report/workbookSheets.js";

const file = join(__dirname, "..", "..", "examples", "seoul", "scenario.yaml");
const plan = compileScenarioFile(readFileSync(file, "utf8"), { fileName: file, metrics: ["AR6-GWP100"] });
const result = evaluateScenario(plan);
const tidy = tidyTable(result);

describe("missing factors are marked in the tidy table (column complete)", () => {
  it("Seoul's diesel cars have no BC factor in the EMEP/EEA Tier 2 table: their sector's BC rows are not complete", () => {
    // examples/seoul/expected/missing.csv: grade5-diesel-cars, 1.A.3.b.i, gasDieselOil, BC
    const bc = tidy.filter((r) => r.sector === "1.A.3.b.i" && r.scope === "direct" && r.species === "BC");
    expect(bc.length).toBeGreaterThan(0);
    expect(bc.every((r) => !r.complete)).toBe(true);
    const pm = tidy.filter((r) => r.sector === "1.A.3.b.i" && r.scope === "direct" && r.species === "PM2.5");
    expect(pm.every((r) => r.complete)).toBe(true);
  });

  it("marks exactly the (sector, scope, species) of the missing list", () => {
    const gaps = new Set(result.missing.map((m) => `${m.sector}|${m.fuel === "electricity" ? "indirect" : m.fuel === "districtHeat" ? "indirectHeat" : "direct"}|${m.species}`));
    for (const r of tidy) expect(r.complete, `${r.sector} ${r.scope} ${r.species}`).toBe(!gaps.has(`${r.sector}|${r.scope}|${r.species}`));
  });
});

describe("the workbook of the Seoul example", () => {
  const sheets = workbookSheets(plan, result, { tidy, co2e: co2eTable(result), summary: coBenefitSummary(result, plan.scenario), provenance: factorProvenance(plan) }, ENGLISH_LABELS);
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;

  it("has numbers as numbers rounded to four significant digits, units in the headers", () => {
    const em = sheet("emissions");
    expect(em.header).toEqual(["year", "sector", "sector name", "scope", "measure", "species", "baseline [t/yr]", "scenario [t/yr]", "reduction [t/yr]", "basis", "complete"]);
    em.rows.forEach((row, i) => {
      const exact = tidy[i]!;
      expect(row[0]).toBe(exact.year);
      if (exact.baseline !== null) expect(row[6]).toBe(new Dec(exact.baseline).toSignificantDigits(4, Dec.ROUND_HALF_EVEN).toNumber());
      expect(typeof row[8]).toBe("number");
      expect(row[10]).toBe(exact.complete ? "yes" : "no");
    });
    expect(em.rows.find((r) => r[1] === "1.A.3.b.i")?.[2]).toBe("Road transport: passenger cars");
  });

  it("summarises each measure by its label with its flags in words", () => {
    const s = sheet("summary");
    expect(s.rows[0]?.slice(0, 2)).toEqual(["grade5-car-scrappage", "Early scrappage of grade-5 diesel cars, replaced by Euro 6 diesel cars"]); // examples/seoul/scenario.yaml
    expect(s.rows.map((r) => r[r.length - 1])).toContain("trade-off: pollutants down, CO2e up");
  });

  it("cites every publication behind the factors and the metric on its README sheet", () => {
    const readme = sheet("README");
    const ids = new Set(readme.rows.map((r) => r[0]));
    for (const p of factorProvenance(plan)) expect(ids.has(p.sourceId), p.sourceId).toBe(true);
    expect(readme.rows.some((r) => String(r[1]).includes("IPCC"))).toBe(true); // AR6 GWP100 values
    expect(readme.rows.find((r) => r[0] === "complete")?.[1]).toMatch(/^\d+ rows are not complete/);
  });
});

describe("the per-year chart of reductions by measure", () => {
  it("stacks, year by year, the measures' Shapley shares that sum to the year's reduction", () => {
    const values = (reductionsByYearChart(result, { measureLabels: { "grade5-car-scrappage": "Early scrappage" } }).data as { values: { year: number; species: string; name: string; reduction: number }[] }).values;
    for (const year of [2018, 2024, 2030]) {
      const plotted = values.filter((v) => v.year === year && v.species === "NOx").reduce((s, v) => s + v.reduction, 0);
      const exact = result.emissions.filter((e) => e.year === year && e.species === "NOx").reduce((s, e) => s.plus(e.reduction), new Dec(0)).toNumber();
      expect(Math.abs(plotted - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1e-3 + 1e-9); // each share rounded to 4 digits
    }
    expect(values.some((v) => v.name === "Early scrappage")).toBe(true);
  });
});
