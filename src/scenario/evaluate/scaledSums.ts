import { Dec } from "../../units/decimal.js";
import { type LineagePlan, type Plan, type TemplatePlan, coefAt } from "../plan.js";
import type { EmissionGroups } from "./emissionGroups.js";
import { type AttributionOptions, EMISSION_PLACES, SHAPLEY_EXACT_PER_ROW, type ScenarioSums, type Shares } from "./scenarioSums.js";
import { fromScaledInteger, toScaledInteger } from "../../attribution/scaledIntegers.js";
import { SHAPLEY_EXACT_MAX_MEASURES } from "../../attribution/shapleyExact.js";
import { shapleyIntegerWeights } from "../../attribution/shapleyWeights.js";

/**
 * The exact kernel of {@link evaluateScenario}: every coalition value of every activity row as a
 * scaled integer (bigint), one table per row, year, (sector, scope) group and species, shared by
 * the standalone, sequential and Shapley shares.
 *
 * Values. An emission is amount x share x (conversion x coefficient) x the blended factors
 * 1 - p + p x f of the modifiers in the mask. The inputs are decimals, read exactly as integers
 * times a power of ten. The part before the modifiers is held to 40 decimals of a tonne
 * (`VALUE_PLACES`), each blended factor to 40 decimals (`PRODUCT_PLACES`), products truncated
 * there: every value carries an error below about 1e-38 of its bound. It is rounded half-even to
 * {@link EMISSION_PLACES} (24) decimals, as the decimal path rounds its 40-significant-digit
 * value. The two roundings agree unless the value lies within 1e-36 of its bound of a rounding
 * tie (half a unit in the 24th place); then that one value is computed the decimal way (the
 * chain of {@link lineageEmissions}), so the result is the decimal path's to the last digit.
 *
 * Range. The kernel covers plans whose inputs have at most 100 decimals and magnitudes below
 * 1e30, whose emission bound per year and species, summed over rows, is below 1e14 t (so that the
 * decimal path's 40-digit sums of 24-decimal values are exact too), and whose rows' Shapley
 * shares are exact (at most `exactUpTo` and 20 measures per row); for any other plan it returns
 * undefined and {@link evaluateScenario} takes the decimal path ({@link decimalSums}).
 * @internal
 */
export function scaledSums(plan: Plan, grouping: EmissionGroups, options: AttributionOptions = {}): ScenarioSums | undefined {
  const exactUpTo = options.exactUpTo ?? SHAPLEY_EXACT_PER_ROW;
  if (!plan.lineages.every((l) => l.measures.length <= exactUpTo && l.measures.length <= SHAPLEY_EXACT_MAX_MEASURES)) return undefined;
  const reader = new Reader();
  const bounds = boundsOf(plan, reader);
  if (bounds === undefined) return undefined;
  return sums(plan, grouping, reader, bounds, options);
}

const VALUE_PLACES = 40;
const PRODUCT_PLACES = 40;
/** Bound of the emissions of a year and species, summed over rows, up to which the kernel is used [t]. */
const RANGE = 1e14;
const MAX_INPUT_PLACES = 100;
const MAX_INPUT_EXPONENT = 30;

const powers: bigint[] = [1n];
const p10 = (k: number): bigint => {
  while (powers.length <= k) powers.push(powers[powers.length - 1]! * 10n);
  return powers[k]!;
};
/** m x 10^-e at `places` decimals, truncated toward zero. */
const atPlaces = (m: bigint, e: number, places: number): bigint => (e <= places ? m * p10(places - e) : m / p10(e - places));
const PRODUCT_ONE = p10(PRODUCT_PLACES);
/** A value at VALUE_PLACES + PRODUCT_PLACES decimals over one at EMISSION_PLACES. */
const DIVISOR = p10(VALUE_PLACES + PRODUCT_PLACES - EMISSION_PLACES);
const HALF = DIVISOR / 2n;
const ROUND_TO_EMISSION = (d: Dec) => d.toDecimalPlaces(EMISSION_PLACES, Dec.ROUND_HALF_EVEN);

/** Decimals read once each as exact integers (m x 10^-e) and as floats, or refused when out of range. */
class Reader {
  private readonly exact = new Map<Dec, readonly [bigint, number]>();
  private readonly floats = new Map<Dec, number>();
  private readonly blends = new Map<Dec, Map<Dec, bigint>>();
  inRange(d: Dec): boolean {
    return d.isZero() || (d.decimalPlaces() <= MAX_INPUT_PLACES && d.e < MAX_INPUT_EXPONENT);
  }
  scaled(d: Dec): readonly [bigint, number] {
    let x = this.exact.get(d);
    if (x === undefined) {
      const e = d.decimalPlaces();
      x = [BigInt(d.toFixed(e).replace(".", "")), e];
      this.exact.set(d, x);
    }
    return x;
  }
  float(d: Dec): number {
    let x = this.floats.get(d);
    if (x === undefined) {
      x = Math.abs(d.toNumber());
      this.floats.set(d, x);
    }
    return x;
  }
  /** 1 - p + p x f at PRODUCT_PLACES decimals (truncated). */
  blend(p: Dec, f: Dec): bigint {
    let byF = this.blends.get(p);
    if (byF === undefined) this.blends.set(p, (byF = new Map()));
    let b = byF.get(f);
    if (b === undefined) {
      const [mp, ep] = this.scaled(p);
      const [mf, ef] = this.scaled(f);
      b = atPlaces(p10(ep + ef) - mp * p10(ef) + mp * mf, ep + ef, PRODUCT_PLACES);
      byF.set(f, b);
    }
    return b;
  }
}

/**
 * Per row, year, template and species in loop order, the tie window (in units of
 * 10^-(VALUE_PLACES + PRODUCT_PLACES) t) within which a value is computed the decimal way; or
 * undefined when the plan is beyond the kernel's range.
 */
function boundsOf(plan: Plan, reader: Reader): Float64Array | undefined {
  const S = plan.species.length;
  const Y = plan.years.length;
  const perYear = new Float64Array(Y * S);
  const out: number[] = [];
  const decs = (ds: readonly Dec[]) => ds.every((d) => reader.inRange(d));
  if (!plan.measures.every((m) => decs(m.penetration))) return undefined;
  for (const l of plan.lineages) {
    if (!decs(l.amounts)) return undefined;
    for (const t of l.templates) if (!reader.inRange(t.conversion) || !t.coef.every((c) => c === null || reader.inRange(c)) || !(t.coefByYear ?? []).every((cs) => cs === null || cs.every((c) => reader.inRange(c))) || !t.modifiers.every((m) => decs(m.factors))) return undefined;
    for (let yi = 0; yi < Y; yi++) {
      const amount = reader.float(l.amounts[yi]!);
      for (const t of l.templates) {
        const conversion = reader.float(t.conversion);
        for (let si = 0; si < S; si++) {
          const c = coefAt(t, si, yi);
          if (c === null || c === undefined) continue;
          let blends = 1;
          for (const m of t.modifiers) blends *= 1 + reader.float(plan.measures[l.measures[m.local]!]!.penetration[yi]!) * reader.float(m.factors[si]!);
          const bound = amount * conversion * reader.float(c) * blends;
          perYear[yi * S + si] = (perYear[yi * S + si] as number) + bound;
          // Decimal rounding (40 digits, up to 4 + 4n operations) and this kernel's truncations, with a wide margin.
          out.push(bound * 1e44 + (bound + 1) * blends * 1e42 + 1e3);
        }
      }
    }
  }
  return perYear.every((b) => b < RANGE) ? Float64Array.from(out) : undefined;
}

function sums(plan: Plan, grouping: EmissionGroups, reader: Reader, windows: Float64Array, options: AttributionOptions): ScenarioSums {
  const S = plan.species.length;
  const Y = plan.years.length;
  const M = plan.measures.length;
  const G = grouping.groups.length;
  const baseline = new Array<bigint>(Y * G * S).fill(0n);
  const scenario = new Array<bigint>(Y * G * S).fill(0n);
  const shares = new Array<bigint>(Y * M * S * 3).fill(0n);
  const byGroup = new Map<string, { yi: number; mi: number; g: number; shares: bigint[] }>();
  const maxMasks = 2 ** Math.max(0, ...plan.lineages.map((l) => l.measures.length));
  const product = new Array<bigint>(maxMasks).fill(0n);
  const value = new Array<bigint>(maxMasks).fill(0n);
  const bases = new Array<bigint | undefined>(maxMasks);
  let window = 0;

  for (const [li, l] of plan.lineages.entries()) {
    if (li > 0) options.onProgress?.(li, plan.lineages.length);
    const n = l.measures.length;
    const masks = 2 ** n;
    const full = masks - 1;
    const movingBits = l.moving.reduce((bits, k) => bits | (1 << k), 0);
    const templateGroup = grouping.templateGroups[li]!;
    const rowGroups = [...new Set(templateGroup)];
    const localGroupOf = Array.from(templateGroup, (g) => rowGroups.indexOf(g));
    const totals = new Array<bigint>(rowGroups.length * S * masks);
    for (let yi = 0; yi < Y; yi++) {
      totals.fill(0n);
      const penDec = (k: number) => plan.measures[l.measures[k]!]!.penetration[yi]!;
      const pens = Array.from({ length: n }, (_, k) => reader.scaled(penDec(k)));
      const [ma, ea] = reader.scaled(l.amounts[yi]!);
      // The baseline share left by the moving measures of a mask, exactly: 1 - sum of their penetrations, at `shareE` decimals.
      const shareE = Math.max(0, ...l.moving.map((k) => pens[k]![1]));
      const remainder = (mask: number): bigint => l.moving.reduce((r, k) => ((mask >> k) & 1 ? r - pens[k]![0] * p10(shareE - pens[k]![1]) : r), p10(shareE));
      for (const [ti, t] of l.templates.entries()) {
        const g = templateGroup[ti]!;
        const lg = localGroupOf[ti]!;
        const [mc, ec] = reader.scaled(t.conversion);
        const modifierOf = new Array<TemplatePlan["modifiers"][number] | undefined>(n);
        for (const m of t.modifiers) modifierOf[m.local] = m;
        const by = t.createdBy;
        for (let si = 0; si < S; si++) {
          const c = coefAt(t, si, yi);
          if (c === null || c === undefined) continue;
          const tie = BigInt(Math.ceil(windows[window++]!));
          const [mk, ek] = reader.scaled(c);
          const scaleM = ma * mc * mk;
          const scaleE = ea + ec + ek;
          if (scaleM === 0n) continue;
          const blends = Array.from(modifierOf, (m, k) => (m === undefined ? PRODUCT_ONE : reader.blend(penDec(k), m.factors[si]!)));
          bases.fill(undefined, 0, masks);
          const base = (mask: number): bigint => {
            const key = by < 0 ? mask & movingBits : 0;
            let b = bases[key];
            if (b === undefined) {
              b = by < 0 ? atPlaces(scaleM * remainder(key), scaleE + shareE, VALUE_PLACES) : atPlaces(scaleM * pens[by]![0], scaleE + pens[by]![1], VALUE_PLACES);
              bases[key] = b;
            }
            return b;
          };
          const round = (mask: number): bigint => {
            const v = base(mask) * (product[mask] as bigint);
            const q = v / DIVISOR;
            const r = v - q * DIVISOR;
            const a = r < 0n ? -r : r;
            if (a < HALF - tie) return q;
            if (a > HALF + tie) return v < 0n ? q - 1n : q + 1n;
            return toScaledInteger(decimalEmission(plan, l, t, mask, yi, si), EMISSION_PLACES);
          };
          const cells = (lg * S + si) * masks;
          product[0] = PRODUCT_ONE;
          value[0] = by < 0 ? round(0) : 0n;
          totals[cells] = (totals[cells] as bigint) + (value[0] as bigint);
          for (let mask = 1; mask < masks; mask++) {
            const low = mask & -mask;
            const k = 31 - Math.clz32(low);
            const b = blends[k] as bigint;
            const parent = mask ^ low;
            product[mask] = b === PRODUCT_ONE ? (product[parent] as bigint) : ((product[parent] as bigint) * b) / PRODUCT_ONE;
            let x: bigint;
            if (by >= 0 && !((mask >> by) & 1)) x = 0n;
            else if (b === PRODUCT_ONE && !(low & movingBits)) x = value[parent] as bigint; // measure k changes nothing here
            else x = round(mask);
            value[mask] = x;
            if (x !== 0n) totals[cells + mask] = (totals[cells + mask] as bigint) + x;
          }
          const cell = (yi * G + g) * S + si;
          if (by < 0) baseline[cell] = (baseline[cell] as bigint) + (value[0] as bigint);
          scenario[cell] = (scenario[cell] as bigint) + (value[full] as bigint);
        }
      }
      if (n === 0) continue;
      rowGroups.forEach((g, lg) => {
        const ofGroup = l.measures.map((mi) => {
          const key = `${yi}|${mi}|${g}`;
          let entry = byGroup.get(key);
          if (entry === undefined) byGroup.set(key, (entry = { yi, mi, g, shares: new Array<bigint>(S * 3).fill(0n) }));
          return entry.shares;
        });
        for (let si = 0; si < S; si++) {
          const at = (lg * S + si) * masks;
          const t = (mask: number) => totals[at + mask] as bigint;
          const t0 = t(0);
          let zeroGame = true;
          for (let mask = 1; mask < masks && zeroGame; mask++) zeroGame = t(mask) === t0;
          if (zeroGame) continue; // zero shares change no sum
          const shapley = shapleyShares(n, totals, at);
          for (let k = 0; k < n; k++) {
            const mi = l.measures[k]!;
            const alone = t0 - t(1 << k);
            const sequential = t((1 << k) - 1) - t((2 << k) - 1);
            for (const [sums, j] of [[shares, ((yi * M + mi) * S + si) * 3], [ofGroup[k]!, si * 3]] as const) {
              sums[j] = (sums[j] as bigint) + alone;
              sums[j + 1] = (sums[j + 1] as bigint) + sequential;
              sums[j + 2] = (sums[j + 2] as bigint) + (shapley[k] as bigint);
            }
          }
        }
      });
    }
  }
  options.onProgress?.(plan.lineages.length, plan.lineages.length);
  const dec = (x: bigint) => fromScaledInteger(x, EMISSION_PLACES);
  const sharesOf = (a: readonly bigint[], at: number): Shares => ({ standalone: dec(a[at]!), sequential: dec(a[at + 1]!), shapley: dec(a[at + 2]!) });
  return {
    baselineEmissions: baseline.map(dec),
    scenarioEmissions: scenario.map(dec),
    shares: plan.years.map((_, yi) => plan.measures.map((_, mi) => plan.species.map((_, si) => sharesOf(shares, ((yi * M + mi) * S + si) * 3)))),
    sharesByGroup: new Map([...byGroup].map(([key, e]) => [key, { yi: e.yi, mi: e.mi, g: e.g, shares: plan.species.map((_, si) => sharesOf(e.shares, si * 3)) }])),
    sampled: [],
  };
}

/** floor(a / b) for b > 0. */
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};

/**
 * Exact Shapley shares of the reduction game v(S) = total(0) - total(S) (totals at `at`, in
 * units of 10^-24 t), apportioned to units so that they sum to v(all): what {@link shapleyExact}
 * returns for the same outcomes (its common scale changes neither the floors nor the order of
 * the remainders).
 */
function shapleyShares(n: number, totals: readonly bigint[], at: number): bigint[] {
  const { bySize, nFactorial } = shapleyIntegerWeights(n);
  const masks = 2 ** n;
  // ofSize[c]: the sum of total(S) over coalitions of size c; withMeasure[k][c]: over those that contain k.
  // Then the sum over S without k of total(S) - total(S + k), by |S| = c, is
  // ofSize[c] - withMeasure[k][c] - withMeasure[k][c + 1]: one pass over the table for all measures.
  const ofSize = new Array<bigint>(n + 1).fill(0n);
  const withMeasure = Array.from({ length: n }, () => new Array<bigint>(n + 1).fill(0n));
  for (let mask = 0; mask < masks; mask++) {
    const x = totals[at + mask] as bigint;
    const c = popcount(mask);
    ofSize[c] = (ofSize[c] as bigint) + x;
    for (let m = mask; m !== 0; m &= m - 1) {
      const sums = withMeasure[31 - Math.clz32(m & -m)]!;
      sums[c] = (sums[c] as bigint) + x;
    }
  }
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  for (let k = 0; k < n; k++) {
    const sums = withMeasure[k]!;
    let numerator = 0n;
    for (let c = 0; c < n; c++) numerator += (bySize[c] as bigint) * ((ofSize[c] as bigint) - (sums[c] as bigint) - (sums[c + 1] as bigint));
    const f = floorDiv(numerator, nFactorial);
    floors.push(f);
    remainders.push(numerator - f * nFactorial);
  }
  const missing = (totals[at] as bigint) - (totals[at + masks - 1] as bigint) - floors.reduce((s, f) => s + f, 0n);
  if (missing < 0n || missing > BigInt(n)) throw new RangeError("scaledSums: internal error, exact Shapley shares do not sum to the reduction");
  const order = remainders.map((r, i) => ({ r, i })).sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of order.slice(0, Number(missing))) floors[i] = (floors[i] as bigint) + 1n;
  return floors;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/**
 * One template's emission of one species under a mask, the decimal way: the chain of
 * lineageEmissions (40 significant digits at each step), rounded half-even to 24 decimals.
 */
function decimalEmission(plan: Plan, l: LineagePlan, t: TemplatePlan, mask: number, yi: number, si: number): Dec {
  const pen = (local: number) => plan.measures[l.measures[local]!]!.penetration[yi]!;
  let share: Dec;
  if (t.createdBy < 0) {
    share = new Dec(1);
    for (const k of l.moving) if ((mask >> k) & 1) share = share.minus(pen(k));
  } else share = pen(t.createdBy);
  let v = l.amounts[yi]!.times(share).times(t.conversion).times(coefAt(t, si, yi)!);
  for (const m of t.modifiers) {
    if (!((mask >> m.local) & 1)) continue;
    const p = pen(m.local);
    v = v.times(new Dec(1).minus(p).plus(p.times(m.factors[si]!)));
  }
  return ROUND_TO_EMISSION(v);
}
