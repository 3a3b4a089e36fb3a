import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { measureNames, wrapLabel } from "./measureNames.js";

/**
 * What the chart builders may be told besides the result: the measures' labels (shown instead of
 * their ids, wrapped, never cut) and the words of titles, axes and legends.
 * @category Charts
 */
export interface ChartOptions {
  /** Labels by measure id, e.g. from the scenario's measures (`label`); default the ids. */
  readonly measureLabels?: Readonly<Record<string, string>>;
  /** Titles, axes and legends; default English ({@link ENGLISH_LABELS}). */
  readonly labels?: ReportLabels;
}

/** The widest line of a measure's name in a chart [display columns]. */
export const NAME_WIDTH = 18;

/** The words and the wrapped measure names (lines joined by `\n`) a chart uses. */
export function chartWords(ids: readonly string[], options: ChartOptions = {}): { labels: ReportLabels; name: (id: string) => string } {
  const names = measureNames(ids, options.measureLabels);
  return { labels: options.labels ?? ENGLISH_LABELS, name: (id) => wrapLabel(names[id] ?? id, NAME_WIDTH).join("\n") };
}

/** An axis whose labels may hold line breaks (`\n`): shown on several lines, never cut. */
export const MULTILINE_AXIS = { labelExpr: "split(datum.label, '\\n')", labelLimit: 0, labelAngle: 0 } as const;
