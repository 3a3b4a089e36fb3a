// Bundle-size budget of the main entry, measured on the packed and installed library (see
// run.mjs): esbuild bundles it WITH its dependencies (platform=browser, format=esm, minified),
// then node:zlib gzips at level 9. The whole public API (`export * from "cobenefits"`) must stay
// under the budget; a typical-use entry is reported too. On every run the per-package
// breakdown is printed: minified bytes per package (esbuild metafile) and, per direct
// dependency, its marginal gzip cost (the bundle with that dependency left external).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CheckError, loadEsbuild, since } from "./project.mjs";

/** The budget: 150 kB = 150 000 bytes, gzipped. */
export const BUDGET_GZIP_BYTES = 150_000;

const ENTRIES = {
  "whole API": `export * from "cobenefits";\n`,
  "typical use": `// compile and evaluate a scenario, an emission inventory, CO2e under a named metric
export { compileScenario, evaluateScenario, computeEmissions, createFactorSet, toCo2e } from "cobenefits";\n`,
};

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const packageOf = (path) => {
  const m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  return m ? m[1] : path;
};

async function measure(esbuild, dir, entryFile, external = []) {
  let r;
  try {
    r = await esbuild.build({
      entryPoints: [entryFile],
      absWorkingDir: dir,
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      metafile: true,
      write: false,
      external,
      logLevel: "silent",
      outfile: join(dir, "size-out.js"),
    });
  } catch (e) {
    throw new CheckError(`esbuild could not bundle ${entryFile}:\n${(e.errors ?? []).map((x) => x.text).join("\n") || e.message}`);
  }
  const js = r.outputFiles.find((f) => f.path.endsWith(".js")).contents;
  const gzip = gzipSync(js, { level: 9 }).length;
  const byPackage = {};
  for (const [path, info] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
    const p = packageOf(path);
    byPackage[p] = (byPackage[p] ?? 0) + info.bytesInOutput;
  }
  return { minified: js.length, gzip, byPackage };
}

export async function checkBundleSize({ dir, pkg }, log = console.log) {
  const t0 = performance.now();
  const esbuild = loadEsbuild();
  const results = {};
  for (const [name, source] of Object.entries(ENTRIES)) {
    const file = join(dir, `size-${name.replace(/\W+/g, "-")}.mjs`);
    writeFileSync(file, source);
    results[name] = { file, ...(await measure(esbuild, dir, file)) };
  }
  const whole = results["whole API"];
  for (const [name, r] of Object.entries(results)) {
    log(`  size  ${name.padEnd(11)}: ${kB(r.minified)} minified, ${kB(r.gzip)} gzipped (budget ${kB(BUDGET_GZIP_BYTES)})`);
    const parts = Object.entries(r.byPackage).filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
    log(`          minified by package: ${parts.map(([p, b]) => `${p} ${kB(b)}`).join(", ")}`);
  }

  // Breakdown of the whole-API bundle.
  log(`  size  whole API, minified bytes by package (esbuild metafile):`);
  const rows = Object.entries(whole.byPackage).sort((a, b) => b[1] - a[1]);
  const deps = Object.keys(pkg.dependencies ?? {});
  for (const [p, bytes] of rows) {
    if (bytes === 0) continue; // the entry file itself
    const label = p === "cobenefits" ? "cobenefits (own code)" : deps.includes(p) ? p : `${p} (transitive)`;
    log(`          ${label.padEnd(34)} ${kB(bytes).padStart(9)}  ${((100 * bytes) / whole.minified).toFixed(1).padStart(5)} %`);
  }
  log(`  size  whole API, marginal gzip cost of each direct dependency (bundle with it external):`);
  for (const dep of deps) {
    const inBundle = Object.keys(whole.byPackage).includes(dep);
    if (!inBundle) {
      log(`          ${dep.padEnd(34)} not in the main-entry bundle`);
      continue;
    }
    const without = await measure(esbuild, dir, whole.file, [dep, `${dep}/*`]);
    log(`          ${dep.padEnd(34)} ${kB(whole.gzip - without.gzip).padStart(9)} gzipped (with its own dependencies)`);
  }
  const own = await measure(esbuild, dir, whole.file, deps.flatMap((d) => [d, `${d}/*`]));
  log(`          ${"cobenefits own code".padEnd(34)} ${kB(own.gzip).padStart(9)} gzipped (every dependency external)`);
  const failures = Object.entries(results)
    .filter(([, r]) => r.gzip >= BUDGET_GZIP_BYTES)
    .map(([name, r]) => [
      `size (${name})`,
      `bundle-size budget exceeded: ${name} is ${kB(r.gzip)} gzipped, the budget is ${kB(BUDGET_GZIP_BYTES)}; ` +
        `the largest package in it is ${rows[0][0]} (${kB(rows[0][1])} minified), see the breakdown above`,
    ]);
  log(`  bundle-size checks: ${failures.length === 0 ? "passed" : "FAILED"} (${since(t0)})`);
  return failures;
}
