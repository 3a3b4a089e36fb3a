import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { CliFailure, EXIT } from "./exitCodes.js";
import { NODE_OUTPUT_FS, type OutputFs } from "./outputFs.js";
import { checkOutputPath, makeFolders } from "./outputTarget.js";

/**
 * Writes one output file all or nothing: into a temporary file beside it
 * (`.<name>.tmp-<pid>-<random>`), then renamed over the target, so an existing file is either
 * kept or replaced whole, never left half written. Missing parent folders are created.
 *
 * @param path - the file as the user gave it, e.g. the value of `schema --out`
 * @param content - the text to write (UTF-8)
 * @param fs - the file operations (injectable for tests)
 * @returns `path`
 * @throws CliFailure (exit 3) when the path cannot hold a file (see checkOutputPath) or the write fails
 * @example
 * ```ts
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { writeOutputFile } from "./writeOutputFile.js";
 * const file = join(mkdtempSync(join(tmpdir(), "cb-")), "schema", "s.json");
 * writeOutputFile(file, "{}\n");
 * readFileSync(file, "utf8"); // "{}\n"
 * ```
 * @category Command line
 */
export function writeOutputFile(path: string, content: string, fs: OutputFs = NODE_OUTPUT_FS): string {
  const target = checkOutputPath(path, "file");
  makeFolders(dirname(target), fs.mkdir);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    fs.writeFile(tmp, content);
    fs.rename(tmp, target);
  } catch (e) {
    let left = "";
    try {
      fs.remove(tmp);
    } catch (r) {
      left = ` (the temporary ${tmp} could not be removed: ${(r as Error).message})`;
    }
    throw new CliFailure(EXIT.io, `cannot write ${path}: ${(e as Error).message}; ${path} is unchanged${left}`);
  }
  return path;
}
