import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { executeNotebook } from "./executeNotebook.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSLAB = [process.execPath, join(ROOT, "node_modules", "tslab", "bin", "tslab"), "kernel", "--config-path", "{connection_file}"];
const dir = mkdtempSync(join(tmpdir(), "cobenefits-notebook-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const code = (source: string) => ({ cell_type: "code", source, outputs: [], execution_count: null, metadata: {} });
const options = { argv: TSLAB, cwd: dir, runtimeDir: join(dir, "runtime"), cellTimeoutMs: 30_000, notebookTimeoutMs: 60_000 };

describe("executing a notebook through the Node client", () => {
  it("runs cells in order, skips blank ones, and stops at the first failing cell", async () => {
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: "tslab" } },
      cells: [
        { cell_type: "markdown", source: "# title", metadata: {} },
        code('const a: number = 2;\nconsole.log("a =", a);'),
        code("  \n"),
        code('const b: string = a;'),
        code('console.log("never printed");'),
      ],
    };
    const before = structuredClone(notebook);
    const { notebook: run, ok, problem } = await executeNotebook(notebook, options);
    expect(ok).toBe(false);
    expect(problem).toMatch(/^cell 4: execute_reply status "error"/);
    const cells = run.cells as Array<{ execution_count: number | null; outputs: unknown[] }>;
    expect(cells[1]).toMatchObject({ execution_count: 1, outputs: [{ output_type: "stream", name: "stdout", text: ["a = 2\n"] }] });
    expect(cells[2]?.execution_count).toBeNull();
    expect(cells[3]?.outputs).toMatchObject([{ output_type: "stream", name: "stderr" }]);
    expect(cells[4]).toMatchObject({ execution_count: null, outputs: [] });
    expect((run.metadata as { language_info?: { name: string } }).language_info?.name).toBe("typescript");
    expect(notebook).toEqual(before);
  });
});
