/**
 * Executes a Jupyter notebook (nbformat 4, parsed JSON) headlessly through jupyterKernelClient.mjs,
 * as nbclient does (executeNotebook.py is the same with Python's nbclient): starts the kernel,
 * runs every code cell with non-blank source in order with a per-cell timeout, records each cell's
 * outputs, execution_count and timing (metadata.execution), sets the notebook's language_info from
 * the kernel, stops at the first cell whose execute_reply is not "ok", and always shuts the kernel
 * down (killing it if it does not exit). The notebook passed in is not changed.
 */
import { JupyterKernelClient } from "./jupyterKernelClient.mjs";

const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);

/**
 * @param {object} notebook the notebook as parsed from its .ipynb file.
 * @param {{ argv: string[], cwd: string, runtimeDir: string, env?: NodeJS.ProcessEnv,
 *   kernelName?: string, cellTimeoutMs: number, notebookTimeoutMs: number,
 *   startupTimeoutMs?: number }} options the kernelspec argv, the kernel's working directory,
 *   where connection files go, and the time limits.
 * @returns {Promise<{ notebook: object, ok: boolean, problem: string | null }>} the executed copy;
 *   ok when every cell ran with status "ok"; otherwise the problem (cell number, status or
 *   kernel error) and the copy up to the failing cell.
 */
export async function executeNotebook(notebook, { cellTimeoutMs, notebookTimeoutMs, ...kernelOptions }) {
  const nb = structuredClone(notebook);
  const deadline = Date.now() + notebookTimeoutMs;
  let kernel;
  try {
    // Up to 3 start-up attempts (see JupyterKernelClient.start), all within the notebook's time.
    kernel = await JupyterKernelClient.start({ ...kernelOptions, attempts: 3, startupTimeoutMs: Math.min(kernelOptions.startupTimeoutMs ?? 60_000, notebookTimeoutMs / 3) });
    if (kernel.kernelInfo?.language_info !== undefined) nb.metadata = { ...nb.metadata, language_info: kernel.kernelInfo.language_info };
    for (const [i, cell] of nb.cells.entries()) {
      if (cell.cell_type !== "code" || sourceOf(cell).trim() === "") continue;
      const left = deadline - Date.now();
      if (left <= 0) return { notebook: nb, ok: false, problem: `cell ${i + 1}: the notebook ran out of its ${notebookTimeoutMs / 1000} s` };
      const started = new Date();
      cell.outputs = [];
      cell.execution_count = null;
      let result;
      try {
        result = await kernel.execute(sourceOf(cell), { timeoutMs: Math.min(cellTimeoutMs, left) });
      } catch (e) {
        cell.outputs = e.outputs ?? [];
        // A kernel that did not answer in time is busy or stuck: no use asking it to shut down.
        if (e.timedOut === true) await kernel.kill();
        const limit = e.timedOut === true ? (left < cellTimeoutMs ? ` (the notebook's limit of ${notebookTimeoutMs / 1000} s)` : " (the cell timeout)") : "";
        return { notebook: nb, ok: false, problem: `cell ${i + 1}: ${e instanceof Error ? e.message : String(e)}${limit}` };
      }
      cell.outputs = result.outputs;
      cell.execution_count = result.executionCount;
      cell.metadata = { ...cell.metadata, execution: { "shell.execute_reply.started": started.toISOString(), "shell.execute_reply": new Date().toISOString() } };
      if (result.status !== "ok") {
        const { ename, evalue } = result.reply;
        return { notebook: nb, ok: false, problem: `cell ${i + 1}: execute_reply status "${result.status}"${ename ? ` (${ename}: ${evalue})` : ""}` };
      }
    }
    return { notebook: nb, ok: true, problem: null };
  } catch (e) {
    return { notebook: nb, ok: false, problem: `kernel: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await kernel?.shutdown();
  }
}
