import { forTerminal } from "../forTerminal.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * The two chart packages as {@link chartToSvg} uses them (the subset of their APIs it calls).
 * @category Charts
 */
export interface ChartStack {
  readonly vegaLite: { compile(spec: never): { spec: unknown } };
  readonly vega: {
    parse(spec: never): unknown;
    View: new (runtime: never, options: { renderer: "none" }) => { toSVG(): Promise<string>; finalize(): void };
  };
}

/**
 * Renders a Vega-Lite specification to SVG with vega-lite and vega (optional peer dependencies
 * of the package), given as `stack` or loaded by dynamic import on the call, so that importing
 * `cobenefits/charts` never loads them. `cobenefits run --charts` renders with it; in a notebook, display the SVG it returns. The
 * chart builders already pass every user string through `chartText`; as a last guard the SVG is
 * passed through the same escaping, so it never holds a control character XML 1.0 forbids
 * (escape, bell ...) nor a bidirectional override, whatever specification it is given.
 *
 * @param spec - a Vega-Lite specification, e.g. from {@link trajectoriesChart}
 * @param stack - the chart packages, already loaded (the command line's `loadChartStack` checks they are installed); imported when absent
 * @returns the SVG text
 * @example
 * ```ts
 * import { chartToSvg } from "cobenefits/charts";
 * const svg = await chartToSvg({ $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" } } });
 * svg.startsWith("<svg"); // true
 * ```
 * @category Charts
 */
export async function chartToSvg(spec: VegaLiteSpec, stack?: ChartStack): Promise<string> {
  const { vegaLite, vega } = stack ?? ({ vegaLite: await import("vega-lite"), vega: await import("vega") } as unknown as ChartStack);
  const view = new vega.View(vega.parse(vegaLite.compile(spec as never).spec as never) as never, { renderer: "none" });
  try {
    return forTerminal(await view.toSVG());
  } finally {
    view.finalize();
  }
}
