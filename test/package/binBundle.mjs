// The installed command is ONE bundle (tsup.config.ts, the CLI config; docs/performance.md,
// "Start-up"): its entry dist/cli.js and the chunks it loads on demand, all in dist/cli/. Run from
// the consumer project (see run.mjs), it must load no package from
// node_modules (mathjs, zod, decimal.js, yaml, jsonc-parser, write-excel-file are bundled in and
// tree-shaken), except vega and vega-lite, optional peer dependencies that `run --charts` loads by
// dynamic import: `npm install cobenefits` does not install them, --charts then exits 69 with the
// install command, and works once they are installed. Checked twice: statically (no
// import or require of a runtime dependency in the file) and at run time (a module hook logs
// every file Node's ESM and CommonJS loaders resolve while the command runs).
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, check, sh } from "./project.mjs";

/** Runtime dependencies the bundle may load, and only by dynamic import (for --charts). */
const LAZY = ["vega", "vega-lite"];

/** A worked city run and what it must print (the example's golden emissions table). */
const EXAMPLE = { scenario: "examples/beijing/scenario.yaml", expectedCsv: "examples/beijing/expected/emissions.csv" };

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The module-loader log: a preload that records every resolved file (ESM hook and CommonJS) into $COBENEFITS_MODULE_LOG. */
function writeModuleLog(dir) {
  writeFileSync(
    join(dir, "module-log-hooks.mjs"),
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.COBENEFITS_MODULE_LOG, "esm " + r.url + "\\n");
  return r;
}
`,
  );
  writeFileSync(
    join(dir, "module-log.mjs"),
    `import Module, { register } from "node:module";
import { appendFileSync } from "node:fs";
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const r = resolveFilename.call(this, request, ...rest);
  appendFileSync(process.env.COBENEFITS_MODULE_LOG, "cjs " + r + "\\n");
  return r;
};
register("./module-log-hooks.mjs", import.meta.url);
`,
  );
}

/** Runs the installed bin under the module log; returns its output and the packages it loaded from node_modules. */
function runLogged(dir, binFile, args, name) {
  const log = join(dir, `modules-${name}.log`);
  writeFileSync(log, "");
  const out = sh("env", [`COBENEFITS_MODULE_LOG=${log}`, "node", "--import", "./module-log.mjs", binFile, ...args], { cwd: dir, allowFail: true, timeout: 120_000 });
  check(out.status === 0, `cobenefits ${args.join(" ")} exited ${out.status ?? out.error}\n--- stderr ---\n${out.stderr}`);
  const lines = readFileSync(log, "utf8").split("\n").filter((l) => l !== "");
  const packages = new Set(
    lines
      .map((l) => decodeURIComponent(l).match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1])
      .filter((p) => p !== undefined && p !== "cobenefits"),
  );
  const own = new Set(lines.map((l) => decodeURIComponent(l).match(/\/node_modules\/cobenefits\/(.+)$/)?.[1]).filter((f) => f !== undefined));
  return { ...out, packages: [...packages].sort(), own: [...own].sort(), resolved: lines.length };
}

export function checkBinBundle(dir, pkg, log) {
  const bins = typeof pkg.bin === "string" ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {});
  const binFile = bins.cobenefits && join("node_modules", pkg.name, bins.cobenefits);
  check(binFile !== undefined && existsSync(join(dir, binFile)), `package.json "bin" has no installed "cobenefits" file (${JSON.stringify(pkg.bin)})`);

  // The bin is its entry file and its chunks (dist/cli/), nothing else named cli in dist/.
  const distDir = join(dir, "node_modules", pkg.name, "dist");
  const binName = bins.cobenefits.replace(/^\.\//, "");
  const chunkDir = join(distDir, "cli");
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith(".js")).map((f) => `dist/cli/${f}`) : [];
  const siblings = readdirSync(distDir).filter((f) => f.startsWith("cli"));
  check(siblings.every((f) => f === "cli.js" || f === "cli"), `the bin is not one entry file and its chunk folder: dist/ holds ${siblings.join(", ")}`);

  // Static: no import or require of a bundled dependency in any of its files; vega and vega-lite only as import().
  const files = [binName, ...chunks];
  const code = files.map((f) => readFileSync(join(dir, "node_modules", pkg.name, f), "utf8")).join("\n");
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  for (const dep of deps) {
    const spec = `["'\`]${escape(dep)}(?:/[^"'\`]*)?["'\`]`;
    const staticUse = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*|\\brequire\\s*\\(\\s*)${spec}`).exec(code);
    check(staticUse === null, `${bins.cobenefits} loads ${dep} statically (${staticUse?.[0]}): the bin must bundle ${LAZY.includes(dep) ? "nothing of it and import it only dynamically" : "it (tsup.config.ts, noExternal)"}`);
    if (!LAZY.includes(dep)) check(!new RegExp(`\\bimport\\s*\\(\\s*${spec}`).test(code), `${bins.cobenefits} imports ${dep} at run time: bundle it (tsup.config.ts, noExternal)`);
  }

  // At run time: --help and a worked city run load no package; the city run prints the golden table.
  writeModuleLog(dir);
  const help = runLogged(dir, binFile, ["--help"], "help");
  check(help.packages.length === 0, `\`cobenefits --help\` loaded packages from node_modules: ${help.packages.join(", ")} (the bin must bundle them)`);
  // --help loads the entry file and the few small chunks the registry shares with the commands
  // (errors, exit codes, terminal output), never a command's code: under 5% of the bin's bytes.
  const bytes = (fs) => fs.reduce((sum, f) => sum + statSync(join(dir, "node_modules", pkg.name, f)).size, 0);
  const helpBytes = bytes(help.own);
  check(help.own.includes(binName) && help.own.every((f) => files.includes(f)), `\`cobenefits --help\` loaded files of the package besides its bin: ${help.own.filter((f) => !files.includes(f)).join(", ")}`);
  check(helpBytes <= 0.05 * bytes(files), `\`cobenefits --help\` loaded ${(helpBytes / 1000).toFixed(0)} kB of the bin's ${(bytes(files) / 1000).toFixed(0)} kB (${help.own.join(", ")}): it must load no command's code`);
  copyFileSync(join(ROOT, EXAMPLE.scenario), join(dir, "scenario.yaml"));
  const city = runLogged(dir, binFile, ["run", "scenario.yaml", "--metric", "AR6-GWP100", "--format", "csv"], "run");
  check(city.packages.length === 0, `\`cobenefits run ... --format csv\` loaded packages from node_modules: ${city.packages.join(", ")} (the bin must bundle them)`);
  check(city.own.every((f) => files.includes(f)), `\`cobenefits run\` loaded files of the package besides its bin and chunks: ${city.own.filter((f) => !files.includes(f)).join(", ")}`);
  check(city.own.length < files.length, `\`cobenefits run\` loaded every chunk of the bin (${city.own.length} files): the other commands' code must stay unloaded`);
  check(city.stdout === readFileSync(join(ROOT, EXAMPLE.expectedCsv), "utf8"), `\`cobenefits run ${EXAMPLE.scenario} --metric AR6-GWP100 --format csv\` did not print ${EXAMPLE.expectedCsv}:\n${city.stdout.slice(0, 500)}`);

  // npm install cobenefits installed no chart package; --charts says so (exit 69, the install command).
  for (const p of LAZY) check(!existsSync(join(dir, "node_modules", p)), `npm install cobenefits installed ${p}, an optional peer dependency that only --charts needs`);
  const outDir = join(dir, "charts-out");
  rmSync(outDir, { recursive: true, force: true });
  const refused = sh("node", [binFile, "run", "scenario.yaml", "--metric", "AR6-GWP100", "--out", "charts-out", "--charts"], { cwd: dir, allowFail: true, timeout: 120_000 });
  const install = `npm install ${LAZY.map((p) => `${p}@"${pkg.peerDependencies[p]}"`).join(" ")}`;
  check(refused.status === 69 && refused.stderr.includes(install) && !existsSync(outDir), `\`cobenefits run --charts\` without vega exited ${refused.status}, expected 69 with "${install}" and nothing written:\n${refused.stderr}`);

  // Once installed, --charts loads vega and vega-lite (from the consumer's node_modules) and writes the SVGs.
  sh("npm", ["install", ...LAZY.map((p) => `${p}@${pkg.peerDependencies[p]}`), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir });
  const charts = runLogged(dir, binFile, ["run", "scenario.yaml", "--metric", "AR6-GWP100", "--out", "charts-out", "--charts", "--quiet"], "charts");
  for (const p of LAZY) check(charts.packages.includes(p), `\`cobenefits run --charts\` did not load ${p}: ${charts.packages.join(", ")}`);
  const svgs = existsSync(join(outDir, "charts")) ? readdirSync(join(outDir, "charts")).filter((f) => f.endsWith(".svg")) : [];
  check(svgs.length > 0 && svgs.every((f) => statSync(join(outDir, "charts", f)).size > 1000), `\`cobenefits run --charts\` wrote no SVG charts: ${svgs.join(", ")}`);

  log(
    `  bin  ${bins.cobenefits}: an entry file and ${chunks.length} chunks, ${(code.length / 1000).toFixed(0)} kB, importing no dependency statically; ` +
      `--help loads ${help.own.length} of its ${files.length} files (${(helpBytes / 1000).toFixed(0)} kB), \`run --format csv\` ${city.own.length} (${(bytes(city.own) / 1000).toFixed(0)} kB); both load no package from node_modules (${help.resolved} and ${city.resolved} files resolved), ` +
      `the run prints ${EXAMPLE.expectedCsv}; without ${LAZY.join(" and ")} --charts exits 69 with the install command; once installed it loads them and writes ${svgs.length} SVGs`,
  );
}
