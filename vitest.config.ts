import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The public entries by name, for the browser planner's model (examples/planner/src/model),
  // which imports the library as a user would; test/planner checks it in Node.
  resolve: {
    alias: [
      { find: /^cobenefits$/, replacement: src("index.ts") },
      // every entry point: cobenefits/files, /charts, /engine, /report and the analysis entries
      { find: /^cobenefits\/([a-z]+)$/, replacement: src("$1.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The JSON report feeds the one-line summary that .ci/run prints last.
    reporters: ["default", "json"],
    outputFile: { json: "node_modules/.cache/cobenefits/vitest-report.json" },
  },
});
