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
    ["measureKind(fuelSwitch)", labels.measureKind("fuelSwitch")], ["basis(emission factors)", labels.basis("emission factors")], ["basis(user-measured)", labels.basis("user-measured")],
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
    ...analysisEntries(labels, v),
  ];
}

/** The entries of the analysis sections (costs, impacts, temperature, uncertainty) and of the stderr lines. */
function analysisEntries(labels: ReportLabels, v: { name: string; first: number; last: number; metric: string; species: string; count: number }): [string, string][] {
  const { costs: k, impacts: i, temperature: T, uncertainty: u, messages: m } = labels;
  return [
    ["costs.heading", k.heading({ currency: "CNY", priceYear: v.first, rate: "0.05", first: v.first, last: v.last, npvYear: v.first })],
    ["costs.uncosted", k.uncosted([v.name])], ["costs.unpriced (one)", k.unpriced("coal", [v.name])], ["costs.unpriced (many)", k.unpriced("coal", [v.name, "b"])],
    ["costs.annual", k.annual(v.last)], ["costs.unit", k.unit("KRW", v.first)],
    ...["society", "household", "enterprise", "government"].map((p): [string, string] => [`costs.perspective(${p})`, k.perspective(p)]),
    ...["ok", "noReduction", "emissionsRise"].map((p): [string, string] => [`costs.status(${p})`, k.status(p)]),
    ...Object.entries(k.columns).map(([key, w]): [string, string] => [`costs.columns.${key}`, w]),
    ["costs.macTitle", k.macTitle(v.species, v.last)], ["costs.macSubtitle", k.macSubtitle(k.perspective("society"), "t/yr", "CNY/t", [v.name])],
    ["costs.macCumulativeAxis", k.macCumulativeAxis("t/yr")], ["costs.macCostAxis", k.macCostAxis("CNY/t")], ["costs.macReduction", k.macReduction("t/yr")], ["costs.macCost", k.macCost("CNY/t")],
    ["impacts.heading", i.heading([`${v.name}: theta -/+ one standard error`])], ["impacts.heading (none)", i.heading([])], ["impacts.pm25Column", i.pm25Column(v.last)],
    ["impacts.deathsColumn", i.deathsColumn(`${v.first}-${v.last}`, v.name)], ["impacts.allMeasures", i.allMeasures], ["impacts.valueHeading", i.valueHeading(v.name, "1.2")],
    ["impacts.valueColumn", i.valueColumn(`${v.first}-${v.last}`, v.name, "MNT", v.first)], ...Object.entries(i.columns).map(([key, w]): [string, string] => [`impacts.columns.${key}`, w]),
    ["impacts.deathsTitle", i.deathsTitle(v.name)], ["impacts.deathsSubtitle", i.deathsSubtitle(v.first, v.last)], ["impacts.deathsRangesTitle", i.deathsRangesTitle(v.name)], ["impacts.deathsRangesSubtitle", i.deathsRangesSubtitle(v.first, v.last, v.count)], ["impacts.deathsNone", i.deathsNone], ["impacts.deathsAxis", i.deathsAxis],
    ["temperature.heading", T.heading("AR6-7SM-AGTP")], ["temperature.after (held)", T.after(v.last, true)], ["temperature.after (none)", T.after(v.last, false)], ["temperature.after (metric)", T.after(v.last, true, v.metric)],
    ["temperature.co2eCut", T.co2eCut(`${v.first}-${v.last}`)], ["temperature.notCovered", T.notCovered(v.species)], ["temperature.group", T.group("aerosols and precursors")], ["temperature.all", T.all],
    ...Object.entries(T.columns).map(([key, w]): [string, string] => [`temperature.columns.${key}`, w]),
    ["temperature.title", T.title(v.name)], ["temperature.subtitle", T.subtitle("AR6-7SM-AGTP")], ["temperature.rangesTitle", T.rangesTitle(v.name)], ["temperature.rangesSubtitle", T.rangesSubtitle("AR6-7SM-AGTP", v.count)], ["temperature.axis", T.axis],
    ["uncertainty.line", u.line({ draws: v.count, sampling: "latinHypercube", seed: 7, count: 3, names: v.name, change: "1.5" })], ["uncertainty.andMore", u.andMore(v.name, v.count)], ["uncertainty.notVaried", u.notVaried(v.count)],
    ["uncertainty.fanTitle", u.fanTitle(v.name, v.count)], ["uncertainty.fanSubtitle", u.fanSubtitle("monteCarlo", 7)], ["uncertainty.rangesTitle", u.rangesTitle(v.name, v.last)], ["uncertainty.rangesSubtitle", u.rangesSubtitle(v.count)],
    ["uncertainty.reductionAxis", u.reductionAxis], ...Object.entries(u.columns).map(([key, w]): [string, string] => [`uncertainty.columns.${key}`, w]),
    ["messages.wrote", m.wrote(v.count, "out")], ["messages.missing (one)", m.missing(1)], ["messages.missing (many)", m.missing(v.count)],
    ...Object.entries(m.progress).map(([key, w]): [string, string] => [`messages.progress.${key}`, typeof w === "string" ? w : key === "rendering" ? m.progress.rendering(v.name) : m.progress.evaluatingFile(v.name, 1, 2)]),
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
      expect([Object.keys(labels.charts).length, Object.keys(labels.table).length, Object.keys(labels.readme).length, Object.keys(labels).length]).toEqual([16, 20, 12, 20]);
      expect([labels.costs, labels.impacts, labels.temperature, labels.uncertainty, labels.messages, labels.messages.progress].map((g) => Object.keys(g).length)).toEqual([14, 13, 12, 9, 3, 7]);
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
      for (const text of [labels.costs.uncosted([v.name]), labels.impacts.deathsTitle(v.name), labels.impacts.deathsRangesTitle(v.name), labels.temperature.title(v.name), labels.temperature.rangesTitle(v.name), labels.uncertainty.fanTitle(v.name, v.count), labels.messages.progress.rendering(v.name)]) expect(text).toContain(v.name);
      expect(labels.messages.wrote(v.count, "out")).toContain(String(v.count));
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
      for (const group of ["costs", "impacts", "temperature", "uncertainty"] as const) {
        const english = ENGLISH_LABELS[group].columns as Record<string, string>;
        expect(Object.entries(labels[group].columns).filter(([k, w]) => w === english[k]), `${lang} ${group}.columns`).toEqual([]);
      }
      for (const b of ["emission factors", "user-measured"]) expect(labels.basis(b), `${lang} ${b}`).not.toBe(b);
      for (const p of ["society", "household", "enterprise", "government"]) expect(labels.costs.perspective(p), `${lang} ${p}`).not.toBe(p);
      for (const s of ["ok", "noReduction", "emissionsRise"]) expect(labels.costs.status(s), `${lang} ${s}`).not.toBe(ENGLISH_LABELS.costs.status(s));
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
