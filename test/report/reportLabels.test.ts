import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECTORS } from "../../src/index.js";
import { ENGLISH_LABELS, type ReportLabels } from "../../src/charts.js";
import { reportLabels } from "../../src/report.js";
import { LANGUAGES } from "../../src/report/labels/labels.js";

const CHANGES = ["down", "up", "unchanged"] as const;
/** A placeholder left unfilled, such as `{name}`. */
const UNFILLED = /\{\w+\}/;

/** Every entry of a ReportLabels as [path, value]: words, and functions called with the given values. */
function entries(labels: ReportLabels, v: { name: string; first: number; last: number; metric: string; species: string; upstream: boolean; count: number }): [string, string | undefined][] {
  const { charts: c, table: t, readme: r } = labels;
  return [
    ...Object.entries(labels.flags).map(([k, w]): [string, string] => [`flags.${k}`, w]),
    ...Object.entries(labels.scopes).map(([k, w]): [string, string] => [`scopes.${k}`, w]),
    ...Object.entries(labels.scopesShort).map(([k, w]): [string, string] => [`scopesShort.${k}`, w]),
    ...Object.entries(labels.columns).map(([k, w]): [string, string] => [`columns.${k}`, w]),
    ...Object.entries(labels.words).map(([k, w]): [string, string] => [`words.${k}`, w]),
    ...Object.entries(labels.sheets).map(([k, w]): [string, string] => [`sheets.${k}`, w]),
    ...Object.keys(SECTORS).map((code): [string, string | undefined] => [`sectorName(${code})`, labels.sectorName(code)]),
    ["measureKind(fuelSwitch)", labels.measureKind("fuelSwitch")],
    ["charts.reductionsByMeasureTitle", c.reductionsByMeasureTitle(v.name)], ["charts.reductionsByMeasureSubtitle", c.reductionsByMeasureSubtitle(v.first, v.last)],
    ["charts.reductionsByYearTitle", c.reductionsByYearTitle(v.name)], ["charts.reductionsByYearSubtitle", c.reductionsByYearSubtitle],
    ["charts.trajectoriesTitle", c.trajectoriesTitle(v.name)], ["charts.trajectoriesSubtitle", c.trajectoriesSubtitle(v.upstream)],
    ["charts.quadrantTitle", c.quadrantTitle(v.name)], ["charts.quadrantSubtitle", c.quadrantSubtitle(v.first, v.last, v.metric)],
    ["charts.reductionAxis", c.reductionAxis], ["charts.emissionsAxis", c.emissionsAxis], ["charts.co2eAxis", c.co2eAxis(v.metric)], ["charts.pollutantAxis", c.pollutantAxis(v.species)],
    ["charts.baseline", c.baseline], ["charts.scenario", c.scenario], ["charts.quadrantLegend", c.quadrantLegend],
    ...CHANGES.flatMap((p) => CHANGES.map((q): [string, string] => [`charts.quadrant(${p},${q})`, c.quadrant(p, q)])),
    ["table.heading", t.heading(v.name, `${v.first}-${v.last}`, [v.metric])], ["table.heading (no metric)", t.heading(v.name, `${v.first}-${v.last}`, [])],
    ["table.reductionByMeasure", t.reductionByMeasure(`${v.first}-${v.last}`)], ["table.noMeasures", t.noMeasures], ["table.emissionsIn", t.emissionsIn(v.last)], ["table.partlyCounted", t.partlyCounted],
    ["table.co2eLine", t.co2eLine({ metric: v.metric, year: v.last, baseline: "1", scenario: "2", reduction: "-1", species: [v.species] })], ["table.missing", t.missing(v.count)],
    ["table.incompleteLine", t.incompleteLine(v.name, v.metric, v.species)], ["table.notComputed", t.notComputed], ["table.scopeOf", t.scopeOf(labels.scopesShort.upstream, labels.scopesShort.indirect)],
    ["table.byScope", t.byScope(`${v.first}-${v.last}`)], ["table.perUnit", t.perUnit(v.last)], ["table.userMeasured", t.userMeasured(v.name, "meter readings")],
    ["table.upstream", t.upstream(v.last)], ["table.upstreamByMeasure", t.upstreamByMeasure(`${v.first}-${v.last}`)],
    ["readme.scenario", r.scenario], ["readme.years", r.years], ["readme.metrics", r.metrics], ["readme.language", r.language], ["readme.numbers", r.numbers], ["readme.numbersText", r.numbersText(4)],
    ["readme.reductions", r.reductions], ["readme.reductionsText", r.reductionsText], ["readme.allComplete", r.allComplete], ["readme.someIncomplete", r.someIncomplete(v.count, labels.sheets.missing)],
    ["readme.sources", r.sources], ["readme.sourcesText", r.sourcesText(labels.sheets.provenance)],
    ["table.energy", t.energy(v.last)], ["table.noGjFuel", t.noGjFuel], ["table.notInGj", t.notInGj], ["table.lifetime", t.lifetime], ["table.method", t.method("cumulative over the lifetime")],
    ["ranges.heading", labels.ranges.heading(v.count)], ["ranges.avoidedDeaths", labels.ranges.avoidedDeaths(`${v.first}-${v.last}`)], ["ranges.value", labels.ranges.value(`${v.first}-${v.last}`, "USD", v.first)],
    ["ranges.temperature", labels.ranges.temperature], ["ranges.allMeasures", labels.ranges.allMeasures], ["ranges.temperatureIn", labels.ranges.temperatureIn(v.last)],
  ];
}

const values = fc.record({
  name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[{}]/.test(s)),
  first: fc.integer({ min: 1990, max: 2100 }), last: fc.integer({ min: 1990, max: 2100 }),
  metric: fc.constantFrom("AR6-GWP100", "AR5-GTP20", "AR6-GWP20"), species: fc.constantFrom("PM2.5", "SO2", "BC"),
  upstream: fc.boolean(), count: fc.integer({ min: 1, max: 10_000 }),
});

describe("reportLabels: the words of run's table, charts and workbook, from the label tables", () => {
  it("gives every entry in every language: no word missing or empty, no placeholder left unfilled, the user's values as written", () => {
    fc.assert(fc.property(fc.constantFrom(...LANGUAGES), values, (lang, v) => {
      const labels = reportLabels(lang);
      const all = entries(labels, v);
      // every entry of the groups with functions is in the list above: a new one must be added to it
      expect([Object.keys(labels.charts).length, Object.keys(labels.table).length, Object.keys(labels.readme).length, Object.keys(labels).length]).toEqual([16, 20, 12, 14]);
      expect(Object.keys(labels.ranges)).toHaveLength(6);
      expect(all.length).toBe(entries(ENGLISH_LABELS, v).length);
      for (const [path, text] of all) {
        expect(text, `${lang} ${path}`).toBeTypeOf("string");
        expect(text!.trim(), `${lang} ${path}`).not.toBe("");
        expect(text, `${lang} ${path}`).not.toMatch(UNFILLED);
      }
      for (const f of [labels.charts.reductionsByMeasureTitle, labels.charts.reductionsByYearTitle, labels.charts.trajectoriesTitle, labels.charts.quadrantTitle]) expect(f(v.name)).toContain(v.name);
      expect(labels.table.heading(v.name, "2020-2030", [v.metric])).toContain(v.name);
      expect(labels.table.missing(v.count)).toContain(String(v.count));
      expect(labels.table.incompleteLine(v.name, v.metric, v.species)).toContain(v.name);
      expect(labels.charts.quadrantSubtitle(v.first, v.last, v.metric)).toContain(v.metric);
    }), { numRuns: 60 });
  });

  it("names the nine quadrant cases apart in every language", () => {
    for (const lang of LANGUAGES) {
      const q = reportLabels(lang).charts.quadrant;
      expect(new Set(CHANGES.flatMap((p) => CHANGES.map((c) => q(p, c)))).size, lang).toBe(9);
    }
  });

  it("translates every column header, sheet name and word (CO2e, a formula, stays CO2e); says the labels await review", () => {
    for (const lang of LANGUAGES.filter((l) => l !== "en")) {
      const labels = reportLabels(lang);
      for (const group of ["columns", "words", "sheets"] as const) {
        const same = Object.entries(labels[group]).filter(([k, w]) => w === (ENGLISH_LABELS[group] as Record<string, string>)[k] && w !== "CO2e");
        expect(same, `${lang} ${group}`).toEqual([]);
      }
      expect(labels.reviewNote, lang).toContain("docs/languages.md");
    }
    expect(ENGLISH_LABELS.reviewNote).toBeUndefined();
  });

  it("keeps the words run printed in English (docs/getting-started.md) and the sector names of SECTORS", () => {
    expect(ENGLISH_LABELS.flags.airPollutantsDownCo2eUp).toBe("trade-off: pollutants down, CO2e up");
    expect(ENGLISH_LABELS.table.heading("demo", "2020-2030", [])).toBe("demo: 2020-2030; metrics: none named (no CO2e)");
    for (const [code, name] of Object.entries(SECTORS)) expect(ENGLISH_LABELS.sectorName(code)).toBe(name);
    expect(reportLabels("ko").sectorName("9.Z")).toBeUndefined(); // a code the tables do not know has no name
    expect(reportLabels("ko").measureKind("scrappage")).toBe("조기폐차");
    expect(reportLabels("zh").scopes.indirectHeat).toBe("间接（集中供热）");
  });
});
