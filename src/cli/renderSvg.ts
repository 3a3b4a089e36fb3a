import { forTerminal } from "../report/forTerminal.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";

/**
 * Renders a Vega-Lite specification to SVG with vega-lite and vega, loaded only when charts are
 * asked for, so the library's core import never loads them. The chart builders already pass
 * every user string through `chartText`; as a last guard the SVG is passed through the same
 * escaping, so it never holds a control character XML 1.0 forbids (escape, bell ...) nor a
 * bidirectional override, whatever specification it is given.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vl, vega] = await Promise.all([import("vega-lite"), import("vega")]);
  const compiled = vl.compile(spec as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return forTerminal(await view.toSVG());
  } finally {
    view.finalize();
  }
}
