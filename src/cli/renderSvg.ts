import { MissingDependencyError } from "../errors.js";
import { forTerminal } from "../report/forTerminal.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";

/** The two chart packages as `renderSvg` uses them (the subset of their APIs it calls). */
export interface ChartStack {
  readonly vegaLite: { compile(spec: never): { spec: unknown } };
  readonly vega: {
    parse(spec: never): unknown;
    View: new (runtime: never, options: { renderer: "none" }) => { toSVG(): Promise<string>; finalize(): void };
  };
}

/**
 * vega and vega-lite as optional peer dependencies (package.json `peerDependencies`, marked
 * optional): the versions this release is tested with, for the install hint. A test compares them
 * with package.json.
 */
export const CHART_PEERS = { vega: "^6.4.0", "vega-lite": "~6.4.3" } as const;

/** The install command for the chart packages. */
export const CHART_INSTALL = `npm install ${Object.entries(CHART_PEERS).map(([name, range]) => `${name}@"${range}"`).join(" ")}`;

/** Whether an import failed because the package itself is absent (not because it is broken). */
function isNotFound(e: unknown, name: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const missing = (e instanceof Error ? e.message : "").match(/^Cannot find (?:package|module) '([^']+)'/)?.[1];
  return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && missing === name;
}

/** Imports one chart package; `undefined` when it is not installed (other failures are thrown). */
async function optional<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (e) {
    if (isNotFound(e, name)) return undefined;
    throw e;
  }
}

/**
 * Loads vega-lite and vega (by dynamic import, so the library's core import and every command
 * but `run --charts` never load them).
 *
 * @param importer - imports a package by name (injectable: tests simulate an absent package)
 * @returns both packages
 * @throws {@link MissingDependencyError} naming the packages that are not installed, with the install command
 * @example
 * ```ts
 * import { loadChartStack } from "./renderSvg.js";
 * const absent = Object.assign(new Error("Cannot find package 'vega' imported from cli.js"), { code: "ERR_MODULE_NOT_FOUND" });
 * let missing: readonly string[] = [];
 * try { await loadChartStack(async (name) => { if (name === "vega") throw absent; return import(name); }); } catch (e) { missing = (e as { packages: readonly string[] }).packages; }
 * missing; // ["vega"]
 * ```
 * @category Command line
 */
export async function loadChartStack(importer: (name: string) => Promise<unknown> = (name) => import(name)): Promise<ChartStack> {
  const [vegaLite, vega] = await Promise.all([optional("vega-lite", () => importer("vega-lite")), optional("vega", () => importer("vega"))]);
  const missing = [...(vega === undefined ? ["vega"] : []), ...(vegaLite === undefined ? ["vega-lite"] : [])];
  if (missing.length > 0) throw new MissingDependencyError("cobenefits run --charts (SVG charts)", missing, CHART_INSTALL);
  return { vegaLite, vega } as unknown as ChartStack;
}

/**
 * Renders a Vega-Lite specification to SVG with vega-lite and vega. The chart builders already
 * pass every user string through `chartText`; as a last guard the SVG is passed through the same
 * escaping, so it never holds a control character XML 1.0 forbids (escape, bell ...) nor a
 * bidirectional override, whatever specification it is given.
 *
 * @param spec - a Vega-Lite specification
 * @param stack - the chart packages, from {@link loadChartStack}
 * @returns the SVG text
 */
export async function renderSvg(spec: VegaLiteSpec, stack: ChartStack): Promise<string> {
  const compiled = stack.vegaLite.compile(spec as never).spec;
  const view = new stack.vega.View(stack.vega.parse(compiled as never) as never, { renderer: "none" });
  try {
    return forTerminal(await view.toSVG());
  } finally {
    view.finalize();
  }
}
