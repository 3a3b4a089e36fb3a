// The planner's results panels in Chromium (issue 15): the abatement cost curve of the costs panel,
// the impacts panel of the Ulaanbaatar example and the uncertainty panel, each checked against the
// library's own results of the plan the page shows. Run by planner.browser.ts (npm run
// test:browser), in its page, after its costs step; screenshots 11- to 15-.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { type Plan, evaluateScenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { scenarioCosts } from "../../src/costs.js";
import { costCurve } from "../../examples/planner/src/model/costCurve.js";
import { controlPoints } from "../../examples/planner/src/model/controlPoints.js";
import { editedPlan } from "../../examples/planner/src/model/editedScenario.js";
import { impactsView } from "../../examples/planner/src/model/impactsView.js";
import { computeRanges, rangeLines } from "../../examples/planner/src/model/rangesRun.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), "utf8");
const COSTED = compileScenarioFile(read("examples", "beijing", "scenario-costs.yaml"), { fileName: "scenario-costs.yaml" });
const IMPACTS_TEXT = read("examples", "ulaanbaatar", "scenario-impacts.yaml");
const UB = compileScenarioFile(IMPACTS_TEXT, { fileName: "scenario-impacts.yaml" });
// as src/examples.ts builds the "with ranges" example
const UB_RANGES = compileScenarioFile(`${IMPACTS_TEXT.trimEnd()}\n\n${read("examples", "planner", "src", "ulaanbaatarRanges.yaml")}`, { fileName: "ranges.yaml" });
/** The page's ranges (Chromium's V8) against Node's run of the same seeded draws: equal but for float64 rounding in Math functions. */
const REL = 1e-9;

/** What a step is given by the main test. */
export interface PanelStepContext {
  readonly page: Page;
  readonly shot: (name: string) => Promise<unknown>;
  readonly chartsDrawn: () => Promise<void>;
  /** The Beijing example's plan, loaded again at the end. */
  readonly beijing: Plan;
}

/** A chart of a panel, drawn (vega sets the figure's data-generation once it has drawn). */
const panelChart = (page: Page, id: string) => page.getByTestId(`chart-${id}`).and(page.locator("[data-generation]"));

async function open(c: PanelStepContext, example: string, plan: Plan): Promise<void> {
  await c.page.getByTestId("more-examples").selectOption(example);
  await c.page.getByTestId("scenario-name").filter({ hasText: plan.scenario.name }).waitFor();
  await c.chartsDrawn();
}

/** The plan with apartment-retrofit's last control point at `share` [fraction], as the page makes it. */
function retrofitAt(plan: Plan, share: string): Plan {
  const i = plan.measures.findIndex((m) => m.measure.id === "apartment-retrofit");
  const points = controlPoints(plan, i);
  return editedPlan(plan, { "apartment-retrofit": points.map((pt, k) => (k === points.length - 1 ? { year: pt.year, value: share as never } : pt)) });
}

/** Every cell of the impacts table against impactsView of the library's results for `plan`. */
async function checkImpacts(page: Page, plan: Plan): Promise<void> {
  const last = plan.years[plan.years.length - 1]!;
  const view = impactsView(plan, evaluateScenario(plan), last);
  for (const l of view.lines) {
    const cells = await page.getByTestId(`impacts-${l.measure}`).locator("td").evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(n: string): string | null }).getAttribute("data-value")));
    assert.deepEqual(cells, [l.pm25 ?? "", ...l.deaths.map((d) => d.central), ...l.value], l.measure);
  }
  assert.equal(await page.getByTestId("temperature-end").getAttribute("data-value"), view.temperatureAtEnd?.total);
}

/** The steps, in order: [name, step]. */
export const PANEL_STEPS: readonly (readonly [string, (c: PanelStepContext) => Promise<void>])[] = [
  ["draws the abatement cost curve in the costs panel: one bar per measure the library puts on the curve, for PM2.5 and for CO2e", async (c) => {
    const { page } = c;
    await open(c, "beijing-costs", COSTED);
    const last = COSTED.years[COSTED.years.length - 1]!;
    const costs = scenarioCosts(COSTED, evaluateScenario(COSTED));
    for (const of of ["PM2.5", COSTED.scenario.metrics[0]!]) {
      await page.getByTestId("cost-curve-of").selectOption(of);
      const curve = costCurve(costs, of, last);
      const chart = panelChart(page, "cost-curve").filter({ hasText: `Marginal abatement cost curve: ${of}, ${last}` });
      await chart.waitFor({ timeout: 30_000 });
      // vega names each bar by its fields (aria-label): the measures in the library's order, cheapest first
      const bars = await chart.locator("svg [aria-roledescription='rect mark']").evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(n: string): string | null }).getAttribute("aria-label") ?? ""));
      assert.equal(bars.length, curve.steps.length, of);
      curve.steps.forEach((s, k) => assert.match(bars[k]!, new RegExp(`measure: ${s.measure.slice(0, 20)}`), `${of} step ${k + 1}`));
      assert.ok(curve.steps.length > 0, `${of}: the example's curve has steps`);
      if (of === "PM2.5") {
        await chart.scrollIntoViewIfNeeded();
        await c.shot("11-cost-curve");
      }
    }
  }],

  ["shows the impacts panel of the Ulaanbaatar example: PM2.5, avoided deaths per function side by side, their value and the temperature, as the library computes them, also after a slider moves", async (c) => {
    const { page } = c;
    assert.equal(await page.getByTestId("panel-impacts").count(), 0, "no impacts panel without an impacts section");
    await open(c, "ulaanbaatar-impacts", UB);
    await page.getByTestId("impacts").waitFor({ timeout: 30_000 });
    const headers = await page.getByTestId("impacts").locator("thead tr").nth(1).locator("th").allTextContents();
    assert.deepEqual(headers, ["GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China", "GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China"]);
    await checkImpacts(page, UB);
    await panelChart(page, "avoided-deaths").waitFor({ timeout: 30_000 });
    await panelChart(page, "temperature").waitFor({ timeout: 30_000 });
    await page.getByTestId("panel-impacts").scrollIntoViewIfNeeded();
    await c.shot("12-impacts");
    // apartment retrofit in 2030 from 30% to 60%: the panel follows once the sliders rest
    const before = await page.getByTestId("impacts-all").locator("td").first().getAttribute("data-value");
    const field = page.getByTestId("number-apartment-retrofit-2030");
    await field.fill("60");
    await field.press("Tab");
    await page.waitForFunction((b) => {
      const cell = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> } }).document.querySelectorAll("[data-testid=impacts-all] td")[0];
      return cell !== undefined && cell.getAttribute("data-value") !== b;
    }, before, { timeout: 30_000 });
    const moved = retrofitAt(UB, "0.6");
    await checkImpacts(page, moved);
    assert.ok(Number(await page.getByTestId("impacts-all").locator("td").first().getAttribute("data-value")) > Number(before), "more retrofit, cleaner air");
    await c.shot("13-impacts-moved");
  }],

  ["computes uncertainty ranges on demand with the section's seed: the library's ranges, marked stale when a slider moves, computed again on request", async (c) => {
    const { page } = c;
    assert.equal(await page.getByTestId("panel-uncertainty").count(), 0, "no uncertainty panel without an uncertainty section");
    await open(c, "ulaanbaatar-ranges", UB_RANGES);
    await page.getByTestId("panel-uncertainty").waitFor({ timeout: 30_000 }); // the same scenario name as the step before: wait for the panel
    const last = UB_RANGES.years[UB_RANGES.years.length - 1]!;
    assert.equal(await page.getByTestId("compute-ranges").textContent(), "Compute ranges (100 draws)");
    assert.equal(await page.getByTestId("ranges").count(), 0, "nothing computed before the button");
    const check = async (plan: Plan, impacts: boolean) => {
      const lines = rangeLines(computeRanges(plan, evaluateScenario(plan), { impacts }), last);
      const rows: [string, { point: number; low: number; median: number; high: number }][] = [
        ...lines.emissions.map((l) => [`range-${l.species}-${l.kind}`, l] as [string, typeof l]),
        ...lines.co2e.map((l) => [`range-co2e-${l.what}`, l] as [string, typeof l]),
        ...lines.impacts.map((l) => [`range-${l.kind}-${l.what}`, l] as [string, typeof l]),
      ];
      assert.equal(await page.getByTestId("ranges").locator("tbody tr").count(), rows.length);
      for (const [id, l] of rows) {
        const shown = (await page.getByTestId(id).locator("td.num").evaluateAll((els) => els.map((e) => Number((e as unknown as { getAttribute(n: string): string | null }).getAttribute("data-value"))))) as number[];
        [l.point, l.low, l.median, l.high].forEach((x, k) => assert.ok(Math.abs(shown[k]! - x) <= REL * Math.max(1e-12, Math.abs(x)), `${id} [${k}]: page ${shown[k]}, library ${x}`));
      }
    };
    await page.getByTestId("compute-ranges").click();
    await page.getByTestId("ranges").waitFor({ timeout: 60_000 });
    await check(UB_RANGES, false);
    await panelChart(page, "ranges-fan").waitFor({ timeout: 30_000 });
    await panelChart(page, "ranges-reductions").waitFor({ timeout: 30_000 });
    console.log(`uncertainty ranges in the page: ${await page.getByTestId("ranges-took").textContent()} (emissions only)`);
    await page.getByTestId("panel-uncertainty").scrollIntoViewIfNeeded();
    await c.shot("14-ranges");
    // a slider moves: the ranges stay, marked stale; the button computes them for the new plan
    assert.equal(await page.getByTestId("ranges-stale").count(), 0);
    const field = page.getByTestId("number-apartment-retrofit-2030");
    await field.fill("60");
    await field.press("Tab");
    await page.getByTestId("ranges-stale").waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId("ranges-state").getAttribute("data-stale"), "true");
    await page.getByTestId("panel-uncertainty").evaluate((e) => (e as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: "start" }));
    await c.shot("15-ranges-stale");
    // again, now with the impacts chain (slow: every draw runs it)
    await page.getByTestId("ranges-with-impacts").check();
    await page.getByTestId("compute-ranges").click();
    await page.getByTestId("range-deaths-GEMM-Burnett2018-with-China").waitFor({ timeout: 180_000 });
    assert.equal(await page.getByTestId("ranges-stale").count(), 0);
    await check(retrofitAt(UB_RANGES, "0.6"), true);
    console.log(`uncertainty ranges in the page: ${await page.getByTestId("ranges-took").textContent()} (with the impacts chain)`);
    await page.getByTestId("panel-uncertainty").scrollIntoViewIfNeeded();
    await c.shot("16-ranges-impacts");
    await page.getByRole("button", { name: "Load the Beijing example" }).click();
    await page.getByTestId("scenario-name").filter({ hasText: c.beijing.scenario.name }).waitFor();
    await c.chartsDrawn();
    assert.equal(await page.getByTestId("panel-uncertainty").count(), 0);
  }],
];
