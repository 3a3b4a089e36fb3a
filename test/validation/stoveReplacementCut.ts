import { compileScenario, createFactorSet, evaluateScenario, lookupFactor, toDec, type Dec, type Scenario, type Species } from "../../src/index.js";

/**
 * Published stove-replacement figures (Beijing, Ulaanbaatar) reproduced with the built-in
 * EMEP/EEA 2019 1.A.4.b.i Tier 2 stove technologies: one baseline row of coal burned in the
 * `from` stove, replaced in full (penetration 1) by the `to` stove with a fuel saving, and the
 * relative cut per species compared with the published one. See docs/validation.md, cases 6 and 11.
 */

/** The conventional solid-fuel stove: EMEP/EEA 2019 1.A.4 Table 3-14 ('Stoves', solid fuel (not biomass)). */
export const CONVENTIONAL_STOVE = "Stoves";
/** The advanced coal stove: EMEP/EEA 2019 1.A.4 Table 3-19 ('Advanced coal combustion techniques <1MWth - Advanced stove', coal fuels). */
export const ADVANCED_COAL_STOVE = "Advanced coal combustion techniques <1MWth - Advanced stove";

const saving = (from: string, to: string) => toDec(1).minus(toDec(from).div(to)).toFixed(6);

/**
 * Li et al. (2016), ES&T Letters: thermal efficiency 42% (traditional stove) to 83% (new stove),
 * so 1 - 42/83 of the fuel is saved for the same heat; 42 and 83 +-0.5 bound the saving.
 */
export const LI_2016: StoveCase = { fuel: "otherBituminousCoal", fuelSaving: saving("42", "83"), savingRange: [saving("42.5", "82.5"), saving("41.5", "83.5")] };

/** Ulaanbaatar, MCA-Mongolia stove subsidy (MCC 2014 impact evaluation): no fuel saving published. */
export const ULAANBAATAR_NO_SAVING: StoveCase = { fuel: "lignite", fuelSaving: "0" };

/** Ulaanbaatar with "about 30%" less fuel (Journal of JSCE Ser. G 69(5) I_259, abstract), 25-35% for its rounding. */
export const ULAANBAATAR_JSCE_SAVING: StoveCase = { fuel: "lignite", fuelSaving: "0.3", savingRange: ["0.25", "0.35"] };

export interface StoveCase {
  /** The coal burned, the same in both stoves (both tables are for hard and brown coal together, so the rank changes no factor). */
  readonly fuel: string;
  /** Fuel energy the new stove saves for the same heat [-], as the scenario gets it. */
  readonly fuelSaving: string;
  /** The smallest and largest saving the publication's rounding admits [-]; the central saving when absent. */
  readonly savingRange?: readonly [string, string];
}

export interface StoveCut {
  /** The scenario's relative cut, reduction / baseline [-]. */
  readonly central: Dec;
  /** The smallest cut the two rows' published 95% intervals and the saving's rounding admit [-] (negative: a rise). */
  readonly low: Dec;
  /** The largest such cut [-]. */
  readonly high: Dec;
  /** The two built-in rows, with their values and intervals [g/GJ]. */
  readonly rows: { readonly from: Row; readonly to: Row };
}

interface Row {
  readonly id: string;
  readonly value: string;
  readonly ci: { readonly lower: string; readonly upper: string };
}

const set = createFactorSet();

function row(fuel: string, technology: string, species: Species): Row {
  const { row: r } = lookupFactor(set, { sector: "1.A.4.b.i", fuel, technology, pollutant: species });
  if (r.ci === undefined) throw new Error(`${r.id} has no published 95% interval`);
  return { id: r.id, value: r.value, ci: r.ci };
}

/** The scenario: 1,000 t/yr of coal in conventional stoves, all of them replaced by advanced coal stoves. */
export function stoveScenario(c: StoveCase, species: readonly Species[]): Scenario {
  return {
    name: `validation: conventional to advanced coal stove, fuel saving ${c.fuelSaving}`,
    years: { start: 2013, end: 2013 },
    species: [...species],
    metrics: [],
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: c.fuel, technology: CONVENTIONAL_STOVE, unit: "t", level: { kind: "constant", value: "1000" } }],
    measures: [
      { id: "advanced-stoves", kind: "stoveReplacement", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { technology: ADVANCED_COAL_STOVE }, fuelSaving: c.fuelSaving },
    ],
  };
}

/**
 * The relative cut of one species and its band. The cut is 1 - (1 - saving) x f_to / f_from, with
 * the fuel's NCV cancelling. The band takes every pair of factors within the two rows' published
 * 95% intervals, and every saving within the publication's rounding: its ends are
 * 1 - (1 - smallest saving) x upper_to / lower_from and 1 - (1 - largest saving) x lower_to / upper_from.
 * It treats the two intervals as independent and takes their extremes together, so it is the
 * widest band the published intervals allow.
 */
export function stoveCut(c: StoveCase, species: Species): StoveCut {
  const [emission] = evaluateScenario(compileScenario(stoveScenario(c, [species]))).emissions.filter((r) => r.species === species);
  const central = toDec(emission!.reduction).div(emission!.baseline);
  const from = row(c.fuel, CONVENTIONAL_STOVE, species);
  const to = row(c.fuel, ADVANCED_COAL_STOVE, species);
  const [least, most] = c.savingRange ?? [c.fuelSaving, c.fuelSaving];
  const keep = (saving: string) => toDec(1).minus(saving);
  const low = toDec(1).minus(keep(least).times(to.ci.upper).div(from.ci.lower));
  const high = toDec(1).minus(keep(most).times(to.ci.lower).div(from.ci.upper));
  return { central, low, high, rows: { from, to } };
}

/** Whether a published cut [-] lies within the band. */
export const within = (b: StoveCut, published: string): boolean => b.low.lte(published) && b.high.gte(published);

/** A cut as docs/validation.md writes it, rounded half up: "51.1% less", "6.5% more". */
export const cutText = (cut: Dec): string => `${cut.abs().times(100).toFixed(1, 4 /* ROUND_HALF_UP */)}% ${cut.isNegative() ? "more" : "less"}`;
