// Consumer checks against the packed and installed library (see run.mjs): ESM import, CJS
// require, every subpath export, a browser bundle (esbuild, platform=browser) executed in a
// browser-like realm, the consumer's TypeScript view under node16 and bundler resolution, and
// the package's bin (if package.json declares one), and that the bin is one bundled file (binBundle.mjs).
import { builtinModules } from "node:module";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { webcrypto } from "node:crypto";
import { checkBinBundle } from "./binBundle.mjs";
import { CheckError, EXPECTED, ROOT, check, consumerBody, loadEsbuild, sh, since } from "./project.mjs";

/** Subpath exports of the packed package.json ("." and "./package.json" excluded), with the conditions they offer. */
function subpaths(pkg) {
  const exp = pkg.exports;
  if (exp === undefined || typeof exp === "string") return [];
  return Object.entries(exp)
    .filter(([k]) => k !== "." && k !== "./package.json")
    .map(([k, v]) => {
      check(!k.includes("*"), `subpath pattern ${k} in package.json exports: consumer.mjs cannot test patterns; list the subpaths`);
      const conds = typeof v === "string" ? ["default"] : Object.keys(v);
      return {
        spec: `${pkg.name}/${k.slice(2)}`,
        importable: typeof v === "string" || conds.includes("import") || conds.includes("default"),
        requirable: conds.includes("require"),
      };
    });
}

/** a. ESM: named imports give the known results; import resolves to the ESM build; same names as CJS. */
function checkEsm(dir, pkg, log) {
  const subs = subpaths(pkg).filter((s) => s.importable);
  writeFileSync(
    join(dir, "esm.mjs"),
    `import { toCo2e, compileScenario, evaluateScenario } from "cobenefits";
import * as esm from "cobenefits";
import { createRequire } from "node:module";
${consumerBody()}
const resolved = import.meta.resolve("cobenefits");
if (!resolved.endsWith("/node_modules/cobenefits/dist/index.js")) throw new Error("import resolved to " + resolved);
const cjs = createRequire(import.meta.url)("cobenefits");
const a = Object.keys(esm).sort().join(","), b = Object.keys(cjs).filter((k) => k !== "__esModule").sort().join(",");
if (a !== b) throw new Error("ESM and CJS builds export different names:\\nESM: " + a + "\\nCJS: " + b);
for (const spec of ${JSON.stringify(subs.map((s) => s.spec))}) {
  const m = spec.endsWith(".json") ? await import(spec, { with: { type: "json" } }) : await import(spec);
  if (Object.keys(m).length === 0) throw new Error("import(" + JSON.stringify(spec) + ") has no exports");
}
// The scenario-file entry shares the core's classes: its errors are the core's error classes.
const files = await import("cobenefits/files");
try { files.parseScenarioFile("name: [", { fileName: "x.yaml" }); throw new Error("a bad file was accepted"); }
catch (e) { if (!(e instanceof esm.ScenarioFileError) || !(e instanceof esm.CobenefitsError)) throw new Error("cobenefits/files throws an error class the core does not know: " + e); }
// So does the inventory entry: a CSV value it cannot read is the core's InventoryCsvError.
const inventory = await import("cobenefits/inventory");
try { inventory.readNcvCsv(new TextEncoder().encode("fuel,ncv_GJ_per_t\\nlignite,ten\\n"), { file: "fuels.csv", citationId: "x" }); throw new Error("a bad CSV file was accepted"); }
catch (e) { if (!(e instanceof esm.InventoryCsvError) || e.code !== "CSV_VALUE") throw new Error("cobenefits/inventory throws an error class the core does not know: " + e); }
// So does the impacts entry: an invalid impacts section is the core's InvalidInputError.
const impactsEntry = await import("cobenefits/impacts");
try { impactsEntry.parseImpactsSection({ health: {} }); throw new Error("a bad impacts section was accepted"); }
catch (e) { if (!(e instanceof esm.InvalidInputError)) throw new Error("cobenefits/impacts throws an error class the core does not know: " + e); }
console.log("ok " + Object.keys(esm).length + " exports");
`,
  );
  const out = sh("node", ["esm.mjs"], { cwd: dir });
  log(`  ESM  import from "cobenefits": ${out.stdout.trim()}, toCo2e = ${EXPECTED.co2e}, scenario Shapley ${JSON.stringify(EXPECTED.shapley)}` +
    (subs.length ? `; subpaths ${subs.map((s) => s.spec).join(", ")}` : ""));
}

/** b. CJS: require gives the known results and resolves to the CJS build. */
function checkCjs(dir, pkg, log) {
  const subs = subpaths(pkg).filter((s) => s.requirable);
  writeFileSync(
    join(dir, "cjs.cjs"),
    `"use strict";
const { toCo2e, compileScenario, evaluateScenario } = require("cobenefits");
${consumerBody()}
const resolved = require.resolve("cobenefits");
if (!resolved.endsWith("/node_modules/cobenefits/dist/index.cjs")) throw new Error("require resolved to " + resolved);
for (const spec of ${JSON.stringify(subs.map((s) => s.spec))}) {
  if (Object.keys(require(spec)).length === 0) throw new Error("require(" + JSON.stringify(spec) + ") has no exports");
}
console.log("ok");
`,
  );
  const out = sh("node", ["cjs.cjs"], { cwd: dir });
  check(out.stdout.trim() === "ok", `cjs.cjs printed ${out.stdout}`);
  log(`  CJS  require("cobenefits"): same results` + (subs.length ? `; subpaths ${subs.map((s) => s.spec).join(", ")}` : ""));
}

/**
 * c. Browser: esbuild bundles an entry importing "cobenefits" for platform=browser (it fails on
 * any Node builtin it cannot resolve); the bundle must reference no builtin and import nothing,
 * and it runs in a fresh V8 realm (node:vm) holding only browser globals: no process, require,
 * module, Buffer or global.
 */
async function checkBrowser(dir, log) {
  const esbuild = loadEsbuild();
  writeFileSync(
    join(dir, "browser-entry.mjs"),
    `import { toCo2e, compileScenario, evaluateScenario } from "cobenefits";
${consumerBody()}
globalThis.__consumerResult = {
  result,
  nodeGlobals: ["process", "require", "module", "Buffer", "global", "__dirname"].filter((g) => typeof globalThis[g] !== "undefined"),
};
`,
  );
  const outfile = join(dir, "browser-bundle.js");
  let r;
  try {
    r = await esbuild.build({
      entryPoints: [join(dir, "browser-entry.mjs")],
      absWorkingDir: dir,
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      metafile: true,
      outfile,
      logLevel: "silent",
    });
  } catch (e) {
    throw new CheckError(`esbuild (platform=browser) could not bundle "cobenefits":\n${(e.errors ?? []).map((x) => x.text).join("\n") || e.message}`);
  }
  check(r.warnings.length === 0, `esbuild warnings:\n${r.warnings.map((w) => w.text).join("\n")}`);
  const inputs = Object.keys(r.metafile.inputs);
  check(inputs.some((p) => p.endsWith("node_modules/cobenefits/dist/index.js")), `the browser bundle does not use the package's ESM build:\n${inputs.join("\n")}`);
  const output = Object.values(r.metafile.outputs)[0];
  check(output.imports.length === 0, `the browser bundle still imports: ${output.imports.map((i) => i.path).join(", ")}`);
  const code = readFileSync(outfile, "utf8");
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const named = [...code.matchAll(/(?:require\s*\(\s*|from\s*|import\s*\(\s*)["'`]([^"'`]+)["'`]/g)].map((m) => m[1]).filter((m) => builtins.has(m) || m.startsWith("node:"));
  check(named.length === 0, `the browser bundle references Node builtins: ${[...new Set(named)].join(", ")}`);

  // A browser-like realm: ECMAScript built-ins plus the web APIs browsers have; nothing of Node.
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    structuredClone,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    atob,
    btoa,
    performance,
    crypto: webcrypto,
  });
  vm.runInContext("globalThis.window = globalThis; globalThis.self = globalThis;", context);
  try {
    // format=esm, but the entry exports nothing, so the bundle has no import/export statement
    // and runs as a classic script too (a module-only construct would fail to parse here).
    vm.runInContext(code, context, { filename: "browser-bundle.js" });
  } catch (e) {
    throw new CheckError(`the browser bundle failed in a browser-like realm: ${e?.stack ?? e}`);
  }
  const got = context.__consumerResult;
  check(got !== undefined, "the browser bundle did not run to its end");
  check(got.nodeGlobals.length === 0, `the browser-like realm leaked Node globals: ${got.nodeGlobals.join(", ")}`);
  check(JSON.stringify(got.result) === JSON.stringify(EXPECTED), `browser bundle computed ${JSON.stringify(got.result)}`);
  log(`  browser  esbuild platform=browser format=esm minify: ${(code.length / 1024).toFixed(0)} KiB, no Node builtins, ran in a node:vm realm without Node globals with the same results`);
}

/** d. TypeScript: the consumer's view of the types under node16 (ESM and CJS files) and bundler resolution. */
function checkTypes(dir, log) {
  // The project's own TypeScript (the devDependency), called by path: node_modules/.bin/tsc can
  // be claimed by another package's bundled compiler (tslab ships TypeScript 5.0 with a tsc bin).
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  check(existsSync(tsc), `no TypeScript compiler at ${tsc}`);
  const tsVersion = sh("node", [tsc, "--version"], { cwd: dir }).stdout.trim();
  const body = `
const plan: Plan = compileScenario({
  name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" },
    removal: { SO2: "0.9" }, energyPenalty: "0.01" }],
});
const result: ScenarioResult = evaluateScenario(plan);
const shapley: DecimalString | undefined = result.attribution[0]?.shapley;
const species: Species = "CH4";
const co2e: string = toCo2e("10", species, "AR6-GWP100").toFixed(0);
const scenario: Scenario | undefined = undefined;
const isError: boolean = new Error("x") instanceof CobenefitsError;
// Types are real, not any: each line below must be a type error.
// @ts-expect-error toCo2e returns a Decimal, not a number
const wrong: number = toCo2e("10", "CH4", "AR6-GWP100");
// @ts-expect-error "XYZ" is not a Species
toCo2e("10", "XYZ", "AR6-GWP100");
// @ts-expect-error a scenario needs years, species, metrics, baseline and measures
compileScenario({ name: "incomplete" });
export { shapley, co2e, scenario, isError, wrong };
`;
  const imports = `import { CobenefitsError, compileScenario, evaluateScenario, toCo2e } from "cobenefits";
import type { DecimalString, Plan, Scenario, ScenarioResult, Species } from "cobenefits";
`;
  writeFileSync(join(dir, "types-esm.mts"), imports + body);
  writeFileSync(join(dir, "types-cjs.cts"), imports + body);
  writeFileSync(join(dir, "types-bundler.ts"), imports + body);
  // skipLibCheck false: the package's declaration files (and what they import) must check too.
  // A Node consumer has @types/node (the repository's copy), a bundler consumer the DOM library.
  const common = { strict: true, noEmit: true, skipLibCheck: false, target: "ES2022", exactOptionalPropertyTypes: true };
  const configs = {
    "tsconfig.node16.json": {
      compilerOptions: { ...common, module: "node16", moduleResolution: "node16", lib: ["ES2022"], types: ["node"], typeRoots: [join(ROOT, "node_modules", "@types")] },
      files: ["types-esm.mts", "types-cjs.cts"],
    },
    "tsconfig.bundler.json": {
      compilerOptions: { ...common, module: "esnext", moduleResolution: "bundler", lib: ["ES2022", "DOM"], types: [] },
      files: ["types-bundler.ts"],
    },
  };
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(dir, name), JSON.stringify(config, null, 2));
    // --listFiles proves which declaration files were used.
    const out = sh("node", [tsc, "-p", name, "--listFiles"], { cwd: dir, allowFail: true });
    if (out.status !== 0) {
      const errors = `${out.stdout}${out.stderr}`.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("/")).join("\n");
      throw new CheckError(
        `tsc -p ${name} failed in the consumer project (${tsVersion}):\n${errors}\n` +
          `(an unused @ts-expect-error means a value is typed any, or too loosely, in the consumer's view)`,
      );
    }
    const used = out.stdout.split("\n").filter((l) => l.includes("/node_modules/cobenefits/"));
    const want = name.includes("node16") ? ["dist/index.d.ts", "dist/index.d.cts"] : ["dist/index.d.ts"];
    for (const w of want) check(used.some((l) => l.endsWith(`/node_modules/cobenefits/${w}`)), `tsc -p ${name} did not use ${w}; it used:\n${used.join("\n")}`);
  }
  log(`  types  ${tsVersion} (strict): node16 (.mts -> index.d.ts, .cts -> index.d.cts) and bundler resolution pass`);
}

/**
 * The package's command line: every name in package.json "bin" must be linked and answer
 * `npx <name> --help` with exit 0. A declared bin that does not run fails the check.
 */
function checkBin(dir, pkg, log) {
  if (pkg.bin === undefined) {
    // >>> BIN CHECK: package.json declares no "bin" yet. Nothing to run; this check turns itself
    // on (and must pass) as soon as package.json gets a "bin" entry.
    log(`  bin  NOTE: package.json declares no "bin"; the \`npx <bin> --help\` check is not applicable yet`);
    return;
  }
  const bins = typeof pkg.bin === "string" ? { [pkg.name.replace(/^@[^/]+\//, "")]: pkg.bin } : pkg.bin;
  check(Object.keys(bins).length > 0, `package.json "bin" is empty`);
  for (const [name, file] of Object.entries(bins)) {
    check(existsSync(join(dir, "node_modules", pkg.name, file)), `bin ${name}: ${file} is not in the installed package (is it built and in "files"?)`);
    check(existsSync(join(dir, "node_modules", ".bin", name)), `bin ${name}: npm did not link node_modules/.bin/${name}`);
    // --no: never fetch a package of that name from the registry; only the installed bin counts.
    // "--" is needed: without it npx takes --help for itself and prints its own help.
    const out = sh("npx", ["--no", "--", name, "--help"], { cwd: dir, allowFail: true, timeout: 60_000 });
    check(out.status === 0, `bin ${name}: \`npx ${name} --help\` exited ${out.status ?? out.error}\n--- stdout ---\n${out.stdout}\n--- stderr ---\n${out.stderr}`);
    check(out.stdout.trim().length > 0, `bin ${name}: \`npx ${name} --help\` printed nothing`);
    check(!out.stdout.includes("Run a command from a local or remote npm package"), `bin ${name}: npx printed its own help, not the bin's`);
    log(`  bin  npx ${name} --help: exit 0, ${out.stdout.trim().split("\n").length} lines of help`);
  }
}

/**
 * Runs every consumer check (a failing one does not stop the others) and returns the failures
 * as [name, message] pairs.
 */
export async function checkConsumer({ dir, pkg }, log = console.log) {
  const t0 = performance.now();
  const failures = [];
  const steps = [
    ["ESM", () => checkEsm(dir, pkg, log)],
    ["CJS", () => checkCjs(dir, pkg, log)],
    ["browser", () => checkBrowser(dir, log)],
    ["types", () => checkTypes(dir, log)],
    ["bin", () => checkBin(dir, pkg, log)],
    ["bin bundle", () => checkBinBundle(dir, pkg, log)],
  ];
  for (const [name, step] of steps) {
    try {
      await step();
    } catch (e) {
      if (!(e instanceof CheckError)) throw e;
      log(`  ${name}  FAILED (details at the end)`);
      failures.push([name, e.message]);
    }
  }
  log(`  consumer checks: ${steps.length - failures.length}/${steps.length} passed (${since(t0)})`);
  return failures;
}
