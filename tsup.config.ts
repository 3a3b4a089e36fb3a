import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the core import and the scenario-file reader (a subpath, so YAML stays out of the core).
    entry: { index: "src/index.ts", files: "src/files.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    // One shared chunk for the two entries, so that `cobenefits/files` throws the same error
    // classes (instanceof works) and uses the same factor tables as `cobenefits`.
    splitting: true,
  },
  {
    // The command line (package bin): ESM only; vega and vega-lite are loaded only for --charts.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    treeshake: true,
    splitting: false,
    external: ["vega", "vega-lite"],
  },
]);
