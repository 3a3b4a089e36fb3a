import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { readText } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { checkOutputPath } from "../../src/cli/outputTarget.js";
import { MAX_SCENARIO_FILE_BYTES } from "../../src/files/maxScenarioFileBytes.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "cobenefits-special-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = join(tmp, "city.yaml");
writeFileSync(file, stringify({
  name: "Stoves", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [],
}));

/**
 * The command line in a child process that is killed after 20 s, so that a regression that
 * spins or blocks (as `--out /proc/x` and reading /dev/zero or a pipe once did) fails the test
 * instead of hanging the suite.
 */
function cliChild(...args: string[]): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], { cwd: ROOT, timeout: 20_000, killSignal: "SIGKILL", maxBuffer: 1 << 20 }, (error, _stdout, stderr) => {
      done({ code: error === null ? 0 : typeof error.code === "number" ? error.code : null, stderr, killed: error?.killed === true });
    });
  });
}

const linux = process.platform === "linux";

describe.runIf(linux)("paths the command line refuses at once (Linux)", () => {
  it("refuses --out under /proc and schema --out under /proc, and a device or pipe as the scenario, exiting instead of spinning", async () => {
    const fifo = join(tmp, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const [run, schema, zero, pipe] = await Promise.all([
      cliChild("run", file, "--out", "/proc/x", "--quiet"),
      cliChild("schema", "--out", "/proc/x/s.json"),
      cliChild("validate", "/dev/zero"),
      cliChild("validate", fifo),
    ]);
    expect(run).toMatchObject({ killed: false, code: EXIT.io });
    expect(run.stderr).toMatch(/cannot write to \/proc\/x: \/proc holds devices and kernel state/);
    expect(schema).toMatchObject({ killed: false, code: EXIT.io });
    expect(schema.stderr).toMatch(/cannot write to \/proc\/x\/s\.json: \/proc holds devices/);
    expect(zero).toMatchObject({ killed: false, code: EXIT.io });
    expect(zero.stderr).toMatch(/cannot read \/dev\/zero: it is not a regular file/);
    expect(pipe).toMatchObject({ killed: false, code: EXIT.io });
    expect(pipe.stderr).toMatch(/pipe\.yaml: it is not a regular file/);
  }, 30_000);

  it("refuses kernel file systems by type and /proc, /sys and /dev by path, but not /dev/shm", () => {
    for (const p of ["/proc/x", "/proc/self/x", "/sys/x", "/dev/x", "/dev/pts/x"]) expect(() => checkOutputPath(p, "folder"), p).toThrow(/cannot write to/);
    expect(checkOutputPath("/dev/shm/cobenefits-results", "folder")).toBe("/dev/shm/cobenefits-results");
  });
});

describe("reading the scenario file", () => {
  it("refuses a file larger than the limit before reading it, naming the limit (exit 1)", async () => {
    const big = join(tmp, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, MAX_SCENARIO_FILE_BYTES + 1); // sparse: costs no disk
    const err: string[] = [];
    const code = await main(["validate", big], { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } });
    expect(code).toBe(EXIT.invalidInput);
    expect(err.join("")).toMatch(/big\.yaml: the file has 10,485,761 bytes, more than the 10,485,760 bytes \(10 MiB\) a scenario file may have/);
    expect(() => readText(file, 10)).toThrow(/more than the 10 bytes/);
  });

  it("refuses a folder, and says so", async () => {
    const err: string[] = [];
    const code = await main(["run", tmp], { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } });
    expect(code).toBe(EXIT.io);
    expect(err.join("")).toMatch(/it is a folder, not a file/);
  });
});
