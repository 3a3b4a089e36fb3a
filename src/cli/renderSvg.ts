import { chartToSvg } from "../report/charts/chartToSvg.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";

/**
 * Renders a Vega-Lite specification to SVG for `run --charts`: {@link chartToSvg}, which loads
 * vega-lite and vega only when charts are asked for, so the library's core import never loads them.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  return chartToSvg(spec);
}
