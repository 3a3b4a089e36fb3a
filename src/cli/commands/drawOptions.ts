// The options of `run` for draws, apart from their computation (runDraws.ts): `run` parses them
// on every call, and loads runDraws.ts (and the uncertainty layer) only when the scenario has an
// uncertainty section or one of them is given (docs/performance.md, "Start-up").

/** The options `run` takes for draws (parseArgs specs). */
export const DRAW_OPTIONS = {
  draws: { type: "string" },
  seed: { type: "string" },
  sampling: { type: "string" },
} as const;

/** Their usage lines. */
export const DRAW_USAGE = `  --draws <N>            with an uncertainty section: the number of draws (overrides the
                         section's); outputs gain low, median, high (2.5th, 50th, 97.5th
                         percentiles) and --out writes uncertainty.csv. With an impacts
                         section, the table shows the impacts over the draws (deaths per
                         function, value, temperature: median [low; high]) and --charts adds
                         avoided-deaths-by-measure-ranges and temperature-ranges.
                         See docs/uncertainty.md
  --seed <S>             the seed of the draws, an integer (overrides the section's; there
                         is no default: the section or this option must give one)
  --sampling <s>         lhs (Latin hypercube) or mc (Monte Carlo); overrides the section's`;
