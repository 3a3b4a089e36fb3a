import { InventoryCsvError, type InventoryCsvProblem } from "../errors.js";
import { MAX_LISTED_ISSUES } from "../errors/cobenefitsError.js";

/**
 * A collector of the bad lines of one CSV file, so a reader reports them all at once: `report`
 * keeps the first `MAX_LISTED_ISSUES` and counts all; `absorb` adds the error of a quote that
 * ended the reading (after the bad lines before it), or rethrows any other; `throwIfAny` throws
 * one {@link InventoryCsvError} for them all (the first as its code, line and column).
 *
 * @param file - the file's name, for the error
 * @returns the collector
 * @example
 * ```ts
 * import { csvProblems } from "./csvProblems.js";
 * const p = csvProblems("a.csv");
 * p.report({ code: "CSV_VALUE", line: 2, column: "amount", message: "expected a number" });
 * p.count(); // 1
 * ```
 * @internal
 */
export function csvProblems(file: string): {
  readonly report: (problem: InventoryCsvProblem) => false;
  readonly count: () => number;
  readonly absorb: (e: unknown) => void;
  readonly throwIfAny: () => void;
} {
  const problems: InventoryCsvProblem[] = [];
  let count = 0;
  const report = (problem: InventoryCsvProblem): false => {
    count++;
    if (problems.length < MAX_LISTED_ISSUES) problems.push(problem);
    return false;
  };
  return {
    report,
    count: () => count,
    absorb: (e) => {
      if (!(e instanceof InventoryCsvError) || count === 0) throw e;
      for (const p of e.problems) report(p);
    },
    throwIfAny: () => {
      if (count === 0) return;
      const first = problems[0]!;
      throw new InventoryCsvError(first.code, file, first.line, first.column, first.message, problems, count);
    },
  };
}
