import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SECTORS } from "../src/factors/sectors.js";
import { computeInventory } from "../src/inventory/computeInventory.js";
import { computeInventoryFromCsv } from "../src/inventory/computeInventoryFromCsv.js";
import { readFactorCsv, readNcvCsv } from "../src/inventory/readFactorCsv.js";
import { createFactorSet } from "../src/factors/factorSet.js";
import type { Species } from "../src/units/species.js";

// The inventory route against the pandas peer (../shared/peers/pandas_inventory.py, README there):
// 1M activity rows x 12 species, on the CSV files the peer writes, with the library's own sector
// codes and fuel ids. Each side runs in its own process, so peak memory is its own.
// Run by bench/run.ts; `tsx bench/inventoryRoute.ts child <compute|route> <dir>` is one side.

const ROWS = 1_000_000;
const HERE = dirname(fileURLToPath(import.meta.url));
const PEER = resolve(HERE, "..", "..", "shared", "peers", "pandas_inventory.py");
const INSTALL = "apt-get update && apt-get install -y --no-install-recommends python3-pandas";
/** The peer's default species (all are species of the library). */
const SPECIES: Species[] = ["PM2.5", "PM10", "TSP", "BC", "OC", "SO2", "NOx", "NMVOC", "CO", "NH3", "CO2", "CH4"];
/** Fossil fuels (a biogenic fuel's CO2 is zero by the library's rule, which pandas does not know). */
const FUELS = ["anthracite", "cokingCoal", "otherBituminousCoal", "subBituminousCoal", "lignite", "naturalGas", "lpg", "gasDieselOil", "residualFuelOil", "motorGasoline"];
/** The peer draws NCVs uniformly from 10 to 50 GJ/t for real fuel names: synthetic values, outside some fuels' IPCC ranges. */
const SYNTHETIC = "synthetic benchmark data: pandas_inventory.py draws NCVs uniformly from 10 to 50 GJ/t";
const CITATION = { id: "bench-national-table", authors: "cobenefits benchmark", title: "Synthetic national factor and NCV tables (pandas_inventory.py, seed 20261130)", publisher: "cobenefits", year: 2026, url: "https://example.org/bench" };

interface Side {
  readonly best_s: number;
  readonly peak_rss_mb: number;
  readonly totals_t: Record<string, number>;
}

/** One side of the comparison, in this (child) process. */
function child(mode: string, dir: string): Side {
  const read = (name: string) => readFileSync(join(dir, name));
  const files = () => ({
    activities: { name: "activities.csv", contents: read("activities.csv") }, factors: { name: "factors.csv", contents: read("factors.csv") },
    ncv: { name: "fuels.csv", contents: read("fuels.csv") }, ncvOutsideIpccRange: SYNTHETIC, citation: CITATION, builtinTables: [],
  });
  let best = Number.POSITIVE_INFINITY;
  let totals: Record<string, number> = {};
  const time = (runs: number, f: () => { speciesTotals: readonly { species: string; value: number | null }[] }) => {
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = f();
      best = Math.min(best, (performance.now() - t) / 1000);
      totals = Object.fromEntries(r.speciesTotals.map((s) => [s.species, s.value ?? Number.NaN]));
    }
  };
  if (mode === "route") {
    // One untimed run first, so that the timed ones meet compiled code, as pandas' compiled C does.
    computeInventoryFromCsv(files(), { species: SPECIES });
    time(3, () => computeInventoryFromCsv(files(), { species: SPECIES }));
  }
  else {
    // Parsed columns, as the frames pandas' compute starts from: strings and float64 amounts, and the factor tables read.
    const lines = read("activities.csv").toString("utf8").split("\n");
    const n = lines.length - 2;
    const sector: string[] = new Array<string>(n);
    const fuel: string[] = new Array<string>(n);
    const amount = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [s, f, a] = lines[i + 1]!.split(",");
      sector[i] = s!;
      fuel[i] = f!;
      amount[i] = Number(a);
    }
    const f = files();
    const set = createFactorSet({
      userTables: [readFactorCsv(f.factors.contents, { file: "factors.csv", tableId: "user", citationId: CITATION.id })],
      userNcv: readNcvCsv(f.ncv.contents, { file: "fuels.csv", citationId: CITATION.id, outsideIpccRange: SYNTHETIC }), userCitations: [CITATION], builtinTables: [],
    });
    // A new set object each run: the factor index is built inside the timed call, as pandas hashes the factor table in its merge.
    time(5, () => computeInventory({ sector, fuel, amount, unit: "t" }, { factors: { ...set }, species: SPECIES }));
  }
  return { best_s: best, peak_rss_mb: process.resourceUsage().maxRSS / 1024, totals_t: totals };
}

const largestRelativeDifference = (a: Record<string, number>, b: Record<string, number>) =>
  Math.max(...SPECIES.map((s) => (a[s] === undefined || b[s] === undefined ? Number.POSITIVE_INFINITY : Math.abs(a[s] - b[s]) / Math.abs(b[s]))));

/**
 * The inventory figures of `npm run bench`: (a) from parsed columns to totals, (b) from the three
 * CSV files to totals, each as a ratio to pandas measured in the same run; totals against pandas'
 * totals; peak memory of the route's process against pandas'. Without pandas, every figure is
 * reported as FAIL with the command that installs it.
 */
export function inventoryRouteFigures(report: (name: string, value: string, target: string, pass?: boolean) => void): void {
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const targets = [
    ["inventory route 1M x 12 (a): pandas compute / computeInventory from parsed columns", ">= 10x"],
    ["inventory route 1M x 12 (b): pandas read_csv+compute / computeInventoryFromCsv from the 3 CSV files", ">= 3x"],
    ["inventory route 1M x 12: totals vs pandas, largest relative difference per species", "<= 1e-12"],
    ["inventory route 1M x 12: peak RSS of the route's node process / pandas process", "<= 1"],
  ] as const;
  if (!existsSync(PEER) || spawnSync(python, ["-c", "import pandas"]).status !== 0) {
    const why = existsSync(PEER) ? `pandas is not installed for ${python}: ${INSTALL}` : `the peer ${PEER} is missing`;
    for (const [name, target] of targets) report(name, why, target, false);
    return;
  }
  const dir = join(tmpdir(), `cobenefits-bench-inventory-${ROWS}`);
  mkdirSync(dir, { recursive: true });
  console.error(`inventory route: pandas peer on ${dir} (writes the files once) ...`);
  const peer = JSON.parse(execFileSync(python, [PEER, dir, String(ROWS), "--sectors", Object.keys(SECTORS).join(","), "--fuels", FUELS.join(","), "--species", SPECIES.join(",")], { encoding: "utf8", maxBuffer: 1 << 24 })) as {
    rows: number; compute_best_s: number; route_best_s: number; peak_rss_mb: number; totals_t: Record<string, number>;
  };
  const side = (mode: string): Side => {
    console.error(`inventory route: cobenefits ${mode} (own process) ...`);
    const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "child", mode, dir], { encoding: "utf8", maxBuffer: 1 << 24 });
    return JSON.parse(out) as Side;
  };
  const compute = side("compute");
  const route = side("route");
  const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
  const a = peer.compute_best_s / compute.best_s;
  const b = peer.route_best_s / route.best_s;
  report(targets[0][0], `${a.toFixed(1)}x (pandas ${ms(peer.compute_best_s)}, cobenefits ${ms(compute.best_s)}; best of 5)`, targets[0][1], a >= 10);
  report(targets[1][0], `${b.toFixed(1)}x (pandas ${ms(peer.route_best_s)}, cobenefits ${ms(route.best_s)}; best of 3 after 1 warm-up)`, targets[1][1], b >= 3);
  const diff = Math.max(largestRelativeDifference(compute.totals_t, peer.totals_t), largestRelativeDifference(route.totals_t, peer.totals_t));
  report(targets[2][0], diff.toExponential(1), targets[2][1], diff <= 1e-12);
  const m = route.peak_rss_mb / peer.peak_rss_mb;
  report(targets[3][0], `${m.toFixed(2)} (${route.peak_rss_mb.toFixed(0)} MB vs ${peer.peak_rss_mb.toFixed(0)} MB)`, targets[3][1], m <= 1);
  report("inventory route 1M x 12: peak RSS of the columns process (1M strings held)", `${compute.peak_rss_mb.toFixed(0)} MB`, "-");
  console.error("inventory route: the command line, whole process ...");
  const t = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", resolve(HERE, "..", "src", "cli", "bin.ts"), "inventory", join(dir, "activities.csv"), "--species", SPECIES.join(","), "--factors", join(dir, "factors.csv"), "--ncv", join(dir, "fuels.csv"), "--ncv-outside-ipcc-range", SYNTHETIC,
    "--citation-id", CITATION.id, "--citation-title", CITATION.title, "--citation-authors", CITATION.authors, "--citation-publisher", CITATION.publisher, "--citation-year", String(CITATION.year), "--citation-url", CITATION.url, "--builtin", "none", "--format", "csv"], { stdio: ["ignore", "ignore", "inherit"] });
  report("inventory route 1M x 12: `cobenefits inventory` on the CSV files, whole process (tsx)", `${((performance.now() - t) / 1000).toFixed(2)} s`, "seconds", undefined);
}

if (process.argv[2] === "child") process.stdout.write(`${JSON.stringify(child(process.argv[3]!, process.argv[4]!))}\n`);
