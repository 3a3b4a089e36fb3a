import { type Dec, type Plan, type ScenarioResult, toDec } from "cobenefits";
import { type ImpactsResult, type TemperatureResult, computeImpacts, parseImpactsSection, temperatureResponse } from "cobenefits/impacts";

/** Avoided deaths under one concentration-response function, summed over its endpoints [death/yr]: central, and at the function's lower and upper parameter bounds. */
export interface DeathsCell {
  readonly central: string;
  readonly low: string;
  readonly high: string;
}

/** One measure's (or all measures') line of the impacts panel in a year. */
export interface ImpactsLine {
  /** A measure id, or `all` for the scenario's total. */
  readonly measure: string;
  /** Change of population-weighted annual mean PM2.5 [ug/m3]; positive = cleaner air. */
  readonly pm25: string | undefined;
  /** Avoided deaths per function, in the order of {@link ImpactsView.functions}. */
  readonly deaths: readonly DeathsCell[];
  /** Their value per function [currency/yr], in the same order; empty without a valuation part. */
  readonly value: readonly string[];
}

/** What the impacts panel shows: the library's impacts of the edited plan, narrowed to one year, summed over endpoints. */
export interface ImpactsView {
  readonly year: number;
  /** The concentration-response functions, as the scenario names them (side by side). */
  readonly functions: readonly string[];
  /** One line per measure the exposure step gives, then `all`. */
  readonly lines: readonly ImpactsLine[];
  /** The valuation's currency and price year, when the section values the deaths. */
  readonly money: { readonly currency: string; readonly priceYear: number } | undefined;
  /** The library's results, unchanged (for the charts). */
  readonly impacts: ImpactsResult;
  /** The temperature response, when the section has `climate`. */
  readonly temperature: TemperatureResult | undefined;
  /** The temperature change of all measures in the last year of the response, per species group [K]. */
  readonly temperatureAtEnd: { readonly year: number; readonly groups: readonly { readonly group: string; readonly change: string }[]; readonly total: string } | undefined;
}

/** Whether the scenario has an `impacts` section (the panel applies). */
export const hasImpacts = (plan: Plan): boolean => plan.scenario.impacts !== undefined;

const sum = (xs: readonly string[]): string => xs.reduce<Dec>((s, x) => s.plus(x), toDec("0")).toString();

/**
 * The impacts panel's numbers: `computeImpacts` and `temperatureResponse` of `cobenefits/impacts`
 * (intake fractions and source-receptor coefficients, the named concentration-response functions,
 * benefit transfer of a VSL, the named climate response; see docs/impacts.md) on the exact result
 * of the edited plan. In one year, the avoided deaths (and their value) of each measure and
 * function are summed over the endpoints, exactly (decimal strings); `all` sums the measures.
 *
 * @param plan - the edited plan (its `impacts` section as written in the file)
 * @param exact - `evaluateScenario(plan)`
 * @param year - a year of the plan
 * @param computed - the impacts when already computed (tests pass them to compare)
 */
export function impactsView(plan: Plan, exact: ScenarioResult, year: number, computed?: { impacts: ImpactsResult; temperature: TemperatureResult | undefined }): ImpactsView {
  const section = parseImpactsSection(plan.scenario.impacts);
  const impacts = computed?.impacts ?? computeImpacts(exact, section, plan.scenario.factors?.userCitations ?? []);
  const temperature = computed?.temperature ?? (section.climate === undefined ? undefined : temperatureResponse(exact, section.climate));
  const health = (impacts.health?.rows ?? []).filter((r) => r.year === year);
  const valued = (impacts.valuation?.rows ?? []).filter((r) => r.year === year);
  const exposure = (impacts.exposure?.rows ?? []).filter((r) => r.year === year);
  const functions = [...new Set((impacts.health?.rows ?? []).map((r) => r.function))];
  const measures = [...new Set([...exposure.map((r) => r.measure), ...health.map((r) => r.measure)])];
  const line = (measure: string): ImpactsLine => {
    const mine = (m: string) => measure === "all" || m === measure;
    const pm = exposure.filter((r) => mine(r.measure));
    return {
      measure,
      pm25: impacts.exposure === undefined ? undefined : sum(pm.map((r) => r.total)),
      deaths: functions.map((f) => {
        const rows = health.filter((r) => r.function === f && mine(r.measure));
        return { central: sum(rows.map((r) => r.avoidedDeaths)), low: sum(rows.map((r) => r.avoidedDeathsLow)), high: sum(rows.map((r) => r.avoidedDeathsHigh)) };
      }),
      value: impacts.valuation === undefined ? [] : functions.map((f) => sum(valued.filter((r) => r.function === f && mine(r.measure)).map((r) => r.value))),
    };
  };
  const lastYear = temperature?.years[temperature.years.length - 1];
  const ends = temperature === undefined ? [] : temperature.groups.filter((g) => g.measure === "all" && g.year === lastYear);
  return {
    year,
    functions,
    lines: [...measures.map(line), line("all")],
    money: impacts.valuation === undefined ? undefined : { currency: impacts.valuation.currency, priceYear: impacts.valuation.priceYear },
    impacts,
    temperature,
    temperatureAtEnd: lastYear === undefined ? undefined : { year: lastYear, groups: ends.map((g) => ({ group: g.group, change: g.temperatureChange })), total: sum(ends.map((g) => g.temperatureChange)) },
  };
}
