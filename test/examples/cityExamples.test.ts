import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

// The worked city examples, run exactly as their npm scripts run them (arguments read from
// package.json), checked against the golden outputs in examples/<city>/expected/.
// After a deliberate change of results, regenerate with: UPDATE_GOLDEN=1 npx vitest run test/examples
const ROOT = new URL("../../", import.meta.url).pathname;
const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
const EXAMPLES = ["beijing", "seoul", "ulaanbaatar", "heating-season"] as const;
// Every example writes these; an example that counts a stock or states a lifetime also writes
// stocks.csv, per-unit.csv and lifetime.csv, and those are golden too (every CSV it writes is).
const GOLDEN = ["emissions.csv", "co2e.csv", "summary.csv", "provenance.csv", "energy.csv"] as const;
const tmp = mkdtempSync(join(tmpdir(), "cobenefits-examples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function argsOf(script: string, out: string): { args: string[]; expected: string } {
  const words = script.split(/\s+/);
  const args = words.slice(words.indexOf("src/cli/bin.ts") + 1);
  const outAt = args.indexOf("--out");
  const outDir = args[outAt + 1]!;
  args.splice(outAt, 2, "--out", out);
  return { args: [...args.filter((a) => a !== "--charts"), "--quiet", "--format", "csv"], expected: join(ROOT, outDir, "..", "expected") };
}

const capture = () => {
  const chunks: string[] = [];
  return { chunks, io: { stdout: { write: (t: string) => chunks.push(t) }, stderr: { write: (t: string) => chunks.push(t) } } };
};

describe("worked city examples", () => {
  for (const name of EXAMPLES) {
    it(`${name}: npm run example:${name} yields the golden tables`, async () => {
      const script = scripts[`example:${name}`];
      expect(script, `package.json has example:${name}`).toBeDefined();
      const out = join(tmp, name);
      const { args, expected } = argsOf(script!, out);
      const { io, chunks } = capture();
      expect(await main(args, io), chunks.join("")).toBe(0);
      const written = readdirSync(out).filter((f) => f.endsWith(".csv")).sort();
      for (const file of GOLDEN) expect(written, `${name} writes ${file}`).toContain(file);
      for (const file of written) {
        const actual = readFileSync(join(out, file), "utf8");
        if (process.env.UPDATE_GOLDEN === "1") {
          mkdirSync(expected, { recursive: true });
          writeFileSync(join(expected, file), actual);
        }
        expect(existsSync(join(expected, file)), `${expected}/${file} exists`).toBe(true);
        expect(actual, `${name}/${file}`).toBe(readFileSync(join(expected, file), "utf8"));
      }
      // no golden table is left over from an earlier version of the example
      expect(readdirSync(expected).filter((f) => f.endsWith(".csv")).sort(), `${expected} holds exactly what the run writes`).toEqual(written);
      // the CSV on stdout is the tidy table written to emissions.csv
      expect(chunks.filter((c) => c.startsWith("year,")).join("")).toBe(readFileSync(join(out, "emissions.csv"), "utf8"));
    }, 60_000);
  }

  it("every example labels its illustrative inputs", () => {
    for (const dir of ["beijing", "seoul", "ulaanbaatar", "northern-china-heating-season"]) {
      expect(readFileSync(join(ROOT, "examples", dir, "scenario.yaml"), "utf8")).toMatch(/illustrative/i);
      expect(readFileSync(join(ROOT, "examples", dir, "README.md"), "utf8")).toMatch(/illustrative/i);
    }
  });
});
