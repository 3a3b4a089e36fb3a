import { MissingDependencyError } from "../errors.js";
import { type ChartStack, chartToSvg } from "../report/charts/chartToSvg.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";

export type { ChartStack } from "../report/charts/chartToSvg.js";

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
 * Renders a Vega-Lite specification to SVG with the chart packages `loadChartStack` loaded:
 * {@link chartToSvg}, which also escapes the SVG's text.
 *
 * @param spec - a Vega-Lite specification
 * @param stack - the chart packages, from {@link loadChartStack}
 * @returns the SVG text
 */
export async function renderSvg(spec: VegaLiteSpec, stack: ChartStack): Promise<string> {
  return chartToSvg(spec, stack);
}
