import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXAMPLE_SCENARIOS, fileStyle, mutatedScenario, toFileText, validScenario } from "./arbitraries.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { hostileText } from "./hostileValues.js";
import { textMutatedFrom } from "./mutate.js";
import { cli, tempFolder } from "../cli/runCli.js";

// The command line on mutated files: it exits 0, 1, 2 or 3 (never 70, the internal error),
// writes no control characters from user strings to the terminal, agrees with itself (a file
// `validate` accepts, `run` runs), writes no cell a spreadsheet would run as a formula, and a
// failed run leaves an earlier --out folder as it was.

const tmp = tempFolder("cobenefits-fuzz-cli-");

/** C0 controls but line feed, tab and carriage return; DEL; C1 controls; bidirectional overrides and isolates. */
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const unsafeAt = (text: string) => {
  const m = UNSAFE.exec(text);
  return m === null ? undefined : `U+${m[0].charCodeAt(0).toString(16).padStart(4, "0")} in ${JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 20))}`;
};

/** The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return [...cells, cell + text.slice(i)];
        cell += text.slice(i, q);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m === null ? text.length : i + m.index;
      cell = text.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (text[i] === "\r") i++;
    if (text[i] === "," || text[i] === "\n") i++;
  }
  return cells;
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
/** A cell a spreadsheet reads as a formula: starts with =, +, -, @, tab or CR and is not a number. */
const formulaCell = (text: string) => csvCells(text).find((c) => /^[=+\-@\t\r]/.test(c) && !NUMBER.test(c));

/** Every file under `dir` with its bytes, for before/after comparison. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(p, "base64");
    }
  };
  walk(dir, "");
  return out;
}

const EXITS = [0, 1, 2, 3];
let n = 0;

/** A mutated or hostile-text scenario written as a file, and how to run it. */
const cliCase = fc.record({
  m: fc.oneof(mutatedScenario, textMutatedFrom(validScenario)),
  style: fileStyle,
  format: fc.constantFrom("table", "csv", "json"),
  metric: fc.option(fc.constantFrom("AR6-GWP100", "AR5-GWP100", "AR6-GWP100+Bond2013-GWP100", "\u001b[31mGWP", "=1+1"), { nil: undefined }),
  out: fc.boolean(),
});

describe("the command line on mutated scenario files", () => {
  // A good earlier result to protect: the Ulaanbaatar example.
  const earlier = join(tmp, "earlier.yaml");
  writeFileSync(earlier, toFileText(EXAMPLE_SCENARIOS[2], { format: "yaml", bom: false, anchors: false, plainNumbers: false, crlf: false }));

  it("exits 0-3 with clean terminal output, runs what validate accepts, writes no formulas, and keeps an earlier --out folder on failure", async () => {
    await fc.assert(
      fc.asyncProperty(cliCase, async ({ m, style, format, metric, out }) => {
        const file = join(tmp, `case${n++}.${style.format}`);
        writeFileSync(file, toFileText(m.mutated, style));
        const context = `mutation ${JSON.stringify(m.mutation).slice(0, 300)}, style ${JSON.stringify(style)}, --format ${format}${metric === undefined ? "" : ` --metric ${JSON.stringify(metric)}`}${out ? " --out" : ""}`;
        const metricArgs = metric === undefined ? [] : ["--metric", metric];
        const validate = await cli("validate", file, ...metricArgs);
        const outDir = join(tmp, `out${n}`);
        if (out) expect((await cli("run", earlier, "--out", outDir, "--quiet")).code).toBe(0);
        const before = out ? snapshot(outDir) : undefined;
        const run = await cli("run", file, "--format", format, ...metricArgs, ...(out ? ["--out", outDir] : []));
        for (const [what, r] of [["validate", validate], ["run", run]] as const) {
          expect(EXITS, `${what} exit ${r.code}: ${r.stderr.slice(0, 600)}\n${context}`).toContain(r.code);
          expect(unsafeAt(r.stdout) ?? unsafeAt(r.stderr), `${what} output, ${context}`).toBeUndefined();
        }
        if (validate.code === 0) expect(run.code, `validate accepted, run exited ${run.code}: ${run.stderr.slice(0, 600)}\n${context}`).toBe(0);
        if (run.code === 0 && format === "csv") expect(formulaCell(run.stdout), context).toBeUndefined();
        if (out && run.code === 0) {
          for (const f of readdirSync(outDir).filter((x) => x.endsWith(".csv"))) expect(formulaCell(readFileSync(join(outDir, f), "utf8")), `${f}: ${context}`).toBeUndefined();
        }
        if (out && run.code !== 0) expect(snapshot(outDir), `a failed run changed the earlier --out folder; ${context}`).toEqual(before);
        rmSync(file, { force: true });
        if (out) rmSync(outDir, { recursive: true, force: true });
      }),
      fuzzParams(40, 500, 20_000),
    );
  }, fuzzTimeout(40, 20_000, 500));
});

/** Arguments as a user (or a script with a bad variable) might type them; never --out, which would write where the text says. */
const argument = fc.oneof(
  fc.constantFrom("--metric", "--format", "--fuel", "--sector", "--species", "--table", "--tables", "--json", "--quiet", "--help", "-h", "--charts", "--quadrant-species", "--colour", "--", "-", "show", "table", "csv", "json", "AR6-GWP100", "SO2", "1.A.4.b.i", "anthracite"),
  hostileText,
  fc.string({ maxLength: 8 }),
);

describe("the command line on arbitrary arguments", () => {
  it("exits 0-3 with clean terminal output, whatever the command and arguments", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("factors", "metrics", "schema", "validate", "run", "help", "frobnicate", "\u001b[31m", "=1+1", "__proto__", "constructor"), fc.array(argument, { maxLength: 5 }), async (command, args) => {
        const argv = [command, ...args].filter((a) => !a.startsWith("--out"));
        if (argv.includes("schema") && argv.some((a) => a.startsWith("-o"))) return;
        const r = await cli(...argv);
        const context = `cobenefits ${argv.map((a) => JSON.stringify(a)).join(" ")}`;
        expect(EXITS, `exit ${r.code}: ${r.stderr.slice(0, 600)}\n${context}`).toContain(r.code);
        expect(unsafeAt(r.stdout) ?? unsafeAt(r.stderr), context).toBeUndefined();
      }),
      fuzzParams(60, 1_000, 10_000),
    );
  }, fuzzTimeout(60, 10_000, 1_000));
});
