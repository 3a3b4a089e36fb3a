// Builds the planner: one classic script, examples/planner/dist/planner.js, with the library
// (from src/, through the public entries `cobenefits`, `cobenefits/files`, `cobenefits/charts`,
// `cobenefits/engine`),
// preact, vega and vega-lite bundled in, and the Beijing example as text. A classic script (not a
// module) so that index.html also works opened from disk.
// Usage: node examples/planner/build.mjs [--watch]
import { build, context } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const options = {
  entryPoints: [join(here, "src", "main.tsx")],
  outfile: join(here, "dist", "planner.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  jsx: "automatic",
  jsxImportSource: "preact",
  loader: { ".yaml": "text" },
  // The public entries of the library, read from its sources (no build of the package needed).
  alias: { cobenefits: join(root, "src", "index.ts"), "cobenefits/files": join(root, "src", "files.ts"), "cobenefits/charts": join(root, "src", "charts.ts"), "cobenefits/engine": join(root, "src", "engine.ts"), "cobenefits/report": join(root, "src", "report.ts"), "cobenefits/compare": join(root, "src", "compare.ts"), "cobenefits/costs": join(root, "src", "costs.ts"), "cobenefits/xlsx": join(root, "src", "xlsx.ts") },
  legalComments: "linked",
  logLevel: "warning",
  metafile: true,
};
// The entries of the results panels (impacts, uncertainty ranges), beside the ones above.
Object.assign(options.alias, { "cobenefits/impacts": join(root, "src", "impacts.ts"), "cobenefits/uncertainty": join(root, "src", "uncertainty.ts") });

if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
  console.log("planner: watching for changes");
} else {
  const started = performance.now();
  const result = await build(options);
  const bytes = Object.values(result.metafile.outputs).reduce((s, o) => (o.entryPoint === undefined ? s : s + o.bytes), 0);
  console.log(`planner: built examples/planner/dist/planner.js (${(bytes / 1e6).toFixed(2)} MB, minified) in ${Math.round(performance.now() - started)} ms`);
}
