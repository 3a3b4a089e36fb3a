import type fc from "fast-check";

// Every property in test/fuzz runs a fixed number of times from a fixed seed, so CI is
// reproducible and quick (the folder takes about 20 s of CPU). A long local run:
//   FUZZ_RUNS=2000 FUZZ_SEED=7 npx vitest run test/fuzz
// FUZZ_RUNS replaces every property's run count (the slow ones, which build files of tens of
// thousands of keys or run the command line, stop at their own cap); test timeouts grow with it.
// A failure prints its seed and path; replay it with FUZZ_SEED and fast-check's `path`.

const envRuns = Number(process.env.FUZZ_RUNS ?? Number.NaN);
const envSeed = Number(process.env.FUZZ_SEED ?? Number.NaN);

/** The seed of every property: FUZZ_SEED, else a fixed one. */
export const FUZZ_SEED = Number.isInteger(envSeed) ? envSeed : 20260808;

/** True when FUZZ_RUNS asks for a run count of its own. */
export const LONG_RUN = Number.isInteger(envRuns) && envRuns > 0;

/** The run count of a property: `runs`, or FUZZ_RUNS up to `cap`. */
export function fuzzRuns(runs: number, cap = Number.POSITIVE_INFINITY): number {
  return LONG_RUN ? Math.min(envRuns, cap) : runs;
}

/**
 * fast-check parameters for a property: {@link fuzzRuns} samples from {@link FUZZ_SEED}. Runs and
 * shrinking stop at 70% of the test's timeout ({@link fuzzTimeout} with the same arguments), so a
 * failure is reported with the smallest counterexample found by then instead of a timeout;
 * `timing` properties (a time limit is what they check) report their first failure unshrunk.
 */
export function fuzzParams<T>(runs: number, cap?: number, msAtDefault = 10_000, timing = false): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(runs, cap), interruptAfterTimeLimit: Math.floor(fuzzTimeout(runs, msAtDefault, cap) * 0.7), ...(timing ? { endOnFailure: true } : {}) };
}

/**
 * A test timeout [ms] for a property whose default run count takes at most about `msAtDefault`
 * (three times that by default, for slow machines; scaled to FUZZ_RUNS, with room for shrinking).
 */
export function fuzzTimeout(runs: number, msAtDefault = 10_000, cap?: number): number {
  return Math.max(msAtDefault, Math.ceil((msAtDefault * fuzzRuns(runs, cap)) / runs)) * 3;
}
