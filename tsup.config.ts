import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the core import, the scenario-file reader (a subpath, so YAML stays out of the
    // core), the engine builders' tools (a subpath, so the core import stays what a user composes)
    // and two use cases as subpaths, so that the core stays within its bundle budget: the national
    // inventory route and the chart specifications.
    entry: { index: "src/index.ts", files: "src/files.ts", engine: "src/engine.ts", inventory: "src/inventory.ts", charts: "src/charts.ts", report: "src/report.ts", costs: "src/costs.ts", uncertainty: "src/uncertainty.ts", impacts: "src/impacts.ts", optimise: "src/optimise.ts", compare: "src/compare.ts", xlsx: "src/xlsx.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Source maps that point into the sources without carrying them (sourcesContent: false): a
    // stack trace maps to src/ file names and lines, and the package does not ship its sources
    // twice (with them the maps were 2 of the 3.2 MB unpacked).
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    clean: true,
    target: "es2022",
    treeshake: true,
    // Shared chunks for the entries, so that `cobenefits/files`, `cobenefits/inventory` and
    // `cobenefits/charts` throw the same error classes (instanceof works) and use the same factor
    // tables as `cobenefits`.
    splitting: true,
  },
  {
    // The command line (package bin): a self-contained ESM bundle, so that a command starts fast
    // (docs/performance.md, "Start-up"): the runtime dependencies are bundled in and tree-shaken
    // by esbuild, instead of being loaded file by file through Node's module loader. vega and
    // vega-lite stay external: they are loaded by dynamic import, only for `run --charts`.
    // Split into chunks (dist/cli/): dist/cli.js holds the command registry and --help, and each
    // command's code (src/cli/main.ts loads it by dynamic import) and the analysis layers a run
    // uses only for a scenario section it has are chunks loaded when needed.
    // test/package/binBundle.mjs checks the installed bin loads no other package.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    // No source map: nothing imports the bin, Node reads maps only under --enable-source-maps, and
    // a map with its sources would ship ~1 MB for that. Identifiers are not mangled, so a stack
    // trace (printed with "internal error") still names the project's functions.
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "node",
    // esbuild tree-shakes the bundle; tsup's extra Rollup pass would add seconds for < 1 kB.
    treeshake: false,
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
    noExternal: ["decimal.js", "jsonc-parser", "yaml", "zod", "yalps", "heap"],
    external: ["vega", "vega-lite"],
    minifyWhitespace: true,
    minifySyntax: true,
    // yaml's Node build is CommonJS and requires "process" and "buffer": give the bundle a
    // `require` (esbuild's ESM output has none) for those built-ins.
    banner: { js: 'import { createRequire as __cobenefitsCreateRequire } from "node:module"; const require = __cobenefitsCreateRequire(import.meta.url);' },
  },
]);
