import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MissingDependencyError } from "../../src/index.js";
import { runCommandWith } from "../../src/cli/commands/run.js";
import { EXIT } from "../../src/cli/exitCodes.js";
import { main } from "../../src/cli/main.js";
import { CHART_INSTALL, CHART_PEERS, loadChartStack } from "../../src/cli/renderSvg.js";
import { PROCESS_STDIN } from "../../src/cli/scenarioInput.js";
import { terminalIo } from "../../src/cli/terminalIo.js";
import { tempFolder } from "./runCli.js";

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, unknown>>;
const tmp = tempFolder("cobenefits-peers-");

/** An importer for which the named packages are not installed, as Node reports it. */
const without = (...absent: string[]) => async (name: string) => {
  if (absent.includes(name)) throw Object.assign(new Error(`Cannot find package '${name}' imported from /x/node_modules/cobenefits/dist/cli.js`), { code: "ERR_MODULE_NOT_FOUND" });
  return import(name);
};

describe("vega and vega-lite are optional peer dependencies, used only by run --charts", () => {
  it("are not dependencies of the package, but optional peers with the ranges the install hint names", () => {
    expect(Object.keys(pkg.dependencies!)).not.toContain("vega");
    expect(Object.keys(pkg.dependencies!)).not.toContain("vega-lite");
    expect(pkg.peerDependencies).toEqual(CHART_PEERS);
    expect(pkg.peerDependenciesMeta).toEqual({ vega: { optional: true }, "vega-lite": { optional: true } });
    expect(CHART_INSTALL).toBe('npm install vega@"^6.4.0" vega-lite@"~6.4.3"');
  });

  it("load when installed", async () => {
    const stack = await loadChartStack();
    expect(typeof stack.vegaLite.compile).toBe("function");
    expect(typeof stack.vega.View).toBe("function");
  });

  it("when absent, give a MissingDependencyError naming what is missing and how to install it", async () => {
    const e = await loadChartStack(without("vega", "vega-lite")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(MissingDependencyError);
    expect(e).toMatchObject({ code: "MISSING_DEPENDENCY", packages: ["vega", "vega-lite"], install: CHART_INSTALL, feature: "cobenefits run --charts (SVG charts)" });
    expect(await loadChartStack(without("vega-lite")).catch((x: unknown) => (x as MissingDependencyError).packages)).toEqual(["vega-lite"]);
  });

  it("a package that is there but fails to load is not reported as missing: its own error goes on", async () => {
    const broken = new SyntaxError("Unexpected token in vega's build");
    await expect(loadChartStack(async (name) => { if (name === "vega") throw broken; return import(name); })).rejects.toBe(broken);
    // a missing package *inside* vega (its own dependency) is vega's failure, not vega missing
    const inner = Object.assign(new Error("Cannot find package 'd3-array' imported from /x/node_modules/vega/build/vega.js"), { code: "ERR_MODULE_NOT_FOUND" });
    await expect(loadChartStack(async (name) => { if (name === "vega") throw inner; return import(name); })).rejects.toBe(inner);
  });

  it("run --charts without them exits 69 with the install command, before computing, and writes nothing", async () => {
    const file = join(tmp, "city.yaml");
    writeFileSync(file, "name: n\nyears: { start: 2030, end: 2030 }\nspecies: [SO2]\nmetrics: []\nbaseline:\n  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: '100' } }\nmeasures: []\n");
    const out: string[] = [];
    const command = runCommandWith({ stdin: PROCESS_STDIN, loadCharts: () => loadChartStack(without("vega", "vega-lite")) });
    const io = terminalIo({ stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) } });
    const code = await command.run([file, "--out", join(tmp, "out"), "--charts"], io).catch((e: unknown) => e);
    expect(code).toBeInstanceOf(MissingDependencyError);
    expect(out.join("")).toBe("");
    expect(existsSync(join(tmp, "out"))).toBe(false);
  });

  it("main turns the error into exit 69 and a message with the install command", async () => {
    const err: string[] = [];
    const { COMMANDS } = await import("../../src/cli/main.js");
    const saved = COMMANDS.run!;
    (COMMANDS as Record<string, typeof saved>).run = runCommandWith({ stdin: PROCESS_STDIN, loadCharts: () => loadChartStack(without("vega")) });
    try {
      const code = await main(["run", "x.yaml", "--out", join(tmp, "o"), "--charts"], { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } });
      expect(code).toBe(EXIT.unavailable);
      expect(code).toBe(69);
      expect(err.join("")).toBe(`cobenefits: cobenefits run --charts (SVG charts) needs vega, not installed (optional packages the library itself does not need). Install with:\n  ${CHART_INSTALL}\n`);
    } finally {
      (COMMANDS as Record<string, typeof saved>).run = saved;
    }
  });
});
