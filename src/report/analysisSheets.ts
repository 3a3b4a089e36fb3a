import type { ScenarioCosts } from "../costs/scenarioCosts.js";
import type { TemperatureResult } from "../impacts/climate/temperatureResponse.js";
import type { ImpactsResult } from "../impacts/computeImpacts.js";
import type { ReportLabels } from "./labels.js";
import { significantNumber } from "./significantNumber.js";
import type { UncertaintyTableRow } from "./uncertaintyTable.js";
import type { WorkbookCell, WorkbookSheet } from "./workbookSheets.js";

/**
 * The results of the analysis sections a workbook may show beside the emissions: each present
 * when the scenario has the section (costs, impacts, `impacts.climate`) or the run made draws.
 * @category Report
 */
export interface AnalysisTables {
  /** From `scenarioCosts` (`cobenefits/costs`). */
  readonly costs?: ScenarioCosts | undefined;
  /** From `computeImpacts` (`cobenefits/impacts`). */
  readonly impacts?: ImpactsResult | undefined;
  /** From `temperatureResponse` (`cobenefits/impacts`). */
  readonly temperature?: TemperatureResult | undefined;
  /** From `uncertaintyTable` (`cobenefits/uncertainty`). */
  readonly uncertainty?: readonly UncertaintyTableRow[] | undefined;
}

const num = (v: string | null | undefined): WorkbookCell => (v === null || v === undefined ? null : significantNumber(v));
const float = (v: number | null): WorkbookCell => (v === null ? null : significantNumber(String(v)));
const list = (v: readonly string[] | undefined): WorkbookCell => (v === undefined || v.length === 0 ? null : v.join(", "));

/**
 * The workbook sheets of the analysis sections, in the language of `labels`: costs (annual costs
 * per measure, year and perspective), their NPVs, the cost per tonne avoided, health (avoided
 * deaths per year, measure, function and endpoint), valuation, temperature (per year, measure and
 * species group) and uncertainty (the percentiles of every figure over the draws). Sheet names,
 * headers, perspectives, statuses, `all` and the species group `aerosols and precursors` are in
 * words; measure ids, function names, endpoint codes (`ihd`, `stroke` ...), species, metrics,
 * currencies and the extra figures' names stay as the CSV files have them. Numbers are
 * rounded to four significant digits (`SIGNIFICANT_DIGITS`); the CSV and JSON files keep the exact
 * decimals (float64 for the draws).
 *
 * @param tables - the sections' results; an absent one gives no sheet
 * @param labels - the words of the sheets (`reportLabels(lang)`)
 * @returns the sheets, in the order costs, costs NPV, cost per tonne, health, valuation, temperature, uncertainty
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { scenarioCosts } from "cobenefits/costs";
 * import { reportLabels } from "cobenefits/report";
 * import { analysisSheets } from "./analysisSheets.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
 *   costs: { currency: "CNY", priceYear: 2020, discountRate: "0.05", measures: [{ measure: "fgd", paidBy: "enterprise", variableOM: { value: "81", unit: "CNY/TJ" } }] } });
 * const sheets = analysisSheets({ costs: scenarioCosts(plan, evaluateScenario(plan)) }, reportLabels("zh"));
 * sheets.map((s) => s.name); // ["成本", "成本净现值", "单位减排成本"]
 * sheets[2]?.rows[0]; // ["fgd", 2030, "社会", "SO2", 8100, 81, 100, "有效"]
 * ```
 * @category Report
 */
export function analysisSheets(tables: AnalysisTables, labels: ReportLabels): WorkbookSheet[] {
  const c = labels.columns;
  const sheets: WorkbookSheet[] = [];
  const k = tables.costs;
  if (k !== undefined) {
    const w = labels.costs;
    const money = w.unit(k.currency, k.priceYear);
    sheets.push({
      name: labels.sheets.costs,
      header: [c.measure, c.year, w.columns.perspective, ...[w.columns.investment, w.columns.fixedOM, w.columns.variableOM, c.fuel, w.columns.subsidies, w.columns.total].map((h) => `${h} [${money}/yr]`), w.columns.unpricedFuels],
      rows: k.annual.map((r) => [r.measure, r.year, w.perspective(r.perspective), num(r.investment), num(r.fixedOM), num(r.variableOM), num(r.fuel), num(r.subsidies), num(r.total), list(r.unpricedFuels)]),
    }, {
      name: labels.sheets.costsNpv,
      header: [c.measure, w.columns.perspective, `${w.columns.npv} [${money}]`, w.columns.npvYear, c.years, w.columns.discountRate],
      rows: k.npv.map((r) => [r.measure, w.perspective(r.perspective), num(r.npv), r.npvYear, `${r.firstYear}-${r.lastYear}`, num(k.discountRate)]),
    }, {
      name: labels.sheets.costPerTonne,
      header: [c.measure, c.year, w.columns.perspective, w.columns.of, `${w.columns.cost} [${money}/yr]`, `${c.reduction} [t/yr]`, `${w.columns.costPerTonne} [${k.currency}/t]`, w.columns.status],
      rows: k.perTonne.map((r) => [r.measure, r.year, w.perspective(r.perspective), r.kind === "co2e" ? `CO2e ${r.of}` : r.of, num(r.cost), num(r.reduction), num(r.costPerTonne), w.status(r.status)]),
    });
  }
  const { health, valuation } = tables.impacts ?? {};
  const h = labels.impacts.columns;
  if (health !== undefined) {
    sheets.push({
      name: labels.sheets.health,
      header: [c.year, c.measure, h.function, h.endpoint, h.pm25Reduction, h.avoidedDeaths, `${h.low} [death/yr]`, `${h.high} [death/yr]`],
      rows: health.rows.map((r) => [r.year, r.measure, r.function, r.endpoint, num(r.concentrationReduction), num(r.avoidedDeaths), num(r.avoidedDeathsLow), num(r.avoidedDeathsHigh)]),
    });
  }
  if (valuation !== undefined) {
    const money = `${valuation.currency} ${valuation.priceYear}`;
    sheets.push({
      name: labels.sheets.valuation,
      header: [c.year, c.measure, h.function, `${h.vsl} [${money}]`, h.avoidedDeaths, `${h.value} [${money}/yr]`, `${h.valueVsly} [${money}/yr]`, `${labels.costs.columns.cost} [${money}/yr]`, h.benefitCostRatio, labels.costs.columns.unpricedFuels],
      rows: valuation.rows.map((r) => [r.year, r.measure, r.function, num(r.vsl), num(r.avoidedDeaths), num(r.value), num(r.valueVsly), num(r.cost), num(r.benefitCostRatio), list(r.costUnpricedFuels)]),
    });
  }
  const t = tables.temperature;
  if (t !== undefined) {
    const w = labels.temperature;
    sheets.push({
      name: labels.sheets.temperature,
      header: [c.year, c.measure, w.columns.speciesGroup, w.columns.temperatureChange],
      rows: t.groups.map((g) => [g.year, g.measure === "all" ? w.all : g.measure, w.group(g.group), num(g.temperatureChange)]),
    });
  }
  const u = tables.uncertainty;
  if (u !== undefined) {
    const w = labels.uncertainty.columns;
    const quantities: Readonly<Record<string, string>> = { baseline: c.baseline, scenario: c.scenario, reduction: c.reduction, shapley: c.shapley };
    const kinds: Readonly<Record<string, string>> = { emissions: labels.sheets.emissions, total: labels.costs.columns.total, share: c.shapley, co2e: "CO2e", co2eShare: `CO2e ${c.shapley}`, costPerTonne: labels.costs.columns.costPerTonne };
    const quantity = (r: UncertaintyTableRow) => (r.kind === "costPerTonne" ? labels.costs.perspective(r.quantity) : Object.hasOwn(quantities, r.quantity) ? quantities[r.quantity]! : r.quantity);
    const scope = (s: string | null) => (s === "all" ? labels.temperature.all : s !== null && Object.hasOwn(labels.scopesShort, s) ? labels.scopesShort[s as keyof ReportLabels["scopesShort"]] : s);
    sheets.push({
      name: labels.sheets.uncertainty,
      header: [w.kind, c.year, c.sector, c.scope, c.measure, c.species, c.metric, w.quantity, c.unit, w.point, w.mean, w.sd, `${h.low} (p2.5)`, `${h.median} (p50)`, `${h.high} (p97.5)`],
      rows: u.map((r) => [Object.hasOwn(kinds, r.kind) ? kinds[r.kind]! : r.kind, r.year, r.sector, scope(r.scope), r.measure, r.species, r.metric, quantity(r), r.unit, float(r.point), float(r.mean), float(r.sd), float(r.p2_5), float(r.p50), float(r.p97_5)]),
    });
  }
  return sheets;
}
