import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Runs every TSDoc `@example` in src/ as a module, and turns each line of the form
// `expression; // <JS literal>` into an assertion that the expression equals the literal.
// So the examples in the API reference are checked, not just written.

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");
const OUT = join(ROOT, "test", ".doctests");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (const m of text.matchAll(re)) {
    const code = (m[2] ?? "")
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    out.push({ file, line: text.slice(0, m.index).split("\n").length, code });
  }
  return out;
}

/** The longest prefix of a comment that evaluates as a JS literal, or undefined. */
function literalPrefix(comment: string): string | undefined {
  for (let end = comment.length; end > 0; end--) {
    const candidate = comment.slice(0, end).trim();
    if (!/^["'[{\-0-9tfnu]/.test(candidate)) return undefined;
    try {
      new Function(`return (${candidate});`)();
      return candidate;
    } catch {
      // try a shorter prefix
    }
  }
  return undefined;
}

function toModule(ex: Example): { code: string; checks: number } {
  const index = relative(OUT, join(SRC, "index.js")).replace(/\\/g, "/");
  let checks = 0;
  const body = ex.code
    .replace(/from "cobenefits"/g, `from "${index}"`)
    .replace(/from "cobenefits\/files"/g, `from "${relative(OUT, join(SRC, "files.js")).replace(/\\/g, "/")}"`)
    .replace(/from "cobenefits\/engine"/g, `from "${relative(OUT, join(SRC, "engine.js")).replace(/\\/g, "/")}"`)
    .replace(/from "cobenefits\/inventory"/g, `from "${relative(OUT, join(SRC, "inventory.js")).replace(/\\/g, "/")}"`)
    .replace(/from "cobenefits\/charts"/g, `from "${relative(OUT, join(SRC, "charts.js")).replace(/\\/g, "/")}"`)
    .replace(/from "cobenefits\/text"/g, `from "${relative(OUT, join(SRC, "text.js")).replace(/\\/g, "/")}"`)
    .replace(/from "\.\/([^"]+)"/g, (_, p: string) => `from "${relative(OUT, join(dirname(ex.file), p)).replace(/\\/g, "/")}"`)
    .split("\n")
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
      if (m === null || /^(const|let|import|export)\b/.test(m[2] ?? "")) return line;
      const lit = literalPrefix(m[3] ?? "");
      if (lit === undefined) return line;
      checks++;
      return `${m[1]}__expect(${m[2]}).toEqual(${lit});`;
    })
    .join("\n");
  return { code: `import { expect as __expect } from "vitest";\n${body}\nexport {};\n`, checks };
}

const all = files(SRC).flatMap(examplesOf);

describe("TSDoc examples", () => {
  it("exist: at least one per documented function module", () => {
    expect(all.length).toBeGreaterThan(30);
  });

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  all.forEach((ex, i) => {
    const where = `${relative(SRC, ex.file)}:${ex.line}`;
    it(`run and hold as written: ${where}`, async () => {
      const { code } = toModule(ex);
      const path = join(OUT, `example${i}.ts`);
      writeFileSync(path, code);
      await import(path);
    });
  });

  it("assert something: most examples state their result in a comment", () => {
    const withChecks = all.filter((ex) => toModule(ex).checks > 0).length;
    expect(withChecks / all.length).toBeGreaterThan(0.8);
  });
});
