import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Start-up of the published command (issue 9, item 8): whole processes of the BUILT bin,
// dist/cli.js (one bundle, split into chunks loaded on demand, see tsup.config.ts), against a bare `node -e 0`, in paired runs:
// the reference and the command alternate, so both meet the same machine state, and each ratio is
// the median over the pairs of (command / reference). Run by bench/run.ts; builds dist/ first
// (`npm run build`) when dist/cli.js is missing or older than its sources.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "dist", "cli.js");
/** Pairs per command (odd, so the median is one pair). */
const PAIRS = 21;
/** The worked city run: an example scenario file, CSV on stdout (to /dev/null). */
const CITY_RUN = ["run", "examples/beijing/scenario.yaml", "--metric", "AR6-GWP100", "--format", "csv"];

type Report = (name: string, value: string, target: string, pass?: boolean) => void;

/** The newest modification time [ms since epoch] among the bin's inputs, and the file that has it. */
function newestInput(): { file: string; mtimeMs: number } {
  const files = [
    ...readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" }).map((f) => join(ROOT, "src", f)),
    ...["tsup.config.ts", "package.json", "package-lock.json"].map((f) => join(ROOT, f)),
  ];
  let newest = { file: "", mtimeMs: 0 };
  for (const file of files) {
    if (!existsSync(file)) continue;
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  }
  return newest;
}

/** Builds dist/ (`npm run build`) when dist/cli.js is missing or older than an input; returns an error text or undefined. */
function ensureBuilt(): string | undefined {
  const newest = newestInput();
  const stale = !existsSync(BIN) ? "dist/cli.js is missing" : statSync(BIN).mtimeMs < newest.mtimeMs ? `dist/cli.js is older than ${newest.file.slice(ROOT.length + 1)}` : undefined;
  if (stale === undefined) {
    console.error("  start-up: dist/cli.js is up to date with src/, tsup.config.ts, package.json and package-lock.json");
    return undefined;
  }
  console.error(`  start-up: ${stale}; running \`npm run build\` first ...`);
  const built = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (built.status !== 0) return `\`npm run build\` failed (exit ${built.status ?? built.error}): ${(built.stderr || built.stdout).trim().split("\n").slice(-5).join(" / ")}`;
  return undefined;
}

/** Wall time of one whole process [ms]; throws when it fails, so a broken bin is never timed. */
function timeProcess(args: readonly string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status ?? r.signal}: ${r.stderr.trim().split("\n").slice(0, 5).join(" / ")}`);
  return ms;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Paired runs of `node -e 0` and `node <args>`: medians [ms] and the median of the per-pair ratios. */
function paired(args: readonly string[]): { referenceMs: number; commandMs: number; ratio: number } {
  timeProcess(["-e", "0"]);
  timeProcess(args); // untimed: warms the file cache, and checks that the command succeeds
  const reference: number[] = [];
  const command: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    reference.push(timeProcess(["-e", "0"]));
    command.push(timeProcess(args));
  }
  return { referenceMs: median(reference), commandMs: median(command), ratio: median(command.map((c, i) => c / reference[i]!)) };
}

/** The start-up figures: `cobenefits --help` and a worked city run, each a ratio to `node -e 0`. */
export function startupFigures(report: Report): void {
  const targets = [
    { name: "start-up: `cobenefits --help` (dist/cli.js) / `node -e 0`, whole processes", args: ["--help"], limit: 3 },
    { name: `start-up: \`cobenefits ${CITY_RUN.join(" ")}\` > /dev/null / \`node -e 0\``, args: CITY_RUN, limit: 6 },
  ];
  const failure = ensureBuilt();
  if (failure !== undefined) {
    for (const t of targets) report(t.name, failure, `<= ${t.limit}x`, false);
    return;
  }
  const chunks = existsSync(join(ROOT, "dist", "cli")) ? readdirSync(join(ROOT, "dist", "cli")).filter((f) => f.endsWith(".js")).map((f) => join(ROOT, "dist", "cli", f)) : [];
  const kB = (files: readonly string[]) => (files.reduce((sum, f) => sum + statSync(f).size, 0) / 1000).toFixed(0);
  report("start-up: size of the bundled bin: dist/cli.js and its chunks in dist/cli/, loaded on demand (vega and vega-lite only by --charts)", `${kB([BIN])} kB + ${kB(chunks)} kB in ${chunks.length} chunks`, "-");
  for (const t of targets) {
    try {
      const { referenceMs, commandMs, ratio } = paired([BIN, ...t.args]);
      const value = `${ratio.toFixed(2)}x (${commandMs.toFixed(0)} ms vs ${referenceMs.toFixed(0)} ms; median of ${PAIRS} pairs)`;
      report(t.name, value, `<= ${t.limit}x`, ratio <= t.limit);
    } catch (e) {
      report(t.name, e instanceof Error ? e.message : String(e), `<= ${t.limit}x`, false);
    }
  }
}

// `tsx bench/startup.ts`: these figures alone.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startupFigures((name, value, target, pass) => console.log(`${pass === undefined ? "info" : pass ? "PASS" : "FAIL"}  ${name}: ${value} (target ${target})`));
}
