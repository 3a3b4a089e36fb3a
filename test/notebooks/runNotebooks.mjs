#!/usr/bin/env node
/**
 * Executes every training notebook in examples/notebooks/ headlessly and checks it.
 *
 *   node test/notebooks/runNotebooks.mjs                   run all notebooks (npm run test:notebooks)
 *   node test/notebooks/runNotebooks.mjs 02                run the notebooks whose file name contains "02"
 *   node test/notebooks/runNotebooks.mjs --client nbclient run them in Jupyter's own nbclient (Python)
 *   node test/notebooks/runNotebooks.mjs --clear           clear outputs of the committed notebooks in place
 *
 * Needs the built package (npm run build) and the tslab devDependency. Two clients run the tslab
 * kernel, from the kernelspec that examples/notebooks/setup.mjs writes:
 * - "node" (the default, what `npm test` uses): executeNotebook.mjs, a Jupyter client in Node over
 *   ZeroMQ (jupyterKernelClient.mjs, with the zeromq devDependency), so no Python is needed;
 * - "nbclient": executeNotebook.py, Jupyter's nbclient, run by a Python with Debian's
 *   python3-nbclient (default /usr/bin/python3; NOTEBOOK_PYTHON overrides it). .ci/run runs it
 *   after `npm test` as a second check of the same notebooks in real Jupyter.
 * A missing piece is a failure, never a skip. For each notebook it checks that the committed file
 * has no outputs and imports only from "cobenefits", executes it (per-cell timeout), fails on any
 * cell error, anything written to stderr, or a cell left unexecuted, and checks key printed values
 * against EXPECTED below. The executed copies are written to node_modules/.cache/cobenefits/notebooks/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { KERNEL_NAME, NOTEBOOKS, ROOT, setupNotebooks } from "../../examples/notebooks/setup.mjs";
import { executeNotebook } from "./executeNotebook.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const PYTHON = process.env.NOTEBOOK_PYTHON ?? "/usr/bin/python3";
const CELL_TIMEOUT_SECONDS = 120;
const NOTEBOOK_TIMEOUT_MS = 600_000;
const CLIENTS = ["node", "nbclient"];
const OUT = join(ROOT, "node_modules", ".cache", "cobenefits", "notebooks");

/**
 * What each notebook must print: a string to find in its printed output, or a RegExp (multiline)
 * to match it, with where the number comes from. Every notebook needs an entry: a notebook that
 * checks nothing fails.
 */
const EXPECTED = {
  "01-species-units-and-metrics.ipynb": [
    // 1 tce = 7000 kcal/kg x 4.1868 kJ/kcal = 29.3076 GJ
    "{ value: '29.3076', unit: 'GJ' }",
    // 100 t NOx (as NO2) x 14.007 / 46.005 (IUPAC atomic weights)
    "100 t NOx (as NO2) = 30.45 t N",
    // CH4 GWP100: AR5 WG1 Table 8.7: 28; AR6 WG1 Table 7.SM.7: 27.9; AR6 GWP20: 81.2
    "10 t CH4 under AR5-GWP100 =  280 t CO2e",
    "10 t CH4 under AR6-GWP100 =  279 t CO2e",
    "10 t CH4 under AR6-GWP20  =  812 t CO2e",
    "MetricRequiredError: metric: CO2e needs an explicitly named metric",
    // AR6 WG1 Table 7.15: fossil CH4 29.8 +/- 11, non-fossil 27.0 +/- 11
    /^AR6-GWP100-fossilCH4 +CH4 = 29\.8 \+\/- 11 +\(Table 7\.15\) +10 t CH4 = 298 t CO2e$/m,
    /^AR6-GWP100-nonfossilCH4 CH4 = 27\.0 \+\/- 11 +\(Table 7\.15\) +10 t CH4 = 270 t CO2e$/m,
    'MissingMetricValueError: metric "AR6-GWP100" has no value for BC',
    // Bond et al. (2013): BC GWP100 900, range 120-1800
    "1 t BC = 900 t CO2e under AR6-GWP100+Bond2013-GWP100",
    "uncertainty range 120 to 1800",
    "MetricCombinationError",
  ],
  "02-emission-factors-and-citations.ipynb": [
    // EMEP/EEA 2019, 1.A.4 Table 3-3 (residential, hard and brown coal): PM2.5 398 g/GJ (72-480)
    "PM2.5 from household coal stoves: 398 g/GJ, 95% confidence interval 72 to 480 g/GJ",
    "source: EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion, Table 3-3",
    // 2006 IPCC Guidelines Vol. 2 Table 1.4: other bituminous coal 94 600 kg CO2/TJ, written for 1.A
    "CO2: 94600 kg/TJ (IPCC2006-V2-Ch1, Table 1.4); row written for sector 1.A, fuel otherBituminousCoal",
    // EMEP/EEA 2019, 1.A.3.b Table 3-23: Euro IV urban bus NOx 5.42 g/km
    "NOx of a Euro IV diesel urban bus: 5.42 g/km (EMEP-EEA-2019-1A3bi-iv, Table 3-23)",
    'UnknownTechnologyError: technology: no factor row names technology "Urban Bus Euro IV"',
    // 120 kt x 20.9 GJ/t x 108 g/GJ (EMEP/EEA 2019, 1.A.4 Table 3-7, 60-220) = 270.864 t; x 60/108 and x 220/108
    "heating-boilers PM2.5 = 270.864 t/yr",
    "heating-boilers PM2.5: 270.864 t/yr, range 150.48 to 551.76 t/yr",
    // 50 GWh x 0.5366 t CO2/MWh (MEE/NBS 2022 national average) = 26830 t, indirect
    /^total indirect +0\.0\* +0\.0\* +0\.0\* +0\.0\* +26,830\.0 /m,
    "missing: heat-pumps PM2.5",
  ],
  "03-a-city-scenario.ipynb": [
    // SO2 baseline: boilers 200 kt x 20.9 GJ/t x 840 g/GJ (EMEP/EEA 2019 1.A.4 Table 3-7) = 3511.2 t
    // + kilns 300 kt x 20.9 GJ/t x 900 g/GJ (1.A.2 Table 3-2) = 5643 t; 9154.2 t in all
    /^baseline +1,134\.1 +72\.2 +9,154\.2 /m,
    // scrubber alone: 5643 - 5643 x 1.015 x (1 - 0.9) = 5070.2355 t, the same in every attribution
    /^kiln-fgd +5,070\.2 +5,070\.2 +5,070\.2$/m,
    /^sum over measures +7,597\.0 +7,344\.3 +7,344\.3$/m,
    /^combined reduction +7,344\.3$/m,
    "Shapley shares add up exactly to the combined reduction, every year and species: true",
    /^boilers-to-gas +2,105\.4 +1,852\.8 +1,979\.1 +1,979\.1$/m,
    /^kiln-fgd +AR6-GWP100 +-22,405 +airPollutantsDownCo2eUp$/m,
    // diesel buses have no Tier 2 BC or SO2 row: the flag says so instead of a trade-off (issue 11, item 6)
    /^bus-euro-vi +AR6-GWP100 +-1,147 +incomplete$/m,
    /^e-buses +AR6-GWP100 +30,910 +incomplete$/m,
    /^kiln-fgd +AR6-GWP100\+Bond2013-GWP100 +25,619 +airPollutantsUpCo2eDown, coBenefit$/m,
    // EMEP/EEA 2019, 1.A.3.b Table 3-23: urban bus N2O 0.012 g/km (Euro IV), 0.04 g/km (Euro VI)
    "N2O 0.012 g/km (Table 3-23)",
    "N2O 0.04 g/km (Table 3-23)",
    "no factor: buses as electricity (Battery-electric bus): PM2.5, BC, SO2, NOx, CH4, N2O",
  ],
  "04-how-sure-and-what-it-costs.ipynb": [
    // EMEP/EEA 2019, 1.A.4 Table 3-3: household hard coal PM2.5 398 g/GJ (72-480), skewed: lognormal
    "emep2019.1A4bi.T3-3.hardCoalAndBrownCoal.PM2.5: 398 g/GJ, 95% interval 72 to 480 (Table 3-3)",
    "distribution: lognormal",
    // the lognormal's median: sqrt(72 x 480) = 185.90 g/GJ; its 2.5th and 97.5th percentiles are the bounds
    "50.0th percentile: 185.9 g/GJ",
    " 2.5th percentile: 72.0 g/GJ",
    // EMEP/EEA 2019, 1.A.4 Table 3-4: gas PM2.5 1.2 g/GJ (0.7-1.7), symmetric: normal
    '"distribution":"normal","low":"0.7","high":"1.7"',
    /^1000 draws of 35 factor rows in /m,
    // point values of the Beijing example (its exact run, as examples/beijing/expected, rounded): the 2025 PM2.5 reduction over all sectors and the heat pumps. Shapley share
    /^PM2\.5 +35070 /m,
    /^household-coal-to-heat-pumps +16584 /m,
    "common draws are narrower: true",
    /^low-NOx retrofit, NOx share in 2025: point 3317 t, 95% range \d+ to \d+ t$/m,
    // the Beijing costs variant (docs/costs.md, test/examples/beijingCosts.test.ts): annual cost over the heat pumps' Shapley share
    /^household-coal-to-heat-pumps +PM2\.5 +42006 CNY\/t$/m,
    "heat pumps, PM2.5, household    14002 CNY/t",
    /^household-coal-to-heat-pumps +point +42006 +median +\d+ +95% range +\d+ to +\d+ CNY\/t$/m,
  ],
  "05-from-tonnes-to-lives-and-degrees.ipynb": [
    // AR6 WG1 Ch. 7 SM, Table 7.SM.7: AGTP100 of CO2 3.95e-16 K/kg, of CH4 2.12e-15 K/kg
    "AGTP100 of CO2: 3.95e-16 K/kg (Table 7.SM.7: 3.95e-16)",
    "AGTP100 of CH4: 2.12e-15 K/kg (Table 7.SM.7: 2.12e-15)",
    // the Shapley shares of the temperature change are apportioned to add up exactly
    "Measures' shares add up exactly to all measures, every year: true",
    "Temperature response (AR6-7SM-AGTP): global mean temperature change at the end of the year",
    // the notebook's teaching point: electric heaters raise CO2e (negative CO2e cut) yet cool (negative dT) in 2030 and 2050
    /^ger-electric-heaters +-[\d,]+ +-\d[\d.]* +-\d[\d.]* /m,
    "Not covered (no climate response): PM2.5",
    // the health example has the same baseline and measures, so the same emission changes
    "Same emission changes as scenario.yaml: true",
    // two named functions side by side (Burnett et al. 2018, with and without the Chinese cohort)
    "Functions side by side: GEMM-Burnett2018-with-China, GEMM-Burnett2018-without-China",
    // the impacts over 40 draws: deaths per function side by side, median [2.5th; 97.5th percentile], the low below the median below the high
    "Impacts over 40 draws: median [2.5th percentile; 97.5th percentile]",
    /^all measures +[\d,]+ \[[\d,]+; [\d,]+\] +[\d,]+ \[[\d,]+; [\d,]+\]$/m,
    // the temperature change with BC's and CH4's temperature potentials drawn: a cooling in every draw
    /^all measures +-[\d.]+ \[-[\d.]+; -[\d.]+\] +-[\d.]+ \[-[\d.]+; -[\d.]+\]$/m,
  ],
};

function fail(message) {
  console.error(`runNotebooks: ${message}`);
  process.exit(1);
}

/** How many charts (SVG, shown inline by the display helper) a notebook must show. */
const CHARTS = { "03-a-city-scenario.ipynb": 3 };

/** Text of a cell's source (a string or a list of lines in the file). */
const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);

/** Everything a notebook printed, as one string. */
function printed(nb) {
  return nb.cells
    .filter((c) => c.cell_type === "code")
    .flatMap((c) => c.outputs)
    .map((o) => (o.output_type === "stream" ? sourceOf({ source: o.text }) : sourceOf({ source: o.data?.["text/plain"] ?? "" })))
    .join("");
}

/**
 * What a notebook may import: the package and its entries (the public API), tslab's display to
 * show a chart inline, node:fs to read the repository's example scenario files, and this folder's
 * display helper (display.cjs).
 */
const NOTEBOOK_IMPORTS = /^(?:cobenefits(?:\/[a-z]+)?|tslab|node:fs|\.\/display\.cjs)$/;

/** Problems of a committed notebook: outputs left in, imports other than the public API (above), wrong kernel. */
function checkCommitted(file, nb) {
  const problems = [];
  if (nb.nbformat !== 4) problems.push(`nbformat is ${nb.nbformat}, expected 4`);
  if (nb.metadata?.kernelspec?.name !== KERNEL_NAME) problems.push(`metadata.kernelspec.name must be "${KERNEL_NAME}"`);
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    if (cell.outputs.length > 0 || cell.execution_count !== null) problems.push(`cell ${i + 1} has outputs; clear them (node test/notebooks/runNotebooks.mjs --clear)`);
    for (const m of sourceOf(cell).matchAll(/\bfrom\s+["']([^"']+)["']|\b(?:import|require)\s*\(\s*["']([^"']+)["']/g)) {
      const spec = m[1] ?? m[2];
      if (!NOTEBOOK_IMPORTS.test(spec)) problems.push(`cell ${i + 1} imports "${spec}": notebooks use only the public API, import from "cobenefits" (or its entries "cobenefits/<entry>"), plus tslab or the display helper "./display.cjs" to show a chart and node:fs to read an example file`);
    }
  });
  return problems.map((p) => `${file}: ${p}`);
}

/**
 * Problems of an executed notebook: errors, stderr, and (when it ran to the end) cells not run
 * and expected text missing.
 */
function checkExecuted(file, nb, ranToEnd) {
  const problems = [];
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code" || sourceOf(cell).trim() === "") return;
    if (cell.execution_count === null && ranToEnd) problems.push(`cell ${i + 1} was not executed`);
    for (const o of cell.outputs) {
      if (o.output_type === "error") problems.push(`cell ${i + 1} raised ${o.ename}: ${o.evalue}`);
      if (o.output_type === "stream" && o.name === "stderr") problems.push(`cell ${i + 1} wrote to stderr: ${sourceOf({ source: o.text }).trim()}`);
    }
  });
  if (!ranToEnd) return problems.map((p) => `${file}: ${p}`);
  const svgs = nb.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === "display_data" && sourceOf({ source: o.data?.["image/svg+xml"] ?? "" }).includes("<svg")).length;
  if (svgs < (CHARTS[file] ?? 0)) problems.push(`expected ${CHARTS[file]} charts shown inline (image/svg+xml), found ${svgs}`);
  const text = printed(nb);
  for (const want of EXPECTED[file] ?? []) {
    const found = want instanceof RegExp ? want.test(text) : text.includes(want);
    if (!found) problems.push(`expected output not printed: ${want instanceof RegExp ? want : JSON.stringify(want)}`);
  }
  return problems.map((p) => `${file}: ${p}`);
}

function clearOutputs(files) {
  for (const file of files) {
    const path = join(NOTEBOOKS, file);
    const nb = JSON.parse(readFileSync(path, "utf8"));
    for (const cell of nb.cells) {
      if (cell.cell_type !== "code") continue;
      cell.outputs = [];
      cell.execution_count = null;
      delete cell.metadata.execution;
    }
    writeFileSync(path, `${JSON.stringify(nb, null, 1)}\n`);
    console.log(`cleared ${relative(ROOT, path)}`);
  }
}

/** The command line: `--client NAME` (or `--client=NAME`), `--clear`, and name filters. */
function parseArgs(args) {
  let client = "node";
  const filters = [];
  let clear = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--clear") clear = true;
    else if (a === "--client" || a.startsWith("--client=")) {
      client = a === "--client" ? args[++i] : a.slice("--client=".length);
      if (!CLIENTS.includes(client)) fail(`--client must be one of ${CLIENTS.join(", ")}, got ${JSON.stringify(client)}`);
    } else if (a.startsWith("--")) fail(`unknown option ${a} (options: --client ${CLIENTS.join("|")}, --clear)`);
    else filters.push(a);
  }
  return { client, filters, clear };
}

/** Fails unless the Python for nbclient can import it. */
function checkNbclient() {
  const probe = spawnSync(PYTHON, ["-c", "import nbclient, nbformat, jupyter_client"], { encoding: "utf8" });
  if (probe.error !== undefined || probe.status !== 0) {
    fail(`${PYTHON} cannot run nbclient (${probe.error?.message ?? probe.stderr.trim().split("\n").pop()}); install it: apt-get install --no-install-recommends python3-nbclient, or set NOTEBOOK_PYTHON (or use the default client: no --client nbclient)`);
  }
}

/**
 * Executes one notebook with the chosen client and writes the executed copy to `executed`.
 * @returns {Promise<{ ranToEnd: boolean, problems: string[] }>}
 */
async function execute(client, file, source, executed, setup) {
  if (client === "nbclient") {
    // Kernelspec and connection files stay in the checkout: nothing is read from or written to ~/.
    const env = { ...process.env, JUPYTER_PATH: setup.jupyterPath, JUPYTER_RUNTIME_DIR: join(setup.jupyterPath, "runtime") };
    const run = spawnSync(PYTHON, [join(HERE, "executeNotebook.py"), source, executed, String(CELL_TIMEOUT_SECONDS)], {
      cwd: NOTEBOOKS,
      env,
      encoding: "utf8",
      timeout: NOTEBOOK_TIMEOUT_MS,
    });
    if (run.error !== undefined) return { ranToEnd: false, problems: [`${file}: ${run.error.message}`] };
    if (run.status !== 0) return { ranToEnd: false, problems: [`${file}: execution failed (exit ${run.status})\n${run.stderr.trim()}`] };
    return { ranToEnd: true, problems: [] };
  }
  const result = await executeNotebook(JSON.parse(readFileSync(source, "utf8")), {
    argv: setup.kernelSpec.argv,
    kernelName: KERNEL_NAME,
    cwd: NOTEBOOKS,
    runtimeDir: join(setup.jupyterPath, "runtime"),
    cellTimeoutMs: CELL_TIMEOUT_SECONDS * 1000,
    notebookTimeoutMs: NOTEBOOK_TIMEOUT_MS,
  });
  writeFileSync(executed, `${JSON.stringify(result.notebook, null, 1)}\n`);
  return { ranToEnd: result.ok, problems: result.ok ? [] : [`${file}: execution failed: ${result.problem}`] };
}

async function main() {
  const { client, filters, clear } = parseArgs(process.argv.slice(2));
  const all = readdirSync(NOTEBOOKS)
    .filter((f) => f.endsWith(".ipynb"))
    .sort();
  if (all.length === 0) fail(`no notebooks in ${relative(ROOT, NOTEBOOKS)}`);
  const files = filters.length === 0 ? all : all.filter((f) => filters.some((p) => f.includes(p)));
  if (files.length === 0) fail(`no notebook matches ${filters.join(", ")}`);
  if (clear) return clearOutputs(files);

  const unchecked = all.filter((f) => (EXPECTED[f] ?? []).length === 0);
  if (unchecked.length > 0) fail(`no expected outputs for ${unchecked.join(", ")}: add them to EXPECTED in ${relative(ROOT, fileURLToPath(import.meta.url))}`);

  if (client === "nbclient") checkNbclient();
  let setup;
  try {
    setup = setupNotebooks();
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  mkdirSync(OUT, { recursive: true });

  console.log(`client: ${client === "node" ? "Node (test/notebooks/jupyterKernelClient.mjs)" : `nbclient (${PYTHON})`}, kernel ${KERNEL_NAME}`);
  let passed = 0;
  const failures = [];
  const started = Date.now();
  for (const file of files) {
    const t0 = Date.now();
    const source = join(NOTEBOOKS, file);
    const executed = join(OUT, file);
    const problems = checkCommitted(file, JSON.parse(readFileSync(source, "utf8")));
    rmSync(executed, { force: true });
    const run = await execute(client, file, source, executed, setup);
    problems.push(...run.problems);
    try {
      problems.push(...checkExecuted(file, JSON.parse(readFileSync(executed, "utf8")), run.ranToEnd));
    } catch (e) {
      problems.push(`${file}: no executed copy to check (${e instanceof Error ? e.message : e})`);
    }
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${file} (${secs} s)`);
    } else {
      failures.push(file);
      console.log(`FAIL ${file} (${secs} s)`);
      for (const p of problems) console.log(`  ${p.replace(/\n/g, "\n  ")}`);
    }
  }
  console.log(`executed copies: ${relative(ROOT, OUT)}/ (${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  console.log(`notebooks (${client}): ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
