import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // The public entries by name, for the browser planner's model (examples/planner/src/model),
  // which imports the library as a user would; test/planner checks it in Node.
  resolve: {
    alias: [
      { find: /^cobenefits$/, replacement: src("index.ts") },
      { find: /^cobenefits\/files$/, replacement: src("files.ts") },
      { find: /^cobenefits\/charts$/, replacement: src("charts.ts") },
      { find: /^cobenefits\/engine$/, replacement: src("engine.ts") },
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
