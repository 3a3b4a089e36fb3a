/**
 * A Vega-Lite specification (https://vega.github.io/vega-lite/, schema v6) as plain JSON data:
 * render it with vega-lite and vega, in a notebook, a web page, or `cobenefits run --charts`.
 * Values are plotted as floating-point numbers; the exact values are in the tables.
 * @category Charts
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/** The Vega-Lite schema the specifications follow. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/**
 * A faceted chart, one panel per species (in the result's order) with its own y scale, since
 * species differ by orders of magnitude.
 */
export function perSpeciesPanels(species: readonly string[], title: { text: string; subtitle: string }, values: readonly object[], spec: Record<string, unknown>, columns = 4): VegaLiteSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    data: { values },
    facet: { field: "species", type: "nominal", title: null, sort: [...species] },
    columns,
    resolve: { scale: { y: "independent" } },
    spec,
  };
}
