import { forTerminal } from "../forTerminal.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Renders a Vega-Lite specification to SVG with vega-lite and vega (dependencies of the package),
 * loaded by dynamic import on the first call, so that importing `cobenefits/charts` never loads
 * them. `cobenefits run --charts` renders with it; in a notebook, display the SVG it returns. The
 * chart builders already pass every user string through `chartText`; as a last guard the SVG is
 * passed through the same escaping, so it never holds a control character XML 1.0 forbids
 * (escape, bell ...) nor a bidirectional override, whatever specification it is given.
 *
 * @param spec - a Vega-Lite specification, e.g. from {@link trajectoriesChart}
 * @returns the SVG text
 * @example
 * ```ts
 * import { chartToSvg } from "cobenefits/charts";
 * const svg = await chartToSvg({ $schema: "https://vega.github.io/schema/vega-lite/v6.json", data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" } } });
 * svg.startsWith("<svg"); // true
 * ```
 * @category Charts
 */
export async function chartToSvg(spec: VegaLiteSpec): Promise<string> {
  const [vl, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return forTerminal(await view.toSVG());
  } finally {
    view.finalize();
  }
}
