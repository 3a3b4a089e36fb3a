// Shared helpers of the package-quality checks (consumer.mjs, bundleSize.mjs, run.mjs):
// install the packed library (packCleanCopy.mjs) into a throw-away consumer project, and run
// commands there. Plain Node (no TypeScript), so it is outside tsconfig's type check.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/package/project.mjs). */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The repository's own package.json. */
export const ROOT_PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/** The esbuild the repository pins as a devDependency (JS API). */
export function loadEsbuild() {
  return createRequire(join(ROOT, "package.json"))("esbuild");
}

/** A failed check: run.mjs prints its message and exits 1. */
export class CheckError extends Error {}

export function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

/**
 * The environment for child npm/node processes: without the npm_* variables that `npm run`
 * exports (npm_config_*, npm_package_*, ...), so the nested npm sees the consumer project, not
 * this repository's configuration. The user's ~/.npmrc (and so its cache) still applies.
 */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && k !== "INIT_CWD") env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs a command; throws a CheckError with its output when it exits non-zero (unless allowFail). */
export function sh(cmd, args, { cwd, allowFail = false, timeout = 180_000 } = {}) {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: "utf8", timeout, maxBuffer: 64 * 1024 * 1024 });
  const out = { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error: r.error };
  if (!allowFail && (r.error || r.status !== 0)) {
    throw new CheckError(
      `command failed (exit ${r.status ?? r.signal ?? r.error}): ${cmd} ${args.join(" ")}\n  in ${cwd}\n` +
        `--- stdout ---\n${out.stdout.trim()}\n--- stderr ---\n${out.stderr.trim()}`,
    );
  }
  return out;
}

/** Milliseconds since t0, formatted. */
export const since = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/**
 * Packs the library with `pack(packDir, scratchDir)` (packCleanCopy.mjs: from a clean copy of the
 * sources, built by the "prepack" script) and installs the tarball with its dependencies into a
 * fresh temporary project. Returns { dir, tarball, pkg (the packed package.json), cleanup }.
 * The install is a real `npm install <tarball>`; --prefer-offline reuses the local npm cache.
 */
export function createConsumerProject({ pack, log = console.log }) {
  const dir = mkdtempSync(join(tmpdir(), "cobenefits-consumer-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const packDir = join(dir, "pack");
    const projectDir = join(dir, "project");
    mkdirSync(packDir);
    mkdirSync(projectDir);
    const { tarball } = pack(packDir, join(dir, "source"));

    writeFileSync(
      join(projectDir, "package.json"),
      JSON.stringify({ name: "cobenefits-consumer", version: "0.0.0", private: true }, null, 2) + "\n",
    );
    const t1 = performance.now();
    sh(
      "npm",
      ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"],
      { cwd: projectDir },
    );
    const pkg = JSON.parse(readFileSync(join(projectDir, "node_modules", ROOT_PKG.name, "package.json"), "utf8"));
    check(pkg.version === ROOT_PKG.version, `installed version ${pkg.version}, expected ${ROOT_PKG.version}`);
    log(`  installed the tarball and its dependencies into ${projectDir} (${since(t1)})`);
    return { dir: projectDir, tarball, pkg, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/**
 * A scenario with a known result (the @example of src/scenario/evaluateScenario.ts), shared by
 * the ESM, CJS and browser consumers.
 */
export const SCENARIO = {
  name: "demo",
  years: { start: 2030, end: 2030 },
  species: ["SO2", "CO2", "CH4", "N2O"],
  metrics: ["AR6-GWP100"],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [
    {
      id: "fgd",
      kind: "controlDevice",
      target: { activityIds: ["stoves"] },
      penetration: { kind: "constant", value: "1" },
      removal: { SO2: "0.9" },
      energyPenalty: "0.01",
    },
  ],
};

/** What every consumer must compute; see consumerSource(). */
export const EXPECTED = {
  co2e: "279",
  shapley: [
    ["SO2", "80.91"],
    ["CO2", "-98.3"],
    ["CH4", "-0.3"],
    ["N2O", "-0.0015"],
  ],
  flags: ["airPollutantsDownCo2eUp"],
};

/**
 * The body of a consumer program, given how it obtains the library (an import or a require
 * line). It computes the values of EXPECTED into `result`, then compares them.
 */
export function consumerBody() {
  return `
const plan = compileScenario(${JSON.stringify(SCENARIO)});
const r = evaluateScenario(plan);
const result = {
  co2e: toCo2e("10", "CH4", "AR6-GWP100").toString(),
  shapley: r.attribution.map((a) => [a.species, a.shapley]),
  flags: r.tradeOffs[0] && r.tradeOffs[0].flags,
};
const expected = ${JSON.stringify(EXPECTED)};
if (JSON.stringify(result) !== JSON.stringify(expected)) {
  throw new Error("wrong result: " + JSON.stringify(result) + ", expected " + JSON.stringify(expected));
}
`;
}
