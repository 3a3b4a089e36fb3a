import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The JSON report feeds the one-line summary that .ci/run prints last.
    reporters: ["default", "json"],
    outputFile: { json: "node_modules/.cache/cobenefits/vitest-report.json" },
  },
});
