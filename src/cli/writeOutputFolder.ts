import { randomBytes } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliFailure, EXIT } from "./exitCodes.js";
import { NODE_OUTPUT_FS, type OutputFs } from "./outputFs.js";
import { checkOutputPath, makeFolders } from "./outputTarget.js";

/** A file to write: its path relative to the output folder (`/`-separated) and its text (or bytes, for a workbook). */
export interface OutputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

const fail = (message: string): never => {
  throw new CliFailure(EXIT.io, message);
};

/** Files that operating systems' file browsers leave in folders: replaced without asking. */
const OS_METADATA = new Set([".DS_Store", "Thumbs.db", "desktop.ini"]);

/** Up to `limit` paths (relative, `/`-separated, folders ending in `/`) in `dir` that `ours` does not accept. */
function foreignEntries(dir: string, ours: (relativePath: string) => boolean, limit = 5): string[] {
  const found: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (found.length >= limit) return;
      const path = `${rel}${e.name}`;
      if (e.isDirectory() && ours(`${path}/`)) walk(join(abs, e.name), `${path}/`);
      else if (!e.isFile() || !(ours(path) || OS_METADATA.has(e.name))) found.push(e.isDirectory() ? `${path}/` : path);
    }
  };
  walk(dir, "");
  return found;
}

/** A unique suffix for the temporary names beside the target. */
const tag = () => `${process.pid}-${randomBytes(4).toString("hex")}`;

/** Removes a temporary folder; the words to add to a message if that fails too. */
function discard(fs: OutputFs, path: string): string {
  try {
    fs.remove(path);
    return "";
  } catch (e) {
    return ` (the temporary ${path} could not be removed: ${(e as Error).message})`;
  }
}

/**
 * Writes files into an output folder all or nothing. Everything is first written into a new
 * temporary folder beside the target (`.<name>.tmp-<pid>-<random>`, in the same parent, so on the
 * same file system), which is renamed into place only when every file is written. An existing
 * folder is renamed aside, the new one renamed into place, and only then is the old one removed;
 * if the second rename fails the old folder is put back. So a failure at any point leaves an
 * earlier result exactly as it was, and removes the temporary folder.
 *
 * The folder is replaced as a whole: files of an earlier run that this run does not write are
 * gone afterwards. So an existing folder is replaced only if everything in it is something a run
 * writes (`ours`, or a file browser's .DS_Store, Thumbs.db, desktop.ini); a folder holding
 * anything else (the user's own files) is refused, untouched.
 *
 * @param dir - the output folder as the user gave it; created with its parents if missing
 * @param files - the files to write, names relative to `dir` (e.g. `charts/trajectories.svg`)
 * @param ours - whether a path found in an existing `dir` (relative, `/`-separated, folders with a
 *   trailing `/`) is one that an earlier run may have written
 * @param fs - the file operations (injectable for tests)
 * @returns the paths written, each `dir` joined with a file's name
 * @throws CliFailure (exit 3) naming the file or folder that could not be written, and why
 * @example
 * ```ts
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { writeOutputFolder } from "./writeOutputFolder.js";
 * const out = join(mkdtempSync(join(tmpdir(), "cb-")), "results");
 * writeOutputFolder(out, [{ name: "a.csv", content: "x\n" }], (p) => p === "a.csv");
 * readFileSync(join(out, "a.csv"), "utf8"); // "x\n"
 * ```
 * @category Command line
 */
export function writeOutputFolder(dir: string, files: readonly OutputFile[], ours: (relativePath: string) => boolean, fs: OutputFs = NODE_OUTPUT_FS): string[] {
  const target = checkOutputPath(dir, "folder");
  const existed = statSync(target, { throwIfNoEntry: false }) !== undefined;
  if (existed) {
    let foreign: string[] = [];
    try {
      foreign = foreignEntries(target, ours);
    } catch (e) {
      fail(`cannot write to ${dir}: cannot list what it holds: ${(e as Error).message}; nothing was changed`);
    }
    if (foreign.length > 0) {
      fail(`cannot write to ${dir}: it holds files cobenefits does not write (${foreign.join(", ")}${foreign.length === 5 ? ", ..." : ""}). The output folder is replaced as a whole, so name a new or empty folder, or move those files; nothing was changed`);
    }
  }
  const parent = dirname(target);
  makeFolders(parent, fs.mkdir);
  const suffix = tag();
  const tmp = join(parent, `.${basename(target)}.tmp-${suffix}`);
  const unchanged = existed ? `the earlier result in ${dir} is unchanged` : `${dir} was not created`;
  try {
    fs.mkdir(tmp);
  } catch (e) {
    fail(`cannot write to ${dir}: cannot create the temporary folder ${tmp}: ${(e as Error).message}; ${unchanged}`);
  }
  for (const f of files) {
    try {
      const path = join(tmp, f.name);
      makeFolders(dirname(path), fs.mkdir);
      fs.writeFile(path, f.content);
    } catch (e) {
      fail(`cannot write ${join(dir, f.name)}: ${(e as Error).message}; ${unchanged}${discard(fs, tmp)}`);
    }
  }
  if (!existed) {
    try {
      fs.rename(tmp, target);
    } catch (e) {
      fail(`cannot move the new result into ${dir}: ${(e as Error).message}; ${unchanged}${discard(fs, tmp)}`);
    }
  } else {
    const old = join(parent, `.${basename(target)}.old-${suffix}`);
    try {
      fs.rename(target, old);
    } catch (e) {
      fail(`cannot move the earlier result in ${dir} aside: ${(e as Error).message}; ${unchanged}${discard(fs, tmp)}`);
    }
    try {
      fs.rename(tmp, target);
    } catch (e) {
      try {
        fs.rename(old, target);
      } catch (back) {
        fail(`cannot move the new result into ${dir} (${(e as Error).message}), nor the earlier result back (${(back as Error).message}): the earlier result is in ${old}, the new one in ${tmp}`);
      }
      fail(`cannot move the new result into ${dir}: ${(e as Error).message}; ${unchanged}${discard(fs, tmp)}`);
    }
    try {
      fs.remove(old);
    } catch (e) {
      fail(`wrote the new result to ${dir}, but cannot remove the earlier one, moved aside to ${old}: ${(e as Error).message}`);
    }
  }
  return files.map((f) => join(dir, f.name));
}
