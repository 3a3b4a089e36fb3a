import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { JupyterKernelClient, KernelError } from "./jupyterKernelClient.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSLAB = [process.execPath, join(ROOT, "node_modules", "tslab", "bin", "tslab"), "kernel", "--config-path", "{connection_file}"];
const dir = mkdtempSync(join(tmpdir(), "cobenefits-kernel-"));
const runtimeDir = join(dir, "runtime");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether a process with this id still exists. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A "kernel" that writes its pid to a file and then never answers. */
const silentKernel = (pidFile: string) => [process.execPath, "-e", "require('fs').writeFileSync(process.argv[1], String(process.pid)); setInterval(() => {}, 1000)", pidFile];

describe("the Node Jupyter client", () => {
  it("gives up on a kernel that never answers within the start-up timeout, and kills it", async () => {
    const pidFile = join(dir, "silent.pid");
    const started = Date.now();
    await expect(JupyterKernelClient.start({ argv: silentKernel(pidFile), cwd: dir, runtimeDir, startupTimeoutMs: 1500, attempts: 1 })).rejects.toThrow(
      /did not open its shell and iopub sockets within 2 s/,
    );
    expect(Date.now() - started).toBeLessThan(8000);
    expect(running(Number(readFileSync(pidFile, "utf8")))).toBe(false);
    expect(readdirSync(runtimeDir)).toEqual([]);
  });

  it("reports a kernel that exits while starting, with what it printed", async () => {
    const argv = [process.execPath, "-e", "console.error('no such notebook helper'); process.exit(3)"];
    await expect(JupyterKernelClient.start({ argv, cwd: dir, runtimeDir })).rejects.toThrow(/the kernel exited \(exit code 3\).*\n.*no such notebook helper/);
  });

  it("reports a kernel program that cannot be started", async () => {
    await expect(JupyterKernelClient.start({ argv: [join(dir, "no-such-kernel")], cwd: dir, runtimeDir })).rejects.toThrow(KernelError);
  });

  it("runs cells in the tslab kernel: printed text, stderr, a failing cell, a cell past its timeout", async () => {
    const kernel = await JupyterKernelClient.start({ argv: TSLAB, cwd: dir, runtimeDir });
    const pid = kernel.pid ?? -1;
    try {
      expect(kernel.kernelInfo).toMatchObject({ language_info: { name: "typescript" } });
      const ok = await kernel.execute('const n: number = 6 * 7;\nconsole.log("n =", n);\nn');
      expect(ok).toMatchObject({ status: "ok", executionCount: 1, outputs: [{ output_type: "stream", name: "stdout", text: ["n = 42\n", "42\n"] }] });
      const warned = await kernel.execute('console.error("careful")');
      expect(warned.outputs).toEqual([{ output_type: "stream", name: "stderr", text: ["careful\n"] }]);
      const failed = await kernel.execute('const s: string = 1;');
      expect(failed.status).toBe("error");
      // tslab refuses requests for 200 ms after a failed cell.
      await new Promise((r) => setTimeout(r, 300));
      const stuck = kernel.execute('console.log("before the loop"); while (true) {}', { timeoutMs: 500 });
      await expect(stuck).rejects.toMatchObject({ timedOut: true, outputs: [{ output_type: "stream", name: "stdout", text: ["before the loop\n"] }] });
    } finally {
      await kernel.kill();
    }
    expect(running(pid)).toBe(false);
    expect(readdirSync(runtimeDir)).toEqual([]);
  });
});
