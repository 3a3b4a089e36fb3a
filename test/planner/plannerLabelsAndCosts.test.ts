import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { LABEL_REVIEW, LANGUAGES, label } from "../../src/compare.js";
import { reportLabels } from "../../src/report.js";
import { scenarioCosts } from "../../src/costs.js";
import { FROM_LIBRARY, LABELS_EN, PLANNER_ONLY, labelsFor, pickLanguage } from "../../examples/planner/src/model/labels.js";
import { costRows, hasCosts } from "../../examples/planner/src/model/costRows.js";
import { controlPoints } from "../../examples/planner/src/model/controlPoints.js";
import { editedPlan } from "../../examples/planner/src/model/editedScenario.js";

// The planner's labels (from the library's label tables, issue 14's languages) and its costs
// panel (from cobenefits/costs), in Node; the page itself is driven by npm run test:browser.
const ROOT = resolve(__dirname, "..", "..");
const costed = compileScenarioFile(readFileSync(join(ROOT, "examples", "beijing", "scenario-costs.yaml"), "utf8"), { fileName: "scenario-costs.yaml" });
const plain = compileScenarioFile(readFileSync(join(ROOT, "examples", "beijing", "scenario.yaml"), "utf8"), { fileName: "scenario.yaml" });
const LAST = costed.years[costed.years.length - 1]!;

describe("the planner's labels in the command line's languages", () => {
  it.each(LANGUAGES.filter((l) => l !== "en"))("take the library's words for the shared keys in %s, and its review note", (lang) => {
    const labels = labelsFor(lang);
    for (const [k, key] of Object.entries(FROM_LIBRARY)) expect(labels[k as keyof typeof FROM_LIBRARY]).toBe(label(lang, key));
    expect(labels.report.lang).toBe(lang);
    expect({ columns: labels.report.columns, flags: labels.report.flags, sheets: labels.report.sheets }).toEqual({ columns: reportLabels(lang).columns, flags: reportLabels(lang).flags, sheets: reportLabels(lang).sheets });
    expect(LABEL_REVIEW[lang]).toBe("machine-prepared");
    expect(labels.reviewNote).toBe(reportLabels(lang).reviewNote);
    expect(labels.reviewNote).toContain(lang);
    expect(labels.speciesName("PM2.5")).toBe(`PM2.5 ${label(lang, "species.PM2.5")}`);
  });

  it("keep the planner's English wording in English, with no review note", () => {
    const en = labelsFor("en");
    for (const k of Object.keys(LABELS_EN) as (keyof typeof LABELS_EN)[]) expect(en[k]).toBe(LABELS_EN[k]);
    expect(en.reviewNote).toBeUndefined();
  });

  it("say which keys the library's tables do not have yet (English in every language), and leave none empty", () => {
    expect(PLANNER_ONLY).toContain("openFile");
    expect(PLANNER_ONLY).not.toContain("species");
    expect(PLANNER_ONLY.length + Object.keys(FROM_LIBRARY).length).toBe(Object.keys(LABELS_EN).length);
    for (const lang of LANGUAGES) for (const k of Object.keys(LABELS_EN) as (keyof typeof LABELS_EN)[]) expect(labelsFor(lang)[k].trim()).not.toBe("");
  });

  it("open in the browser's first language the library has, by its primary subtag, else English", () => {
    expect(pickLanguage(["zh-CN", "en-US"])).toBe("zh");
    expect(pickLanguage(["fr-FR", "ko-KR"])).toBe("ko");
    expect(pickLanguage(["mn"])).toBe("mn");
    expect(pickLanguage(["fr", "de"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});

describe("the costs panel", () => {
  const exact = evaluateScenario(costed);
  const costs = scenarioCosts(costed, exact);
  const data = costRows(costed, exact, LAST);

  it("applies only where the scenario has a costs section", () => {
    expect(hasCosts(costed)).toBe(true);
    expect(hasCosts(plain)).toBe(false);
  });

  it("shows the library's society totals and cost per tonne unchanged, one row per costed measure", () => {
    const ids = costed.scenario.measures.map((m) => m.id);
    expect([...data.rows.map((r) => r.measure), ...data.uncosted].sort()).toEqual([...ids].sort());
    expect(data.rows.length).toBeGreaterThan(0);
    expect(data.currency).toBe(costs.currency);
    for (const r of data.rows) {
      const row = costs.annual.find((a) => a.measure === r.measure && a.year === LAST && a.perspective === "society");
      expect(r.annual).toBe(row?.total ?? null);
      expect(r.unpricedFuels).toEqual(row?.unpricedFuels ?? []);
      const lib = costs.perTonne.filter((p) => p.measure === r.measure && p.year === LAST && p.perspective === "society");
      expect(r.perTonne).toEqual(lib.map((p) => ({ of: p.of, kind: p.kind, value: p.costPerTonne, status: p.status, unit: p.unit })));
      // a ratio only where the library gives one (status ok), as the library rounds it
      for (const t of r.perTonne) expect(t.value === null).toBe(t.status !== "ok");
    }
  });

  it("follows the sliders: fewer heat pumps in the last year never cost more that year (fast-check over the slider's accepted range)", () => {
    const i = costed.measures.findIndex((m) => m.measure.id === "household-coal-to-heat-pumps");
    const points = controlPoints(costed, i);
    const last = points[points.length - 1]!;
    const annualAt = (share: number) => {
      const p = editedPlan(costed, { "household-coal-to-heat-pumps": points.map((pt) => (pt === last ? { year: pt.year, value: String(share) } : pt)) });
      return Number(costRows(p, evaluateScenario(p), LAST).rows.find((r) => r.measure === "household-coal-to-heat-pumps")!.annual);
    };
    // the slider range the library accepts: from the highest earlier point (the units installed before stay in service) to the file's value (the three rural measures together already treat nearly all households)
    const floor = Math.max(...points.slice(0, -1).map((pt) => Number(pt.value)));
    const top = Number(last.value);
    expect(floor).toBeLessThan(top);
    expect(annualAt(floor)).toBeLessThan(annualAt(top)); // fewer heat pumps: a lower annual cost
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return annualAt(floor + ((top - floor) * lo) / 100) <= annualAt(floor + ((top - floor) * hi) / 100);
    }), { numRuns: 15 });
  });
});
