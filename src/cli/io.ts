import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { MAX_SCENARIO_FILE_BYTES } from "../files/maxScenarioFileBytes.js";
import { CliFailure, EXIT } from "./exitCodes.js";

const bytes = (n: number) => `${n.toLocaleString("en-US")} bytes`;
const mib = (n: number) => `${Number((n / 2 ** 20).toFixed(2))} MiB`;

/**
 * The text (UTF-8) of a scenario file. Only a regular file is read: a folder, a device (such as
 * /dev/zero), a named pipe or a socket is refused before it is opened, so nothing can hang
 * waiting for input that never ends; a file larger than the limit is refused before it is read.
 *
 * @param path - the file as the user gave it
 * @param limit - the largest size accepted [bytes]; default {@link MAX_SCENARIO_FILE_BYTES} (10 MiB)
 * @returns the file's text
 * @throws CliFailure with exit code 3 when the file cannot be read (missing, a folder, not a
 *   regular file), exit code 1 when it is larger than `limit` (naming the limit)
 * @example
 * ```ts
 * import { readText } from "./io.js";
 * let message = "";
 * try { readText("/dev/zero"); } catch (e) { message = (e as Error).message; }
 * message; // "cannot read /dev/zero: it is not a regular file but a device, pipe or socket; save the scenario to a file and give its path"
 * ```
 * @category Command line
 */
export function readText(path: string, limit: number = MAX_SCENARIO_FILE_BYTES): string {
  const cannot = (why: string, code: 1 | 3 = EXIT.io): never => {
    throw new CliFailure(code, `cannot read ${path}: ${why}`);
  };
  const tooLarge = (size: string) => cannot(`the file has ${size}, more than the ${bytes(limit)} (${mib(limit)}) a scenario file may have`, EXIT.invalidInput);
  try {
    const st = statSync(path); // stat, not open: opening a named pipe would wait for a writer
    if (st.isDirectory()) cannot("it is a folder, not a file");
    if (!st.isFile()) cannot("it is not a regular file but a device, pipe or socket; save the scenario to a file and give its path");
    if (st.size > limit) tooLarge(bytes(st.size));
    const fd = openSync(path, "r");
    try {
      if (!fstatSync(fd).isFile()) cannot("it was replaced by something that is not a regular file while being read");
      const chunks: Buffer[] = [];
      let total = 0;
      for (;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const n = readSync(fd, chunk, 0, chunk.length, null);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
        total += n;
        if (total > limit) tooLarge(`more than ${bytes(limit)} (it grew while being read)`);
      }
      return Buffer.concat(chunks, total).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    return cannot(code === "ENOENT" ? "no such file" : code === "ENOTDIR" ? "a part of the path is not a folder" : (e as Error).message);
  }
}
