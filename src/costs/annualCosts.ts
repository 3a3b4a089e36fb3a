import { evaluateSchedule } from "../activity/schedule.js";
import { InvalidInputError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { type EnergyBalance, energyBalance } from "../scenario/evaluate/energyBalance.js";
import type { Plan } from "../scenario/plan.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { conversionFactor } from "../units/units.js";
import { COST_PLACES, capitalRecoveryFactor } from "./capitalRecoveryFactor.js";
import { type CostValue, type CostsSection, type MeasureCost, type Payer, currencyFactor } from "./costsSection.js";
import { measureQuantity } from "./measureQuantity.js";

/**
 * Whose costs a row counts: `society` (every payer together: subsidies are transfers and cancel)
 * or one payer (after the subsidies it receives or pays).
 * @category Costs
 */
export type Perspective = "society" | Payer;

/**
 * One measure's annual cost in one year from one perspective, in the section's currency at its
 * price year [currency/yr], exact decimal strings rounded half-even to {@link COST_PLACES}:
 * total = investment + fixedOM + variableOM + fuel + subsidies. For `society`, `subsidies` is 0;
 * for a payer, the cost components are its own (all of them for the measure's `paidBy`, none for
 * a payer of subsidies only) and `subsidies` is what it pays out minus what it receives. The
 * totals of the payers add up exactly to society's.
 * @category Costs
 */
export interface AnnualCostRow {
  readonly year: number;
  readonly measure: string;
  readonly perspective: Perspective;
  /** Annualised investment: units in service x investment per unit x the capital recovery factor. */
  readonly investment: DecimalString;
  readonly fixedOM: DecimalString;
  readonly variableOM: DecimalString;
  /** Fuel and electricity added minus saved, priced: positive when the measure adds fuel costs. */
  readonly fuel: DecimalString;
  /** Subsidies paid minus received (0 for society). */
  readonly subsidies: DecimalString;
  readonly total: DecimalString;
  /** Fuels the measure changes this year that the section leaves unpriced (`unpricedFuels`): their change is not in `fuel`, so the cost is incomplete. Empty when complete. */
  readonly unpricedFuels: readonly string[];
}

const round = (d: Dec) => d.toDecimalPlaces(COST_PLACES, Dec.ROUND_HALF_EVEN);
type Path = readonly (string | number)[];

/** The currency-per-unit value of a cost row in the section's currency, and its denominator unit (without `/yr`). */
function perUnit(section: CostsSection, v: CostValue, perYear: boolean): { readonly value: Dec; readonly per: string } {
  const [currency, ...rest] = v.unit.split("/");
  const per = perYear ? rest.slice(0, -1).join("/") : rest.join("/");
  return { value: new Dec(v.value).times(currencyFactor(section, currency!, v.priceYear ?? section.priceYear)!), per };
}

/** A fuel's price per year in the section's currency, per unit of `per`. */
interface Price { readonly per: string; readonly byYear: readonly Dec[]; readonly index: number }

function pricesOf(plan: Plan, section: CostsSection): Map<string, Price> {
  return new Map((section.prices ?? []).map((p, index) => {
    const [currency, ...rest] = p.unit.split("/");
    const f = currencyFactor(section, currency!, p.priceYear ?? section.priceYear)!;
    return [p.fuel, { per: rest.join("/"), byYear: plan.years.map((y) => evaluateSchedule(p.value, y).times(f)), index }];
  }));
}

/** Fuel amounts of a balance row in a price's unit: the row's unit when convertible, else its GJ. */
function inPriceUnit(amount: DecimalString, amountGJ: DecimalString | null, unit: string, per: string): Dec | undefined {
  try {
    return new Dec(amount).times(conversionFactor(unit, per));
  } catch {
    if (amountGJ === null) return undefined;
    try {
      return new Dec(amountGJ).times(conversionFactor("GJ", per));
    } catch {
      return undefined;
    }
  }
}

/**
 * Annual costs of the measures a costs section prices, in every year of the plan and from every
 * perspective (society, the measure's payer, the payers of its subsidies), following the GAINS
 * cost convention: annual cost = annualised investment + fixed O&M + variable O&M + the fuel and
 * electricity it adds - what it saves.
 *
 * Method: with q the units a measure has in service in year y (per unit of stock, or the annual
 * activity it treats: see {@link measureQuantity}) and a its activity treated, investment_y = q x
 * I x r(1+r)^n/((1+r)^n - 1) (I per unit, r the discount rate, n the cost row's lifetime, else the
 * measure's; GAINS documentation, "Costs", gains.docs.iiasa.ac.at/model/core/cost.html); fixedOM_y
 * = q x F; variableOM_y = a x V; fuel_y = sum over the fuels the measure changes of (added -
 * saved) x price_y, with added and saved the measure's Shapley share of the energy balance
 * ({@link cobenefits!energyBalance}), converted to the price's unit (through GJ where the units differ
 * in dimension); a fuel the section lists in `unpricedFuels` is left out and named in the row's
 * `unpricedFuels` (the cost is then incomplete). Subsidies move amounts between payers. Each component is rounded half-even to
 * {@link COST_PLACES} decimals; totals and perspectives are exact sums of the rounded components.
 *
 * @param plan - a compiled plan (after {@link cobenefits!withPenetrations} for other penetrations)
 * @param section - a validated costs section ({@link parseCostsSection})
 * @param path - where the section is in the scenario, for errors (default `["costs"]`)
 * @param balance - the plan's energy balance, when already computed
 * @returns rows by measure (in the section's order), year, then perspective (society first) [currency/yr]
 * @throws {@link cobenefits!InvalidInputError} (every problem found, each at its path under `path`) for
 *   a cost row naming no measure of the scenario, no lifetime, a fuel the measures change that has
 *   no price, a price or cost unit that cannot be converted to what it prices
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { annualCosts } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } }] });
 * const rows = annualCosts(plan, { currency: "CNY", priceYear: 2020, discountRate: "0.1",
 *   measures: [{ measure: "fgd", paidBy: "enterprise", lifetime: 2, investment: { value: "2100", unit: "CNY/TJ" }, variableOM: { value: "10", unit: "CNY/TJ" } }] });
 * // 50 TJ/yr treated; 2100 x 50 x 0.121/0.21 = 60500; 10 x 50 = 500
 * rows.map((r) => [r.perspective, r.investment, r.variableOM, r.total, r.unpricedFuels]); // [["society", "60500", "500", "61000", []], ["enterprise", "60500", "500", "61000", []]]
 * ```
 * @category Costs
 */
export function annualCosts(plan: Plan, section: CostsSection, path: readonly (string | number)[] = ["costs"], balance?: EnergyBalance): AnnualCostRow[] {
  const ids = plan.measures.map((m) => m.measure.id);
  const issues: { path: (string | number)[]; message: string }[] = [];
  const fail = (at: Path, message: string) => issues.push({ path: [...path, ...at], message });
  section.measures.forEach((c, i) => {
    if (!ids.includes(c.measure)) fail(["measures", i, "measure"], `no measure "${c.measure}" in the scenario; nearest ids: ${nearestStrings(c.measure, ids, 3).join(", ")}`);
    else if (c.lifetime === undefined && (c.investment !== undefined) && plan.measures[ids.indexOf(c.measure)]!.measure.lifetime === undefined) {
      fail(["measures", i, "lifetime"], `measure "${c.measure}" has an investment but no lifetime to annualise it over: give lifetime here or on the measure`);
    }
  });
  if (issues.length > 0) throw new InvalidInputError("costs", issues);
  const eb = balance ?? energyBalance(plan);
  const prices = pricesOf(plan, section);
  const rows: AnnualCostRow[] = [];
  const collected: InvalidInputError[] = [];
  section.measures.forEach((c, i) => {
    try {
      rows.push(...measureRows(plan, section, c, ids.indexOf(c.measure), eb, prices, [...path, "measures", i], path));
    } catch (e) {
      if (e instanceof InvalidInputError) collected.push(e);
      else throw e;
    }
  });
  if (collected.length > 0) throw new InvalidInputError("costs", collected.flatMap((e) => e.issues));
  return rows;
}

/** The rows of one measure's costs. */
function measureRows(plan: Plan, section: CostsSection, c: MeasureCost, mi: number, eb: EnergyBalance, prices: Map<string, Price>, at: Path, sectionPath: Path): AnnualCostRow[] {
  const Y = plan.years.length;
  const zeros = () => plan.years.map(() => new Dec(0));
  const lifetime = c.lifetime ?? plan.measures[mi]!.measure.lifetime;
  const crf = lifetime === undefined ? new Dec(0) : capitalRecoveryFactor(section.discountRate, lifetime);
  /** Amount per year of a cost row: its value x the measure's quantity in its unit. */
  const amount = (v: CostValue | undefined, perYear: boolean, rowPath: Path): Dec[] => {
    if (v === undefined) return zeros();
    const { value, per } = perUnit(section, v, perYear);
    return measureQuantity(plan, mi, per, [...rowPath, "unit"]).map((q) => q.times(value));
  };
  const investmentRaw = amount(c.investment, false, [...at, "investment"]);
  const investment = investmentRaw.map((x) => round(x.times(crf)));
  const fixedOM = amount(c.fixedOM, true, [...at, "fixedOM"]).map(round);
  const variableOM = amount(c.variableOM, false, [...at, "variableOM"]).map(round);
  // Fuel: the measure's shares of the balance, priced.
  const fuelRaw = zeros();
  const yearIndex = new Map(plan.years.map((y, yi) => [y, yi]));
  const ownRows = eb.attribution.filter((a) => a.measure === c.measure && !new Dec(a.reduction).isZero());
  const unpriced = new Set<string>();
  const leftUnpriced = plan.years.map(() => new Set<string>());
  const declaredUnpriced = new Set((section.unpricedFuels ?? []).map((u) => u.fuel));
  for (const a of ownRows) {
    const yi = yearIndex.get(a.year)!;
    const price = prices.get(a.fuel);
    if (price === undefined) {
      if (declaredUnpriced.has(a.fuel)) leftUnpriced[yi]!.add(a.fuel);
      else unpriced.add(a.fuel);
      continue;
    }
    const change = inPriceUnit(a.reduction, a.reductionGJ, a.unit, price.per);
    if (change === undefined) {
      throw new InvalidInputError("costs", [{ path: [...sectionPath, "prices", price.index, "unit"], message: `the price of ${a.fuel} is per ${price.per}, but measure "${c.measure}" changes ${a.fuel} of "${a.activityId}" in ${a.unit}${a.reductionGJ === null ? " with no energy content" : ""}, which cannot be converted to ${price.per}` }]);
    }
    fuelRaw[yi] = fuelRaw[yi]!.minus(change.times(price.byYear[yi]!));
  }
  if (unpriced.size > 0) {
    throw new InvalidInputError("costs", [{ path: [...sectionPath, "prices"], message: `measure "${c.measure}" changes the use of ${[...unpriced].map((f) => `"${f}"`).join(", ")}, which has no price: add a price per year for it (e.g. { fuel: ${[...unpriced][0]}, unit: ${section.currency}/GJ, value: { kind: constant, value: "..." }, source: ... }), or list it in unpricedFuels with the reason, and the costs say they leave it out` }]);
  }
  const fuel = fuelRaw.map(round);
  // Subsidies per payer (what each pays out), all received by the measure's payer.
  const paidOut = new Map<Payer, Dec[]>();
  (c.subsidies ?? []).forEach((s, j) => {
    const sp = [...at, "subsidies", j];
    let values: Dec[];
    if (s.share !== undefined) {
      const base = s.on === "investment" ? investment : s.on === "fixedOM" ? fixedOM : variableOM;
      values = base.map((b) => round(b.times(s.share!)));
    } else if (s.on === "fuel") {
      const { value, per } = perUnit(section, s.amount!, false);
      const raw = zeros();
      for (const a of ownRows) {
        if (a.fuel !== s.fuel || !new Dec(a.reduction).lt(0)) continue;
        const added = inPriceUnit(a.reduction, a.reductionGJ, a.unit, per);
        if (added === undefined) throw new InvalidInputError("costs", [{ path: [...sp, "amount", "unit"], message: `a subsidy per ${per} of ${a.fuel} cannot be applied to the ${a.fuel} measure "${c.measure}" adds to "${a.activityId}" in ${a.unit}: state it per ${a.unit}` }]);
        const yi = yearIndex.get(a.year)!;
        raw[yi] = raw[yi]!.minus(added.times(value));
      }
      values = raw.map(round);
    } else {
      const raw = amount(s.amount, s.on === "fixedOM", [...sp, "amount"]);
      values = raw.map((x) => round(s.on === "investment" ? x.times(crf) : x));
    }
    const prev = paidOut.get(s.payer) ?? zeros();
    paidOut.set(s.payer, prev.map((p, yi) => p.plus(values[yi]!)));
  });
  const received = zeros().map((_, yi) => [...paidOut.values()].reduce((s, v) => s.plus(v[yi]!), new Dec(0)));
  const payers = [c.paidBy, ...[...paidOut.keys()].filter((p) => p !== c.paidBy)];
  const rows: AnnualCostRow[] = [];
  for (let yi = 0; yi < Y; yi++) {
    const year = plan.years[yi]!;
    const parts = [investment[yi]!, fixedOM[yi]!, variableOM[yi]!, fuel[yi]!];
    const sum = parts.reduce((s, x) => s.plus(x), new Dec(0));
    const row = (perspective: Perspective, own: boolean, subsidies: Dec): AnnualCostRow => ({
      year, measure: c.measure, perspective,
      investment: (own ? parts[0]! : new Dec(0)).toString(), fixedOM: (own ? parts[1]! : new Dec(0)).toString(),
      variableOM: (own ? parts[2]! : new Dec(0)).toString(), fuel: (own ? parts[3]! : new Dec(0)).toString(),
      subsidies: subsidies.toString(), total: (own ? sum : new Dec(0)).plus(subsidies).toString(), unpricedFuels: [...leftUnpriced[yi]!],
    });
    rows.push(row("society", true, new Dec(0)));
    for (const p of payers) {
      const out = paidOut.get(p)?.[yi] ?? new Dec(0);
      rows.push(row(p, p === c.paidBy, p === c.paidBy ? out.minus(received[yi]!) : out));
    }
  }
  return rows;
}
