// The planner in a real browser (issue 15): headless Chromium (Debian's /usr/bin/chromium, or
// CHROMIUM=path) driven by playwright-core through load, edit, slider, a broken file dropped on
// the page, and export, checking the numbers the page shows against the library's own results and
// the exported files against `cobenefits run`. Screenshots of each state go to
// test/browser/screenshots/ (not committed); UPDATE_SCREENSHOT=1 also writes docs/planner.png.
// Run: npm run test:browser (builds the page first). Not part of npm test: it needs a browser.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { type Dec, type Plan, type ScenarioResult, co2eTable, coBenefitSummary, evaluateScenario, factorProvenance, tidyTable, toDec, withPenetrations } from "../../src/index.js";
import { ScenarioFileError, compileScenarioFile, parseScenarioFile } from "../../src/files.js";
import { formatNumber } from "../../examples/planner/src/model/format.js";
import { costRows } from "../../examples/planner/src/model/costRows.js";
import { PANEL_STEPS } from "./plannerPanels.steps.js";
import { LABEL_REVIEW, label } from "../../src/compare.js";
import { reportLabels } from "../../src/report.js";
import { xlsxWorkbook } from "../../src/xlsx.js";
// @ts-expect-error: a plain ES module without types (the planner's static server)
import { servePlanner } from "../../examples/planner/serve.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHOTS = join(ROOT, "test", "browser", "screenshots");
const BEIJING = readFileSync(join(ROOT, "examples", "beijing", "scenario.yaml"), "utf8");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** The fast engine (shown) against the exact one (the library's reference): within 1e-9 relative, the tolerance of the library's own agreement property. */
const REL = 1e-9;

/** The DOM as seen from page.evaluate (the repository's type check has no DOM library). */
type Doc = { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null; tagName: string; labels?: ArrayLike<unknown> | null; textContent: string | null }> };
const doc = () => (globalThis as unknown as { document: Doc }).document;

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
const plan = compileScenarioFile(BEIJING, { fileName: "scenario.yaml" });
const timings: string[] = [];
const canvasTimings: string[] = [];
/** One frame at 60 Hz [ms]. */
const FRAME_MS = 1000 / 60;
const frameTimings: number[] = [];

/** Library: per species, the sum over sectors and scopes in a year; per metric, CO2e [t/yr]. */
function totals(result: ScenarioResult, year: number): Map<string, { baseline: Dec; scenario: Dec; reduction: Dec }> {
  const out = new Map<string, { baseline: Dec; scenario: Dec; reduction: Dec }>();
  for (const e of result.emissions.filter((r) => r.year === year)) {
    const t = out.get(e.species) ?? { baseline: toDec("0"), scenario: toDec("0"), reduction: toDec("0") };
    out.set(e.species, { baseline: t.baseline.plus(e.baseline), scenario: t.scenario.plus(e.scenario), reduction: t.reduction.plus(e.reduction) });
  }
  for (const c of result.co2e.filter((r) => r.year === year)) out.set(c.metric, { baseline: toDec(c.baseline), scenario: toDec(c.scenario), reduction: toDec(c.reduction) });
  return out;
}

/** Every number of the summary table (baseline, scenario, reduction of each species and metric) against the library's exact result, and as the page formats it. */
async function checkSummary(result: ScenarioResult, year: number): Promise<void> {
  assert.equal(await page.getByTestId("summary-year").inputValue(), String(year));
  const expected = totals(result, year);
  assert.ok(expected.size > 0);
  for (const [what, t] of expected) {
    for (const field of ["baseline", "scenario", "reduction"] as const) {
      const cell = page.getByTestId(`summary-${what}-${field}`);
      const shown = Number(await cell.getAttribute("data-value"));
      const exact = t[field].toNumber();
      assert.ok(Math.abs(shown - exact) <= REL * Math.max(1, Math.abs(t.baseline.toNumber())), `${what} ${field} ${year}: page ${shown}, library ${exact}`);
      assert.equal(await cell.textContent(), formatNumber(shown));
    }
  }
}

/** Waits until every chart has drawn the page's latest result. */
async function chartsDrawn(): Promise<void> {
  await page.waitForFunction(() => {
    const d = (globalThis as unknown as { document: Doc }).document;
    const main = d.querySelectorAll("[data-testid=main]")[0];
    const charts = Array.from(d.querySelectorAll("section[aria-labelledby=charts-h] figure.chart"));
    return main !== undefined && charts.length === 3 && charts.every((c) => c.getAttribute("data-generation") === main.getAttribute("data-generation"));
  }, undefined, { timeout: 30_000 });
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

/** The plan with one measure given in households switched to a penetration schedule: the measure's own points (units / stock), one of them moved. */
function householdEdit(p: Plan, id: string, moved: Record<number, string>): Plan {
  const i = p.measures.findIndex((m) => m.measure.id === id);
  const m = p.measures[i]!;
  const level = m.measure.units?.level;
  assert.ok(level?.kind === "interp");
  const points = level.points.map((pt) => ({ year: pt.year, value: moved[pt.year] ?? toDec(pt.value).div(m.units!.stock[p.years.indexOf(pt.year)]!).toString() }));
  return withPenetrations(p, { [id]: { kind: "interp", points } });
}

/** The rows of a workbook's sheet, by its name: numbers as numbers, text (shared strings) as text. */
function sheetRows(xlsx: Record<string, Uint8Array>, name: string): (string | number | null)[][] {
  const workbook = strFromU8(xlsx["xl/workbook.xml"]!);
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const index = sheets.indexOf(name);
  assert.ok(index >= 0, `sheet ${name} in ${sheets.join(", ")}`);
  const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const strings = [...strFromU8(xlsx["xl/sharedStrings.xml"]!).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) => unescape(m[1]!));
  const sheet = strFromU8(xlsx[`xl/worksheets/sheet${index + 1}.xml`]!);
  return [...sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: (string | number | null)[] = [];
    for (const c of row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
      const column = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      cells[column] = c[3] === undefined ? null : /t="s"/.test(c[2]!) ? strings[Number(c[3])]! : Number(c[3]);
    }
    return cells;
  });
}

describe("the planner in Chromium", () => {
  before(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    server = await servePlanner(0);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "cobenefits-chromium-")), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => assert.fail(`error in the page: ${e.message}`));
  });
  after(async () => {
    await context?.close();
    await server?.close();
    console.log(`update timings, SVG renderer (slider key press to every chart drawn): ${timings.join(", ")}`);
    console.log(`update timings, canvas renderer (?renderer=canvas): ${canvasTimings.join(", ")}`);
    if (frameTimings.length > 0) console.log(`update timings, input event to every chart drawn and laid out (planner:update) [ms]: ${frameTimings.map((t) => t.toFixed(1)).join(", ")}`);
  });

  it("loads the Beijing example and shows the library's numbers for the last year and another", async () => {
    await page.goto(server.url);
    await chartsDrawn();
    assert.equal(await page.getByTestId("scenario-name").textContent(), plan.scenario.name);
    const exact = evaluateScenario(plan);
    await checkSummary(exact, 2025);
    await page.getByTestId("summary-year").selectOption("2018");
    await checkSummary(exact, 2018);
    await page.getByTestId("summary-year").selectOption("2025");
    // The trade-off flags come from the exact engine once the sliders rest.
    await page.getByTestId("tradeoffs").waitFor();
    for (const t of exact.tradeOffs.filter((x) => x.metric === plan.scenario.metrics[0])) {
      const flags = await page.getByTestId(`tradeoff-${t.measure}`).locator("[data-flag]").evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute("data-flag")));
      assert.deepEqual(flags, [...t.flags], t.measure);
    }
    await shot("1-loaded");
    if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(join(SHOTS, "1-loaded.png"), join(ROOT, "docs", "planner.png"));
  });

  it("labels every control, for keyboard and screen-reader users", async () => {
    const unlabelled = await page.evaluate(() => Array.from((globalThis as unknown as { document: Doc }).document.querySelectorAll("input, select, button"))
      .filter((e) => e.getAttribute("aria-label") === null && (e.labels?.length ?? 0) === 0 && (e.tagName !== "BUTTON" || (e.textContent ?? "").trim() === ""))
      .map((e) => e.getAttribute("data-testid") ?? e.tagName));
    assert.deepEqual(unlabelled, []);
    // each chart is a figure named by its caption, and vega describes its axes and marks (aria-label) inside
    for (const name of ["Trajectories by species", "Reductions by measure (Shapley shares)", "Co-benefits and trade-offs: PM2.5 against CO2e under AR6-GWP100"]) {
      const figure = page.getByRole("figure", { name, exact: true });
      assert.equal(await figure.count(), 1, name);
      assert.ok((await figure.locator("svg [aria-label]").count()) > 0, name);
    }
    const slider = page.getByRole("slider", { name: "Household coal to gas wall-hung boilers (煤改气): Penetration in 2020" });
    assert.match((await slider.getAttribute("aria-valuetext")) ?? "", /^19% \(about 254,600 household\)$/);
  });

  it("refuses an edit that would move more than all of an activity, and applies one that fits", async () => {
    // 2025: heat pumps 670,000 and storage heaters 294,800 of 1,340,000 households (72%): 35% more to gas is too much.
    const field = page.getByTestId("number-household-coal-to-gas-2025");
    await field.fill("35");
    await field.press("Tab");
    const refused = page.getByTestId("measure-household-coal-to-gas").getByTestId("refused");
    await refused.waitFor();
    assert.match((await refused.textContent()) ?? "", /not applied.*rural-household-coal/);
    assert.equal(await field.inputValue(), "20");
    await refused.scrollIntoViewIfNeeded();
    await shot("2-edit-refused");
    await field.fill("25");
    await field.press("Tab");
    await chartsDrawn();
    assert.equal(await page.getByTestId("refused").count(), 0);
    await checkSummary(evaluateScenario(householdEdit(plan, "household-coal-to-gas", { 2025: "0.25" })), 2025);
    await shot("3-edit-applied");
  });

  it("moves the coal-to-gas slider by keyboard and every chart follows", async () => {
    const slider = page.getByTestId("slider-household-coal-to-gas-2020");
    await slider.focus();
    for (let k = 0; k < 5; k++) {
      await slider.press("ArrowRight");
      await chartsDrawn();
      timings.push((await page.getByTestId("timing").textContent()) ?? "");
    }
    assert.equal(await slider.inputValue(), "0.24");
    const edited = evaluateScenario(householdEdit(plan, "household-coal-to-gas", { 2020: "0.24", 2025: "0.25" }));
    await page.getByTestId("summary-year").selectOption("2020");
    await checkSummary(edited, 2020);
    await page.getByTestId("summary-year").selectOption("2025");
    await checkSummary(edited, 2025);
    await page.getByTestId("metric").selectOption("AR6-GWP100+Bond2013-GWP100");
    await chartsDrawn();
    await shot("4-slider");
  });

  it("times every chart's update after each of 12 coal-to-gas slider moves and prints the frame target with PASS or FAIL (input event to every chart drawn and laid out)", async () => {
    // The page measures each edit as `planner:update`: from the input event's timeStamp to every
    // chart's vega View run (SVG updated) and the page laid out (forced), i.e. the work the
    // browser must finish before it can paint the new charts. The target (printed with PASS or
    // FAIL, as `npm run bench` prints its figures, never asserted: a timing depends on the machine
    // and its load, which is printed too): the median within one frame at 60 Hz (16.7 ms), a
    // typical move; the max within two frames, since one move of 12 may lose the processor to
    // another program on a shared machine. Asserted: every move is timed and drawn.
    const slider = page.getByTestId("slider-household-coal-to-gas-2020");
    assert.equal(await slider.inputValue(), "0.24");
    await slider.focus();
    await page.evaluate(() => performance.clearMeasures("planner:update"));
    for (let k = 0; k < 12; k++) {
      await slider.press(k % 2 === 0 ? "ArrowLeft" : "ArrowRight");
      await chartsDrawn();
      await page.waitForTimeout(60);
    }
    assert.equal(await slider.inputValue(), "0.24");
    frameTimings.push(...(await page.evaluate(() => performance.getEntriesByName("planner:update").map((e) => e.duration))));
    assert.equal(frameTimings.length, 12, "every move timed");
    const sorted = [...frameTimings].sort((a, b) => a - b);
    const median = (sorted[5]! + sorted[6]!) / 2;
    const max = sorted[11]!;
    console.log(`slider move to every chart drawn: median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms (one frame ${FRAME_MS.toFixed(1)} ms; load average ${loadavg()[0]!.toFixed(1)} on this machine)`);
    const verdict = median <= FRAME_MS && max <= 2 * FRAME_MS ? "PASS" : "FAIL";
    console.log(`planner frame target: median <= ${FRAME_MS.toFixed(1)} ms and max <= ${(2 * FRAME_MS).toFixed(1)} ms: ${verdict}`);
    assert.ok(frameTimings.every((ms) => Number.isFinite(ms) && ms > 0), "every timing is a positive duration");
    await chartsDrawn();
  });

  it("shows every problem of a dropped broken file with its line, and keeps the scenario shown", async () => {
    const broken = BEIJING.replace("kind: fuelSwitch\n    target: { activityIds: [commercial-coal-boilers] }", "kind: fuelSwich\n    target: { activityIds: [commercial-coal-boilers] }")
      .replace('efficiencyTo: "0.92"', 'efficiencyTo: "ninety-two percent"');
    assert.notEqual(broken, BEIJING);
    const expected = (() => {
      try {
        parseScenarioFile(broken, { fileName: "broken.yaml" });
      } catch (e) {
        if (e instanceof ScenarioFileError) return e.issues;
      }
      throw new Error("the broken file should not parse");
    })();
    assert.ok(expected.length >= 2 && expected.every((i) => i.line !== undefined));
    const dataTransfer = await page.evaluateHandle((text) => {
      const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: string[], name: string) => unknown };
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([text], "broken.yaml"));
      return dt;
    }, broken);
    await page.dispatchEvent("main", "drop", { dataTransfer });
    await page.getByTestId("problems").waitFor();
    const lines = await page.getByTestId("problem").evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(n: string): string }).getAttribute("data-line")));
    assert.deepEqual(lines, expected.map((i) => String(i.line)));
    const texts = await page.getByTestId("problem").allTextContents();
    expected.forEach((i, k) => assert.ok(texts[k]!.startsWith(`line ${i.line}, column ${i.column}`) && texts[k]!.includes(i.message), texts[k]));
    assert.equal(await page.getByTestId("scenario-name").textContent(), plan.scenario.name);
    assert.equal(await page.getByTestId("slider-household-coal-to-gas-2020").inputValue(), "0.24");
    await shot("5-broken-file");
    await page.getByTestId("problems").getByRole("button", { name: "OK" }).click();
  });

  it("exports the edited scenario and the results, and cobenefits run gives the same numbers", async () => {
    const out = mkdtempSync(join(tmpdir(), "cobenefits-planner-export-"));
    const yamlDownload = page.waitForEvent("download");
    await page.getByTestId("export-yaml").click();
    const yamlFile = join(out, (await yamlDownload).suggestedFilename());
    await (await yamlDownload).saveAs(yamlFile);
    const csvNames = ["emissions.csv", "co2e.csv", "summary.csv", "provenance.csv"];
    const csvDownloads: Promise<void>[] = [];
    const seen: string[] = [];
    const listener = (d: import("playwright-core").Download) => {
      seen.push(d.suggestedFilename());
      csvDownloads.push(d.saveAs(join(out, "page", d.suggestedFilename())));
    };
    page.on("download", listener);
    await page.getByTestId("export-csv").click();
    await page.waitForFunction((n) => n, undefined, { timeout: 100 }).catch(() => undefined);
    for (let t = 0; seen.length < csvNames.length && t < 100; t++) await page.waitForTimeout(100);
    page.off("download", listener);
    await Promise.all(csvDownloads);
    assert.deepEqual(seen.sort(), [...csvNames].sort());
    // The exported file, read by the library, gives exactly the edited plan's results.
    const text = readFileSync(yamlFile, "utf8");
    assert.match(text, /edited in the cobenefits planner/);
    const expected = evaluateScenario(householdEdit(plan, "household-coal-to-gas", { 2020: "0.24", 2025: "0.25" }));
    assert.deepEqual(evaluateScenario(compileScenarioFile(text, { fileName: "edited.yaml" })).emissions, expected.emissions);
    // ... and through the command line, the same tables byte for byte.
    execFileSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "bin.ts"), "run", yamlFile, "--out", join(out, "cli"), "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
    for (const name of csvNames) assert.equal(readFileSync(join(out, "page", name), "utf8"), readFileSync(join(out, "cli", name), "utf8"), name);
    writeFileSync(join(SHOTS, "exported.yaml"), text);
    // The workbook: a valid xlsx, part for part the library's for the edited plan, with the CO2e the page shows.
    const xlsxDownload = page.waitForEvent("download");
    await page.getByTestId("export-xlsx").click();
    assert.equal((await xlsxDownload).suggestedFilename(), "result.xlsx");
    await (await xlsxDownload).saveAs(join(out, "result.xlsx"));
    const fromPage = unzipSync(new Uint8Array(readFileSync(join(out, "result.xlsx"))));
    const editedNow = householdEdit(plan, "household-coal-to-gas", { 2020: "0.24", 2025: "0.25" });
    const tables = { tidy: tidyTable(expected), co2e: co2eTable(expected), summary: coBenefitSummary(expected, editedNow.scenario), provenance: factorProvenance(editedNow) };
    const fromLibrary = unzipSync(await xlsxWorkbook(editedNow, expected, tables));
    assert.deepEqual(Object.keys(fromPage).sort(), Object.keys(fromLibrary).sort());
    for (const [name, bytes] of Object.entries(fromLibrary)) assert.equal(strFromU8(fromPage[name]!), strFromU8(bytes), name);
    const co2e = sheetRows(fromPage, "CO2e");
    const [header, ...rows] = co2e;
    const col = (name: string) => header!.indexOf(name);
    for (const metric of plan.scenario.metrics) {
      const row = rows.find((r) => r[col("year")] === 2025 && r[col("metric")] === metric && r[col("measure")] === "all");
      assert.ok(row !== undefined, `CO2e ${metric} 2025 in the workbook`);
      const shown = Number(await page.getByTestId(`summary-${metric}-scenario`).getAttribute("data-value"));
      const inSheet = row[header!.findIndex((h) => String(h).startsWith("scenario"))] as number;
      // the workbook rounds to four significant digits: within half a unit of the fourth digit
      assert.ok(Math.abs(inSheet - shown) <= 5e-4 * Math.abs(shown), `CO2e ${metric} 2025: workbook ${inSheet}, page ${shown}`);
    }
    assert.ok(readdirSync(join(out, "cli")).includes("emissions.csv"));
    rmSync(out, { recursive: true, force: true });
    await shot("6-exported");
  });

  it("opens the other worked examples through the file button, with the library's numbers", async () => {
    for (const dir of ["seoul", "ulaanbaatar", "northern-china-heating-season"]) {
      const file = join(ROOT, "examples", dir, "scenario.yaml");
      const other = compileScenarioFile(readFileSync(file, "utf8"), { fileName: "scenario.yaml" });
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("scenario-name").filter({ hasText: other.scenario.name }).waitFor();
      await chartsDrawn();
      await checkSummary(evaluateScenario(other), other.years[other.years.length - 1]!);
      await shot(`8-example-${dir}`);
    }
    await page.getByRole("button", { name: "Load the Beijing example" }).click();
    await page.getByTestId("scenario-name").filter({ hasText: plan.scenario.name }).waitFor();
  });

  it("shows the costs panel of a scenario with a costs section: the library's annual cost and cost per tonne, also after a slider moves", async () => {
    const file = join(ROOT, "examples", "beijing", "scenario-costs.yaml");
    const costed = compileScenarioFile(readFileSync(file, "utf8"), { fileName: "scenario-costs.yaml" });
    assert.equal(await page.getByTestId("panel-costs").count(), 0, "no costs panel without a costs section");
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("scenario-name").filter({ hasText: costed.scenario.name }).waitFor();
    await chartsDrawn();
    const check = async (p: Plan) => {
      await page.getByTestId("costs").waitFor({ timeout: 30_000 });
      const last = p.years[p.years.length - 1]!;
      const expected = costRows(p, evaluateScenario(p), last);
      assert.ok(expected.rows.some((r) => r.annual !== null && r.annual !== "0"), "the example costs something");
      for (const r of expected.rows) {
        assert.equal(await page.getByTestId(`cost-${r.measure}-annual`).getAttribute("data-value"), r.annual ?? "", r.measure);
        const pm = r.perTonne.find((t) => t.of === "PM2.5" && t.kind === "species");
        if (pm !== undefined) assert.equal(await page.getByTestId(`cost-${r.measure}`).locator('td[data-status]').first().getAttribute("data-value"), pm.value ?? "", `${r.measure} per t PM2.5`);
      }
    };
    await check(costed);
    await page.getByTestId("panel-costs").scrollIntoViewIfNeeded();
    await shot("9-costs");
    // A slider moved: the panel follows the edited plan (the exact engine, once the sliders rest).
    const slider = page.locator("[data-testid^=slider-household-coal-to-heat-pumps-]").last();
    assert.equal(await slider.count(), 1);
    const before = await page.getByTestId("cost-household-coal-to-heat-pumps-annual").getAttribute("data-value");
    await slider.focus();
    await slider.press("ArrowLeft");
    await chartsDrawn();
    await page.waitForFunction((b) => {
      const cell = (globalThis as unknown as { document: Doc }).document.querySelectorAll("[data-testid=cost-household-coal-to-heat-pumps-annual]")[0];
      return cell !== undefined && cell.getAttribute("data-value") !== b;
    }, before, { timeout: 30_000 });
    assert.ok(Number(await page.getByTestId("cost-household-coal-to-heat-pumps-annual").getAttribute("data-value")) < Number(before), "less heat pumps, lower annual cost");
    await page.getByRole("button", { name: "Load the Beijing example" }).click();
    await page.getByTestId("scenario-name").filter({ hasText: plan.scenario.name }).waitFor();
    await chartsDrawn();
    assert.equal(await page.getByTestId("panel-costs").count(), 0);
  });

  for (const [name, step] of PANEL_STEPS) it(name, () => step({ page, shot, chartsDrawn, beijing: plan }));

  it("speaks the command line's languages: the library's words, and the machine-prepared note", async () => {
    assert.equal(await page.getByTestId("review-note").count(), 0, "English is reviewed: no note");
    for (const lang of ["zh", "ko", "ja", "mn"] as const) {
      await page.getByTestId("language").selectOption(lang);
      await chartsDrawn();
      assert.equal(await page.getByTestId("review-note").textContent(), reportLabels(lang).reviewNote);
      assert.ok(LABEL_REVIEW[lang] === "machine-prepared");
      const headers = await page.getByTestId("summary").locator("thead th").allTextContents();
      assert.deepEqual(headers.slice(0, 4), [label(lang, "column.species"), label(lang, "column.baseline"), label(lang, "column.scenario"), label(lang, "column.reduction")]);
      const texts = await page.getByTestId("chart-trajectories").locator("svg text").allTextContents();
      assert.ok(texts.includes(label(lang, "chart.emissionsAxis")), `${lang}: the chart's axis in the language (${texts.slice(0, 5).join(" | ")})`);
      if (lang === "ko") await shot("10-language-ko");
    }
    await page.getByTestId("language").selectOption("en");
    await chartsDrawn();
    assert.equal(await page.getByTestId("review-note").count(), 0);
  });

  it("draws with vega's canvas renderer too (?renderer=canvas); prints the update times of both", async () => {
    const canvasPage = await context.newPage();
    canvasPage.on("pageerror", (e) => assert.fail(`error in the canvas page: ${e.message}`));
    try {
      await canvasPage.goto(`${server.url}?renderer=canvas`);
      await canvasPage.getByTestId("chart-quadrant").and(canvasPage.locator("[data-generation]")).waitFor({ timeout: 30_000 });
      assert.equal(await canvasPage.getByTestId("chart-trajectories").locator("canvas").count(), 1);
      // As in the SVG steps: 2025 raised to 25% first, so that 2020 can rise to 24% (the library refuses a penetration falling below units still in service).
      const field = canvasPage.getByTestId("number-household-coal-to-gas-2025");
      await field.fill("25");
      await field.press("Tab");
      await canvasPage.getByTestId("timing").filter({ hasText: /ms/ }).waitFor({ timeout: 30_000 });
      const slider = canvasPage.getByTestId("slider-household-coal-to-gas-2020");
      await slider.focus();
      for (let k = 0; k < 5; k++) {
        const before = await canvasPage.getByTestId("main").getAttribute("data-generation");
        await slider.press("ArrowRight");
        await canvasPage.waitForFunction((b) => {
          const d = (globalThis as unknown as { document: Doc }).document;
          const g = d.querySelectorAll("[data-testid=main]")[0]?.getAttribute("data-generation");
          const charts = Array.from(d.querySelectorAll("figure.chart"));
          return g !== b && charts.length === 3 && charts.every((c) => c.getAttribute("data-generation") === g);
        }, before, { timeout: 30_000 });
        await canvasPage.getByTestId("timing").filter({ hasText: /ms/ }).waitFor();
        canvasTimings.push((await canvasPage.getByTestId("timing").textContent()) ?? "");
      }
      assert.equal(await slider.inputValue(), "0.24");
    } finally {
      await canvasPage.close();
    }
  });

  it("works opened from disk too (file://), with no server", async () => {
    const fromDisk = await context.newPage();
    try {
      await fromDisk.goto(`file://${join(ROOT, "examples", "planner", "index.html")}`);
      await fromDisk.getByTestId("chart-quadrant").and(fromDisk.locator("[data-generation]")).waitFor({ timeout: 30_000 });
      assert.equal(await fromDisk.getByTestId("scenario-name").textContent(), plan.scenario.name);
    } finally {
      await fromDisk.close();
    }
  });

  it("fits a laptop and a projector without sideways scrolling", async () => {
    for (const [w, h] of [[1280, 800], [1920, 1080], [1024, 768]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => {
        const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
        return g.document.documentElement.scrollWidth - g.innerWidth;
      });
      assert.ok(overflow <= 0, `${w}x${h}: the page is ${overflow} px wider than the window`);
      await shot(`7-viewport-${w}x${h}`);
    }
  });
});
