import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";

// Timing, memory and reporting helpers of the benchmark (bench/run.ts).

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Median run time of each function [ms], after `warmup` untimed rounds; the functions take turns
 * in every round, so that they meet the same machine state.
 */
export function medianMs(fns: readonly (() => unknown)[], runs: number, warmup: number): number[] {
  const times = fns.map((): number[] => []);
  for (let i = 0; i < warmup + runs; i++) {
    fns.forEach((fn, f) => {
      const t = performance.now();
      fn();
      if (i >= warmup) times[f]!.push(performance.now() - t);
    });
  }
  return times.map(median);
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Peak resident set size of this process so far [MB]. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Memory newly held (heap and array buffers) after `fn` returns, garbage collected before and after [MB]. */
export function retainedMb<T>(fn: () => T): { result: T; mb: number } {
  gc();
  const before = process.memoryUsage();
  const result = fn();
  gc();
  const after = process.memoryUsage();
  return { result, mb: (after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 2 ** 20 };
}

export interface Figure {
  readonly name: string;
  readonly value: string;
  readonly target: string;
  /** true pass, false fail, undefined: reported only. */
  readonly pass?: boolean | undefined;
}

/** The figures as a fixed-width table. */
export function table(figures: readonly Figure[]): string {
  const rows = [["figure", "measured", "target", "result"], ...figures.map((f) => [f.name, f.value, f.target, f.pass === undefined ? "info" : f.pass ? "PASS" : "FAIL"])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}
