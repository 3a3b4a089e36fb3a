/** Prints rows as an aligned text table: numbers right-aligned and rounded for reading (3 significant digits below 100). */
export function table(rows: readonly object[], options?: { readonly columns?: readonly string[]; readonly title?: string; readonly raw?: readonly string[]; readonly places?: number }): void;
/** Renders a Vega-Lite specification to SVG (vega-lite and vega in Node) and shows it in the notebook. */
export function chart(spec: Readonly<Record<string, unknown>>): Promise<void>;
/** A number or decimal string as the tables show it. */
export function shown(value: unknown, places?: number): string;
