import type { Plan } from "../src/scenario/plan.js";

// The reference loops of the city targets: the plain code a user could write for the coalition
// arithmetic a plan needs, with nothing else (no Shapley shares, no sums by sector, no result
// rows). For every activity row, year, template and species with a coefficient, the emission of
// every combination (mask) of the row's measures: a running product of the blended modifier
// factors 1 - p + p x f (one multiply per mask, from the mask without its lowest measure) and one
// multiply-add into the row's table of combinations. Everything the loop reads is prepared from
// the plan beforehand and untimed; the loop returns the sum of its tables, so it cannot be
// optimised away.

/**
 * The plan's coalition work as flat arrays, one entry (job) per (row, year, template, species)
 * with a coefficient.
 */
export interface CoalitionJobs {
  readonly count: number;
  /** Local measure count of the job's row. */
  readonly n: Uint8Array;
  /** Local index of the moving measure that creates the template; -1 for the baseline. */
  readonly createdBy: Int8Array;
  /** amount x conversion x coefficient [t]. */
  readonly scale: Float64Array;
  /** Offset into `shares`: the baseline share left by the moving measures of each mask (baseline template), or the creating measure's penetration (one value). */
  readonly shareAt: Int32Array;
  readonly shares: Float64Array;
  /** Offset into `blends`: the blended factor 1 - p + p x f of each local measure on the template (1 where it does not modify it). */
  readonly blendAt: Int32Array;
  readonly blends: Float64Array;
  /** The multiply-adds of the tables (one per mask of each job's row, the masks its template exists in). */
  readonly multiplyAdds: number;
  readonly maxMasks: number;
}

/** The plan's coalition work, prepared (untimed) in float64 from its decimals. */
export function coalitionJobs(plan: Plan): CoalitionJobs {
  const n: number[] = [];
  const createdBy: number[] = [];
  const scale: number[] = [];
  const shareAt: number[] = [];
  const shares: number[] = [];
  const blendAt: number[] = [];
  const blends: number[] = [];
  let multiplyAdds = 0;
  let maxMasks = 1;
  for (const l of plan.lineages) {
    const k = l.measures.length;
    const masks = 2 ** k;
    maxMasks = Math.max(maxMasks, masks);
    plan.years.forEach((_, yi) => {
      const pen = l.measures.map((mi) => plan.measures[mi]!.penetration[yi]!.toNumber());
      const remainderAt = shares.length;
      for (let mask = 0; mask < masks; mask++) shares.push(l.moving.reduce((r, m) => ((mask >> m) & 1 ? r - pen[m]! : r), 1));
      const amount = l.amounts[yi]!.toNumber();
      for (const t of l.templates) {
        t.coef.forEach((c, si) => {
          if (c === null || c.isZero()) return;
          const blend = new Array<number>(k).fill(1);
          for (const m of t.modifiers) blend[m.local] = 1 - pen[m.local]! + pen[m.local]! * m.factors[si]!.toNumber();
          n.push(k);
          createdBy.push(t.createdBy);
          scale.push(amount * t.conversion.toNumber() * c.toNumber());
          if (t.createdBy < 0) shareAt.push(remainderAt);
          else {
            shareAt.push(shares.length);
            shares.push(pen[t.createdBy]!);
          }
          blendAt.push(blends.length);
          blends.push(...blend);
          multiplyAdds += t.createdBy < 0 ? masks : masks / 2;
        });
      }
    });
  }
  return {
    count: n.length, n: Uint8Array.from(n), createdBy: Int8Array.from(createdBy), scale: Float64Array.from(scale), shareAt: Int32Array.from(shareAt), shares: Float64Array.from(shares),
    blendAt: Int32Array.from(blendAt), blends: Float64Array.from(blends), multiplyAdds, maxMasks,
  };
}

/** The float64 reference loop: every job's table; returns the sum of the tables' full-combination entries. */
export function floatCoalitionLoop(jobs: CoalitionJobs): number {
  const { n, createdBy, scale, shareAt, shares, blendAt, blends } = jobs;
  const product = new Float64Array(jobs.maxMasks);
  const total = new Float64Array(jobs.maxMasks);
  let sum = 0;
  for (let j = 0; j < jobs.count; j++) {
    const masks = 1 << (n[j] as number);
    const x = scale[j] as number;
    const s = shareAt[j] as number;
    const b = blendAt[j] as number;
    product[0] = 1;
    for (let mask = 1; mask < masks; mask++) {
      const low = mask & -mask;
      product[mask] = (product[mask ^ low] as number) * (blends[b + 31 - Math.clz32(low)] as number);
    }
    const by = createdBy[j] as number;
    if (by < 0) {
      for (let mask = 0; mask < masks; mask++) total[mask] = (total[mask] as number) + x * (shares[s + mask] as number) * (product[mask] as number);
    } else {
      const bit = 1 << by;
      const moved = x * (shares[s] as number);
      for (let mask = bit; mask < masks; mask++) if (mask & bit) total[mask] = (total[mask] as number) + moved * (product[mask] as number);
    }
    sum += total[masks - 1] as number;
  }
  return sum;
}

/** Decimal places of the scaled-integer reference (values, shares and factors as integers of 10^-40). */
const PLACES = 40;
const ONE = 10n ** BigInt(PLACES);
const ONE_SQUARED = ONE * ONE;
const toScaled = (x: number): bigint => BigInt(Math.round(x * 1e15)) * 10n ** BigInt(PLACES - 15);

/** The jobs as scaled integers (prepared, untimed). */
export interface ScaledJobs {
  readonly jobs: CoalitionJobs;
  readonly scale: readonly bigint[];
  readonly shares: readonly bigint[];
  readonly blends: readonly bigint[];
}

export function scaledJobs(jobs: CoalitionJobs): ScaledJobs {
  return { jobs, scale: Array.from(jobs.scale, toScaled), shares: Array.from(jobs.shares, toScaled), blends: Array.from(jobs.blends, toScaled) };
}

/**
 * The scaled-integer (BigInt) reference loop: the same tables with fixed-point integers of
 * 10^-40, each product rescaled after its multiply (one multiply and one division per step).
 */
export function bigintCoalitionLoop({ jobs, scale, shares, blends }: ScaledJobs): bigint {
  const { n, createdBy, shareAt, blendAt } = jobs;
  const product = new Array<bigint>(jobs.maxMasks).fill(0n);
  const total = new Array<bigint>(jobs.maxMasks).fill(0n);
  let sum = 0n;
  for (let j = 0; j < jobs.count; j++) {
    const masks = 1 << (n[j] as number);
    const x = scale[j] as bigint;
    const s = shareAt[j] as number;
    const b = blendAt[j] as number;
    product[0] = ONE;
    for (let mask = 1; mask < masks; mask++) {
      const low = mask & -mask;
      product[mask] = ((product[mask ^ low] as bigint) * (blends[b + 31 - Math.clz32(low)] as bigint)) / ONE;
    }
    const by = createdBy[j] as number;
    if (by < 0) {
      for (let mask = 0; mask < masks; mask++) total[mask] = (total[mask] as bigint) + (x * (shares[s + mask] as bigint) * (product[mask] as bigint)) / ONE_SQUARED;
    } else {
      const bit = 1 << by;
      const moved = (x * (shares[s] as bigint)) / ONE;
      for (let mask = bit; mask < masks; mask++) if (mask & bit) total[mask] = (total[mask] as bigint) + (moved * (product[mask] as bigint)) / ONE;
    }
    sum += total[masks - 1] as bigint;
  }
  return sum;
}
