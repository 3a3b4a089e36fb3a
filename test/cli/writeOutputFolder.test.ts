import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { main } from "../../src/cli/main.js";
import { NODE_OUTPUT_FS, type OutputFs } from "../../src/cli/outputFs.js";
import { writeOutputFile } from "../../src/cli/writeOutputFile.js";
import { writeOutputFolder } from "../../src/cli/writeOutputFolder.js";

const tmp = mkdtempSync(join(tmpdir(), "cobenefits-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under a folder with its text, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
    }),
  );
}

const ours = (p: string) => ["a.csv", "b.csv", "c.csv", "charts/", "charts/x.svg"].includes(p);
const files = (run: string) => [{ name: "a.csv", content: `a ${run}\n` }, { name: "b.csv", content: `b ${run}\n` }, { name: "c.csv", content: `c ${run}\n` }];
/** The real file system, with one operation failing the n-th time it is called. */
const failing = (op: keyof OutputFs, n: number): OutputFs => {
  let calls = 0;
  return {
    ...NODE_OUTPUT_FS,
    [op]: (...args: [string, string]) => {
      if (++calls === n) throw Object.assign(new Error(`ENOSPC: no space left on device (injected)`), { code: "ENOSPC" });
      return (NODE_OUTPUT_FS[op] as (...a: [string, string]) => void)(...args);
    },
  };
};
const siblings = (dir: string) => readdirSync(join(dir, "..")).filter((n) => n.startsWith("."));

describe("writeOutputFolder", () => {
  it("leaves the earlier result exactly as it was when a later file fails to write, and removes the temporary folder", () => {
    const dir = join(tmp, "keep", "results");
    writeOutputFolder(dir, [...files("old"), { name: "charts/x.svg", content: "<svg/>" }], ours);
    const before = snapshot(dir);
    expect(() => writeOutputFolder(dir, files("new"), ours, failing("writeFile", 3))).toThrow(/cannot write .*c\.csv: ENOSPC.*; the earlier result in .*results is unchanged/);
    expect(snapshot(dir)).toEqual(before);
    expect(siblings(dir)).toEqual([]);
  });

  it("creates nothing when a file fails to write into a new folder", () => {
    const dir = join(tmp, "fresh", "results");
    expect(() => writeOutputFolder(dir, files("new"), ours, failing("writeFile", 2))).toThrow(/b\.csv: ENOSPC.*was not created/);
    expect(readdirSync(join(dir, ".."))).toEqual([]);
  });

  it("puts the earlier result back when the new one cannot be moved into place", () => {
    const dir = join(tmp, "back", "results");
    writeOutputFolder(dir, files("old"), ours);
    const before = snapshot(dir);
    // rename 1 moves the old folder aside, rename 2 (the new one into place) fails, rename 3 puts the old one back
    expect(() => writeOutputFolder(dir, files("new"), ours, failing("rename", 2))).toThrow(/cannot move the new result into .*; the earlier result in .* is unchanged/);
    expect(snapshot(dir)).toEqual(before);
    expect(siblings(dir)).toEqual([]);
  });

  it("replaces an earlier result whole: files the new run does not write are gone, not mixed in", () => {
    const dir = join(tmp, "replace", "results");
    writeOutputFolder(dir, [...files("old"), { name: "charts/x.svg", content: "<svg/>" }], ours);
    writeOutputFolder(dir, files("new"), ours);
    expect(snapshot(dir)).toEqual({ "a.csv": "a new\n", "b.csv": "b new\n", "c.csv": "c new\n" });
    expect(siblings(dir)).toEqual([]);
  });

  it("refuses to replace a folder that holds the user's own files, and touches nothing", () => {
    const dir = join(tmp, "mine");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.csv"), "mine\n");
    writeFileSync(join(dir, "notes.txt"), "my notes\n");
    expect(() => writeOutputFolder(dir, files("new"), ours)).toThrow(/holds files cobenefits does not write \(notes\.txt\).*nothing was changed/);
    expect(snapshot(dir)).toEqual({ "a.csv": "mine\n", "notes.txt": "my notes\n" });
  });

  it("writes into an existing empty folder", () => {
    const dir = join(tmp, "empty");
    mkdirSync(dir);
    expect(writeOutputFolder(dir, files("new"), ours)).toEqual(["a.csv", "b.csv", "c.csv"].map((f) => join(dir, f)));
    expect(Object.keys(snapshot(dir)).sort()).toEqual(["a.csv", "b.csv", "c.csv"]);
  });

  it("refuses a path that is a file, or lies under a file", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "x");
    expect(() => writeOutputFolder(file, files("new"), ours)).toThrow(/cannot write to .*a-file: it exists and is not a folder/);
    expect(() => writeOutputFolder(join(file, "sub"), files("new"), ours)).toThrow(/a-file exists and is not a folder/);
    expect(readFileSync(file, "utf8")).toBe("x");
  });
});

describe("writeOutputFile", () => {
  it("keeps the earlier file when the write fails, and leaves no temporary file", () => {
    const file = join(tmp, "schema", "s.json");
    writeOutputFile(file, "old\n");
    expect(() => writeOutputFile(file, "new\n", failing("rename", 1))).toThrow(/cannot write .*s\.json: ENOSPC.*unchanged/);
    expect(readFileSync(file, "utf8")).toBe("old\n");
    expect(readdirSync(join(tmp, "schema"))).toEqual(["s.json"]);
    writeOutputFile(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
  });

  it("refuses a folder as the file", () => {
    expect(() => writeOutputFile(tmp, "x")).toThrow(/it is a folder; name the file to write/);
  });
});

describe("cobenefits run --out", () => {
  const SCENARIO = {
    name: "Stoves", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: [],
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
    measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
  };
  const file = join(tmp, "city.yaml");
  writeFileSync(file, stringify(SCENARIO));
  const cli = async (...args: string[]) => {
    const err: string[] = [];
    const code = await main(args, { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } });
    return { code, stderr: err.join("") };
  };

  it("replaces its own earlier output, charts of another run included", async () => {
    const out = join(tmp, "run-out");
    expect((await cli("run", file, "--metric", "AR6-GWP100", "--out", out, "--charts", "--quiet")).code).toBe(EXIT.ok);
    expect(readdirSync(join(out, "charts")).length).toBeGreaterThan(0);
    expect((await cli("run", file, "--out", out, "--quiet")).code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual(["co2e.csv", "co2e.json", "emissions.csv", "emissions.json", "energy.csv", "energy.json", "lifetime.csv", "lifetime.json", "missing.csv", "provenance.csv", "provenance.json", "result.json", "summary.csv", "summary.json"]);
  });

  it("keeps an earlier result whole when a later file cannot be written (summary.csv is a folder)", async () => {
    const out = join(tmp, "run-partial");
    expect((await cli("run", file, "--out", out, "--quiet")).code).toBe(EXIT.ok);
    rmSync(join(out, "summary.csv"));
    mkdirSync(join(out, "summary.csv"));
    writeFileSync(join(out, "summary.csv", "keep.txt"), "x");
    const before = snapshot(out);
    const other = join(tmp, "city-2.yaml");
    writeFileSync(other, stringify({ ...SCENARIO, baseline: [{ ...SCENARIO.baseline[0], level: { kind: "constant", value: "200" } }] }));
    const r = await cli("run", other, "--out", out, "--quiet");
    expect(r.code).toBe(EXIT.io);
    expect(snapshot(out)).toEqual(before); // emissions.csv still holds the first run, not the second
  });

  it("exits 3 and touches nothing when the folder holds other files", async () => {
    const out = join(tmp, "run-mine");
    mkdirSync(out);
    writeFileSync(join(out, "budget.xlsx"), "mine");
    const r = await cli("run", file, "--out", out, "--quiet");
    expect(r.code).toBe(EXIT.io);
    expect(r.stderr).toMatch(/holds files cobenefits does not write \(budget\.xlsx\)/);
    expect(readdirSync(out)).toEqual(["budget.xlsx"]);
  });

  it("exits 3 for --out naming a file, and for schema --out naming a folder", async () => {
    const r = await cli("run", file, "--out", file, "--quiet");
    expect(r.code).toBe(EXIT.io);
    expect(r.stderr).toMatch(/city\.yaml: it exists and is not a folder/);
    expect((await cli("schema", "--out", tmp)).code).toBe(EXIT.io);
  });
});
