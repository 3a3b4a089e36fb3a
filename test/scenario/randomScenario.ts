import fc from "fast-check";
import type { BaselineActivity } from "../../src/activity/baselineActivity.js";
import type { Schedule } from "../../src/activity/schedule.js";
import type { Measure } from "../../src/measures/registry.js";
import type { Target } from "../../src/measures/target.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { Species } from "../../src/units/species.js";
import { matchesTarget } from "../../src/measures/target.js";
import { decimalString } from "./games.js";

// Random valid scenarios, small enough for property tests: 1-6 baseline rows built only from
// built-in factors (residential/commercial stationary combustion and diesel buses), 1-6 measures
// of mixed kinds, 1-4 years. Every sample compiles (test/scenario/randomScenario.test.ts checks
// 200 of them); measures whose kind needs a row the sample lacks target nothing.

const STATIONARY_SECTORS = ["1.A.4.a.i", "1.A.4.b.i"];
const STATIONARY_FUELS = ["otherBituminousCoal", "anthracite", "lignite", "naturalGas", "gasDieselOil", "wood"];
const ENERGY_UNITS = ["TJ", "GJ", "kt"];
const BUSES = ["Urban Buses Standard - Euro IV - 2005", "Urban Buses Standard - Euro III - 2000", "Coaches Standard - Euro III - 2000", "Urban Buses Standard - Euro VI"];
const CLEANER_BUSES = ["Urban Buses Standard - Euro VI", "Coaches Standard - Euro VI", "Urban Buses Standard - Euro V - 2008"];
const HEAT_SEGMENTS = ["residential-pre2000", "public-buildings"];
const SPECIES_POOL: readonly Species[] = ["PM2.5", "BC", "SO2", "NOx", "CO", "NH3", "CO2-biogenic", "CH4", "N2O"];

/** A non-negative decimal string with up to `places` decimals, at most `max`. */
const decimal = (max: number, places: number) => fc.integer({ min: 0, max: max * 10 ** places }).map((i) => decimalString(i, places));
/** A fraction 0..1 in thousandths, as its integer count of thousandths. */
const thousandths = fc.integer({ min: 0, max: 1000 });
const fraction = thousandths.map((i) => decimalString(i, 3));

/** 1-3 points in strictly ascending years around the scenario's years. */
const interpPoints = <T>(start: number, values: fc.Arbitrary<T>) =>
  fc
    .uniqueArray(fc.integer({ min: start - 1, max: start + 4 }), { minLength: 1, maxLength: 3 })
    .chain((years) => fc.tuple(...years.sort((a, b) => a - b).map((year) => values.map((value) => ({ year, value })))));

const schedule = (start: number, values: fc.Arbitrary<string>): fc.Arbitrary<Schedule> =>
  fc.oneof(
    values.map((value) => ({ kind: "constant" as const, value })),
    interpPoints(start, values).map((points) => ({ kind: "interp" as const, points })),
    fc.record({ year: fc.integer({ min: start - 2, max: start + 2 }), value: values }).chain((base) =>
      fc.integer({ min: -100, max: 200 }).map((r) => ({ kind: "growth" as const, base, rate: decimalString(r, 3) })),
    ),
  );

/** 12 monthly shares in hundredths summing to exactly 1. */
const monthlyProfile = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }).map((h) => [...h, 100 - h.reduce((a, b) => a + b, 0)].map((x) => decimalString(x, 2)));

type Row = Omit<BaselineActivity, "id">;
const stationaryRow = (start: number): fc.Arbitrary<Row> =>
  fc.record(
    {
      sector: fc.constantFrom(...STATIONARY_SECTORS),
      fuel: fc.constantFrom(...STATIONARY_FUELS),
      unit: fc.constantFrom(...ENERGY_UNITS),
      level: schedule(start, decimal(1000, 2)),
      monthlyProfile,
      heatSegment: fc.constantFrom(...HEAT_SEGMENTS),
    },
    { requiredKeys: ["sector", "fuel", "unit", "level"] },
  );
const busRow = (start: number): fc.Arbitrary<Row> =>
  fc.record(
    {
      sector: fc.constant("1.A.3.b.iii"),
      fuel: fc.constant("gasDieselOil"),
      technology: fc.constantFrom(...BUSES),
      unit: fc.constant("vkm"),
      fuelConsumption: fc.constant({ value: "300", unit: "g/vkm" }),
      level: schedule(start, decimal(1e7, 0)),
      monthlyProfile,
    },
    { requiredKeys: ["sector", "fuel", "technology", "unit", "fuelConsumption", "level"] },
  );

const isBus = (b: Row) => b.sector === "1.A.3.b.iii";
const isStationary = (b: Row) => !isBus(b);
const hasProfile = (b: Row) => b.monthlyProfile !== undefined;

/**
 * A measure before its rows are known: its kind's fields, which rows it may claim (picked among
 * the rows its kind can act on), and its penetration in thousandths per point (scaled down for
 * moving measures so that claims on a row never exceed 1).
 */
interface Draft {
  readonly fields: Record<string, unknown>;
  readonly kind: Measure["kind"];
  readonly moving: boolean;
  readonly eligible: (b: Row) => boolean;
  /** A target not by row ids (modify measures only), or undefined to pick rows. */
  readonly target?: Target | undefined;
  readonly picks: readonly number[];
  readonly penetration: { readonly kind: "constant"; readonly value: number } | { readonly kind: "interp"; readonly points: readonly { readonly year: number; readonly value: number }[] };
}

// A device that removes PM2.5 must say what it does to BC (part of PM2.5): here, the same.
const removal = (species: readonly Species[], min: number) =>
  fc.uniqueArray(fc.constantFrom(...species), { minLength: 1, maxLength: species.length }).chain((ss) =>
    fc.tuple(...ss.map((s) => fc.integer({ min, max: 1000 }).map((v) => [s, decimalString(v, 3)] as const))).map((es) => {
      const r: Record<string, string> = Object.fromEntries(es);
      if (r["PM2.5"] !== undefined && r.BC === undefined) r.BC = r["PM2.5"];
      return r;
    }),
  );

const kinds: readonly { kind: Measure["kind"]; moving: boolean; eligible: (b: Row) => boolean; fields: fc.Arbitrary<Record<string, unknown>>; target?: fc.Arbitrary<Target | undefined> }[] = [
  {
    kind: "fuelSwitch", moving: true, eligible: isStationary,
    fields: fc.record({ efficiencyFrom: fc.integer({ min: 500, max: 900 }), efficiencyTo: fc.integer({ min: 800, max: 1000 }) }).map((e) => ({
      to: { fuel: "naturalGas" }, efficiencyFrom: decimalString(e.efficiencyFrom, 3), efficiencyTo: decimalString(e.efficiencyTo, 3), toUnit: "GJ",
    })),
  },
  {
    kind: "controlDevice", moving: false, eligible: () => true,
    fields: fc.record({ removal: removal(["PM2.5", "BC", "SO2", "NOx"], 0), slip: fc.integer({ min: -300, max: 0 }), penalty: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }) }).map((f) => ({
      removal: { ...f.removal, NH3: decimalString(f.slip, 3) }, ...(f.penalty === undefined ? {} : { energyPenalty: decimalString(f.penalty, 3) }),
    })),
    target: fc.option(fc.constantFrom<Target>({ sector: "1.A.4" }, { fuel: "hardCoal" }, { sector: "1.A.3.b" }), { nil: undefined }),
  },
  {
    kind: "buildingRetrofit", moving: false, eligible: () => false,
    fields: fraction.map((demandReduction) => ({ demandReduction })),
    target: fc.constantFrom(...HEAT_SEGMENTS).map((heatSegment) => ({ heatSegment })),
  },
  {
    kind: "seasonalCurtailment", moving: false, eligible: hasProfile,
    fields: fc.record({ months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }), curtailment: fraction }),
  },
  { kind: "standardUpgrade", moving: true, eligible: isBus, fields: fc.constantFrom(...CLEANER_BUSES).map((technology) => ({ to: { technology } })) },
  {
    kind: "scrappage", moving: true, eligible: isBus,
    fields: fc.option(fc.constantFrom(...CLEANER_BUSES), { nil: null }).map((t) => ({ replacement: t === null ? null : { technology: t } })),
  },
  { kind: "dpfRetrofit", moving: false, eligible: isBus, fields: removal(["PM2.5", "BC"], 0).map((r) => ({ removal: r })) },
  {
    kind: "electricVehicle", moving: true, eligible: isBus,
    fields: fc.integer({ min: 80, max: 160 }).map((e) => ({ electricityPerKm: { value: decimalString(e, 2), unit: "kWh/vkm" }, technology: "Battery-electric bus" })),
  },
];

const draft = (start: number): fc.Arbitrary<Draft> =>
  fc.constantFrom(...kinds).chain((k) =>
    fc.record({
      fields: k.fields,
      target: k.target ?? fc.constant(undefined),
      picks: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
      penetration: fc.oneof(
        thousandths.map((value) => ({ kind: "constant" as const, value })),
        interpPoints(start, thousandths).map((points) => ({ kind: "interp" as const, points })),
      ),
    }).map((d) => ({ ...d, kind: k.kind, moving: k.moving, eligible: k.eligible })),
  );

/** The row ids a drafted measure claims: its picks among the rows its kind can act on, else the first such row. */
function claimedRows(d: Draft, rows: readonly BaselineActivity[]): string[] {
  const eligible = rows.filter((r) => d.eligible(r));
  const picked = eligible.filter((_, i) => d.picks.includes(i));
  return (picked.length > 0 ? picked : eligible.slice(0, 1)).map((r) => r.id);
}

function assemble(rows: readonly BaselineActivity[], drafts: readonly Draft[]): Measure[] {
  const claims = drafts.map((d) => (d.target === undefined ? claimedRows(d, rows) : []));
  const claimsPerRow = rows.map((r) => drafts.filter((d, i) => d.moving && claims[i]!.includes(r.id)).length);
  const k = Math.max(1, ...claimsPerRow);
  const scaled = (d: Draft, v: number) => decimalString(d.moving ? Math.floor(v / k) : v, 3);
  // a measure that matches no activity is an error, so drafts that would are dropped
  const kept = drafts.map((d, i) => ({ d, ids: claims[i]! })).filter(({ d, ids }) =>
    d.target === undefined ? ids.length > 0 : rows.some((r) => matchesTarget(d.target!, { ...r, activityId: r.id })),
  );
  return kept.map(({ d, ids }, i) => {
    const target = d.target ?? { activityIds: ids };
    const penetration: Schedule =
      d.penetration.kind === "constant"
        ? { kind: "constant", value: scaled(d, d.penetration.value) }
        : { kind: "interp", points: d.penetration.points.map((p) => ({ year: p.year, value: scaled(d, p.value) })) };
    return { id: `m${i}`, kind: d.kind, target, penetration, ...d.fields } as Measure;
  });
}

/**
 * Random valid scenarios: 1-6 baseline rows (stationary combustion in 1.A.4.a.i/1.A.4.b.i in
 * TJ, GJ or kt; diesel buses and coaches in vkm at 300 g/vkm; some with a monthly profile or a
 * heat segment), level schedules (constant, interp, growth), 1-6 measures of eight kinds with
 * constant or interp penetrations, 1-4 years, CO2 plus a random subset of other species, the
 * AR6-GWP100 metric, the Chinese national grid factor and `onMissingFactor: "omit"`.
 */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({ start: fc.integer({ min: 2024, max: 2030 }), span: fc.integer({ min: 0, max: 3 }), species: fc.subarray([...SPECIES_POOL]) })
  .chain(({ start, span, species }) =>
    fc
      .record({
        rows: fc.array(fc.oneof(stationaryRow(start), busRow(start)), { minLength: 1, maxLength: 6 }),
        drafts: fc.array(draft(start), { minLength: 1, maxLength: 6 }),
      })
      .map(({ rows, drafts }): Scenario => {
        const baseline = rows.map((r, i) => ({ id: `row${i}`, ...r }) as BaselineActivity);
        return {
          name: "random",
          years: { start, end: start + span },
          species: ["CO2", ...species],
          metrics: ["AR6-GWP100"],
          baseline,
          measures: assemble(baseline, drafts),
          gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
          onMissingFactor: "omit",
        };
      }),
  );
