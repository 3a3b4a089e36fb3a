import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { EN } from "../../src/report/labels/en.js";
import { LABEL_TABLES, type Language } from "../../src/report/labels/labels.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-run-lang-sections-");

// The Ulaanbaatar impacts example (exposure, health with two functions, valuation, temperature
// response), with a costs section (currency XTS, the ISO 4217 code for testing: synthetic costs,
// lignite and electricity left unpriced) and draws of the bag filters' removal: every section run
// can print, so that each language is seen on all of them.
type Scenario = { name: string; baseline: { id: string; stock?: { unit: string } }[]; measures: { id: string; label?: string }[]; impacts: { health: { functions: string[] }; valuation: { vsl: { parameters: string } } } };
const scenario = parse(readFileSync("examples/ulaanbaatar/scenario-impacts.yaml", "utf8")) as Scenario;
const file = join(tmp, "all-sections.yaml");
writeFileSync(file, stringify({
  ...scenario,
  costs: {
    currency: "XTS", priceYear: 2020, discountRate: "0.05",
    unpricedFuels: [{ fuel: "electricity", reason: "test costs: no tariff" }, { fuel: "lignite", reason: "test costs: no coal price" }],
    measures: [{ measure: "hob-bag-filters", paidBy: "enterprise", variableOM: { value: "0.5", unit: "XTS/GJ" } }, { measure: "ger-electric-heaters", paidBy: "household", variableOM: { value: "1", unit: "XTS/GJ" } }],
  },
  uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", measures: [{ id: "hob-bag-filters", removal: { "PM2.5": { distribution: "uniform", low: "0.8", high: "0.95" } } }] },
}));

/** The words of a text (runs of Latin letters, lower case): `CO2-eq` gives `co` and `eq`. */
const words = (text: string) => new Set([...text.matchAll(/[A-Za-z]+/g)].map((m) => m[0].toLowerCase()));
/** Every word of the English label table, placeholders left out. */
const ENGLISH = words(Object.values(EN).map((t) => t.replace(/\{\w+\}/g, " ")).join(" "));
/**
 * What stays as written in every language, by design (docs/languages.md): units and symbols (t, yr,
 * GJ, K, ug, m3, dT), formulas and codes (species, CO2e, metric names, `complete = false`), the
 * method's name Shapley, the program's name.
 */
const CODES = words("t yr GJ K uK ug m dT death CO2e CO2-eq PM TSP BC OC SO NOx NMVOC NH CH N O AR GWP GTP Bond complete false onMissingFactor omit unpricedFuels Shapley cobenefits run --out CSV JSON docs/languages.md");
/** The user's own words (the scenario's name, activity and measure ids and labels, the stock's unit, the functions and VSL set chosen, the fuels named), the factor rows' data (technology, source table, citation) and the engine's data statements that every output carries in English (the methods, the functions' bounds, the reasons of missing factors and species not covered, the sampling's name). */
function asWritten(out: string): Set<string> {
  const json = (name: string) => JSON.parse(readFileSync(join(out, name), "utf8")) as Record<string, unknown>;
  const result = json("result.json") as { lifetime: { method: string }; missing: { reason: string }[] };
  const health = json("health.json") as { functions: { name: string; bounds: string }[] };
  const temperature = json("temperature.json") as { response: string; notCovered: { reason: string }[] };
  return words([
    scenario.name, ...scenario.baseline.map((a) => `${a.id} ${a.stock?.unit ?? ""}`), ...scenario.measures.map((m) => `${m.id} ${m.label ?? ""}`),
    ...(json("provenance.json") as unknown as { technology: string | null; sourceTable: string; citation: string }[]).map((p) => `${p.technology ?? ""} ${p.sourceTable} ${p.citation}`), ...scenario.impacts.health.functions, scenario.impacts.valuation.vsl.parameters, "lignite electricity removal",
    (json("costs.json") as { method: string }).method, result.lifetime.method, ...result.missing.map((m) => m.reason), ...health.functions.map((f) => f.bounds), temperature.response, ...temperature.notCovered.map((n) => n.reason), "latinHypercube",
  ].join(" "));
}
/** English words of the label table left in a text, beyond codes, units and what is written as given. */
const englishLeft = (text: string, given: Set<string>) => [...words(text)].filter((w) => ENGLISH.has(w) && !CODES.has(w) && !given.has(w)).sort();

describe("run --lang: every section in the language asked, no English label left", () => {
  it.each(["zh", "ko", "ja", "mn"] as const)("%s: the text table's every section (costs, impacts, value, temperature) and the summary lines on stderr", async (lang: Language) => {
    const out = join(tmp, `table-${lang}`);
    const r = await cli("run", file, "--lang", lang, "--out", out);
    expect(r.code).toBe(EXIT.ok);
    const table = LABEL_TABLES[lang];
    const fill = (key: keyof typeof EN) => table[key].split(/\{\w+\}/)[0]!; // the label's words before its first placeholder
    // each section is there, under its heading in the language: src/report/labels/<lang>.ts
    for (const key of ["costs.heading", "impacts.heading", "impacts.valueHeading", "temperature.heading", "table.reductionByMeasure", "table.energy"] as const) expect(r.stdout, key).toContain(fill(key));
    expect(r.stdout).toContain(table["word.allMeasures"]);
    expect(r.stdout).toContain(table["temperature.aerosols"]);
    expect(r.stderr).toContain(`cobenefits: ${table["message.wrote"].replace("{count}", String(readdirSync(out).length)).replace("{dir}", out)}`);
    expect(r.stderr).toContain(`cobenefits: ${fill("uncertainty.line")}`);
    expect(r.stderr).toContain(`cobenefits: ${table["message.missingMany"].replace("{count}", "8")}`); // the ger stoves' electric heaters: no grid factor of 8 species
    expect(englishLeft(`${r.stdout}\n${r.stderr.replaceAll(out, " ")}`, asWritten(out))).toEqual([]);
    // the CSV files keep their English column names, for scripts
    expect(readFileSync(join(out, "costs.csv"), "utf8").split("\n")[0]).toBe("measure,year,perspective,investment,fixedOM,variableOM,fuel,subsidies,total,unit,unpricedFuels");
    expect(parseCsv(readFileSync(join(out, "cost-per-tonne.csv"), "utf8")).some((row) => row.status === "emissionsRise")).toBe(true);
  }, 120_000);

  it("zh: the workbook's sheets of costs, health, valuation, temperature and uncertainty, and every chart's titles, axes and legends", async () => {
    const out = join(tmp, "xlsx-zh");
    const r = await cli("run", file, "--lang", "zh", "--format", "xlsx", "--charts", "--quiet", "--out", out);
    expect(r.code).toBe(EXIT.ok);
    const given = asWritten(out);
    const xlsx = unzipSync(new Uint8Array(readFileSync(join(out, "result.xlsx"))));
    const sheets = [...strFromU8(xlsx["xl/workbook.xml"]!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    // src/report/labels/zh.ts sheet.*
    expect(sheets).toEqual(["说明", "汇总", "排放量", "CO2e", "缺失的排放因子", "排放因子来源", "成本", "成本净现值", "单位减排成本", "健康", "货币化价值", "温度", "不确定性"]);
    const strings = strFromU8(xlsx["xl/sharedStrings.xml"]!);
    for (const text of ["视角", "社会", "企业", "居民", "排放增加", "避免死亡 [人/年]", "统计生命价值 [USD 2005]", "效益成本比", "物质组", "气溶胶及其前体物", "全部", "点估计", "中位数 (p50)"]) expect(strings, text).toContain(`<t>${text}</t>`);
    // every cell but the README sheet's citations (publications as published: "Bond T.C. ... (2013). Bounding the role ...")
    const cells = [...strings.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]!.replaceAll("&lt;", "<").replaceAll("&amp;", "&")).filter((t) => !/\(\d{4}\)\. /.test(t));
    expect(englishLeft(cells.join("\n"), given), "xlsx").toEqual([]);
    const charts = readdirSync(join(out, "charts")).filter((f) => f.endsWith(".vl.json"));
    for (const name of ["mac-PM2.5", "avoided-deaths-by-measure", "temperature", "trajectories-fan", "reductions-by-measure-ranges", "avoided-deaths-by-measure-ranges", "temperature-ranges"]) expect(charts).toContain(`${name}.vl.json`);
    for (const chart of charts) {
      const words: string[] = [];
      const spec = JSON.parse(readFileSync(join(out, "charts", chart), "utf8")) as unknown;
      const visit = (v: unknown, key: string): void => {
        if (typeof v === "string" && ["text", "subtitle", "title"].includes(key)) words.push(v);
        else if (Array.isArray(v)) for (const x of v) visit(x, key === "domain" ? "title" : key);
        else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "data") visit(x, k);
      };
      visit(spec, "");
      expect(words.length, chart).toBeGreaterThan(0);
      expect(englishLeft(words.join("\n"), given), chart).toEqual([]);
    }
  }, 180_000);

  it("en: the sections' words as before (docs/costs.md, docs/impacts.md, docs/climate-response.md)", async () => {
    const r = await cli("run", file, "--quiet");
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain("Costs [XTS, 2020 prices], discount rate 0.05; annual cost in 2030, NPV 2018-2030 discounted to 2018");
    expect(r.stdout).toContain("INCOMPLETE: electricity has no price (unpricedFuels), so what ger-electric-heaters saves or adds of it is not in these costs");
    expect(r.stdout).toContain("INCOMPLETE: lignite has no price (unpricedFuels), so what hob-bag-filters, ger-electric-heaters save or add of it is not in these costs");
    expect(r.stdout).toMatch(/^hob-bag-filters +enterprise /m);
    expect(r.stdout).toContain("emissions rise");
    expect(r.stdout).toMatch(/^all measures +\d/m);
    expect(r.stdout).toContain("Value of the avoided deaths (VSL OECD2012-EU27, elasticity 0.8)");
    expect(r.stdout).toContain("CO2e under AR6-GWP100, Shapley shares; after 2030: the last year's changes held");
    expect(r.stdout).toMatch(/^all +[\d,]+ /m);
    expect(r.stdout).toContain("aerosols and precursors 2050");
  }, 60_000);
});
