import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { evaluateScenario, toDec, type Species } from "../../src/index.js";
import { toleranceBand, type CoalReplacement } from "./coalReplacement.js";
import { LI_2016, ULAANBAATAR_JSCE_SAVING, ULAANBAATAR_NO_SAVING, cutText, stoveCut, within, type StoveCase } from "./stoveReplacementCut.js";

// docs/validation.md states, for every Beijing coal comparison and every stove comparison, our
// central result, the band and the verdict. They are recomputed here, so the page cannot drift
// from what the library computes.
const DOC = readFileSync(new URL("../../docs/validation.md", import.meta.url), "utf8");
const t = (d: { toNumber(): number }) => Math.round(d.toNumber()).toLocaleString("en-US"); // half up, as written in the page

const ROWS: readonly (readonly [string, Omit<CoalReplacement, "ncv">, Species, number])[] = [
  ["Beijing households 2016, TSP", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "TSP", 2250],
  ["Beijing households 2016, SO2", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "SO2", 1530],
  ["Beijing households 2016, NOx", { sector: "1.A.4.b.i", coal: "225000", to: "electricity" }, "NOx", 450],
  ["Beijing households 2013-2018, SO2", { sector: "1.A.4.b.i", coal: "2900000", to: "electricity" }, "SO2", 14000],
  ["Beijing coal boilers 2016, NOx", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "NOx", 5000],
  ["Beijing coal boilers 2016, SO2", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "SO2", 16000],
  ["Beijing coal boilers 2016, TSP", { sector: "1.A.4.a.i", coal: "2000000", to: "naturalGas" }, "TSP", 30000],
  ["Beijing coal boilers 2015-16, NOx", { sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" }, "NOx", 4300],
  ["Beijing coal boilers 2015-16, SO2", { sector: "1.A.4.a.i", coal: "1470000", to: "naturalGas" }, "SO2", 12500],
  ["Beijing coal boilers 2017, TSP", { sector: "1.A.4.a.i", coal: "3000000", to: "naturalGas" }, "TSP", 5500],
  ["Beijing coal boilers 2017, SO2", { sector: "1.A.4.a.i", coal: "3000000", to: "naturalGas" }, "SO2", 6600],
];

describe("docs/validation.md", () => {
  for (const [label, c, species, published] of ROWS) {
    it(`${label}: the summary row gives the published ${published.toLocaleString("en-US")} t with our central result, band and verdict as computed`, () => {
      const b = toleranceBand(c, species);
      const verdict = b.low.lte(published) && b.high.gte(published) ? "**matches**" : "**does not match**";
      expect(DOC).toContain(`| ${published.toLocaleString("en-US")} t`);
      expect(DOC).toContain(`| ${t(b.central)} t | ${t(b.low)} – ${t(b.high)} t | ${verdict}`);
    });
  }
});

// [case, species, published cut]: Li et al. 2016 (case 6) and Ulaanbaatar (case 11), both runs
const STOVE_ROWS: readonly (readonly [string, StoveCase, Species, string])[] = [
  ["Beijing under-fire stove (Li et al. 2016), PM2.5", LI_2016, "PM2.5", "0.79"],
  ["Ulaanbaatar stove subsidy, no fuel saving, PM2.5", ULAANBAATAR_NO_SAVING, "PM2.5", "0.65"],
  ["Ulaanbaatar stove subsidy, no fuel saving, CO", ULAANBAATAR_NO_SAVING, "CO", "0.16"],
  ["Ulaanbaatar stove subsidy, 30% less fuel, PM2.5", ULAANBAATAR_JSCE_SAVING, "PM2.5", "0.65"],
  ["Ulaanbaatar stove subsidy, 30% less fuel, CO", ULAANBAATAR_JSCE_SAVING, "CO", "0.16"],
];

describe("docs/validation.md, stove rows", () => {
  for (const [label, c, species, published] of STOVE_ROWS) {
    it(`${label}: the summary row gives the published ${Number(published) * 100}% less with our central cut, band and verdict as computed`, () => {
      const b = stoveCut(c, species);
      const verdict = within(b, published) ? "**matches**" : "**does not match**";
      expect(DOC).toContain(`| ${Number(published) * 100}% less | ${cutText(b.central)} | ${cutText(b.low)} to ${cutText(b.high)} | ${verdict}`);
    });
  }
});

/** The page's YAML scenario whose name starts with `Validation: <start>`, evaluated. */
const yamlResult = (start: string) => {
  const block = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith(`name: "Validation: ${start}`));
  if (block === undefined) throw new Error(`no YAML scenario named "Validation: ${start}..." in docs/validation.md`);
  return evaluateScenario(compileScenarioFile(block, { fileName: "docs/validation.md" }));
};

describe("docs/validation.md, the YAML of the stove and Seoul cases", () => {
  it("Ulaanbaatar: the page's YAML gives the cuts of the summary row with 30% less fuel (PM2.5 65.8%, CO 72.0%)", () => {
    const result = yamlResult("Ulaanbaatar");
    const cut = (sp: Species) => { const r = result.emissions.find((e) => e.species === sp)!; return toDec(r.reduction).div(r.baseline); };
    expect([cutText(cut("PM2.5")), cutText(cut("CO"))]).toEqual([cutText(stoveCut(ULAANBAATAR_JSCE_SAVING, "PM2.5").central), cutText(stoveCut(ULAANBAATAR_JSCE_SAVING, "CO").central)]);
  });

  it("Seoul: the page's YAML gives 189.23708 t NOx, labelled user-measured", () => {
    const result = yamlResult("Seoul low-emission");
    expect(result.emissions.reduce((s, r) => s.plus(r.reduction), toDec(0)).toString()).toBe("189.23708");
    expect(result.attribution.every((a) => a.basis === "user-measured")).toBe(true);
  });
});

describe("docs/validation.md, Seoul per-unit row", () => {
  it("Seoul low-emission programme 2018: the row gives 77 x 500.26 kg and 522 x 288.73 kg, rounded as the page writes them", () => {
    const devices = (77 * 500.26) / 1000;
    const machines = (522 * 288.73) / 1000;
    expect(DOC).toContain(`| ${devices.toFixed(2)} + ${machines.toFixed(2)} = ${(devices + machines).toFixed(2)} t |`);
  });
});
