import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";

/**
 * The file operations that writing outputs uses, injectable so that tests can make any one of
 * them fail at a chosen point (tests run as root, where permissions do not stop a write).
 * @category Command line
 */
export interface OutputFs {
  /** Creates one folder; its parent exists. */
  mkdir(path: string): void;
  /** Creates a new file (fails if it exists) holding `content` (text as UTF-8, or bytes). */
  writeFile(path: string, content: string | Uint8Array): void;
  /** Renames a file or folder, atomically within one file system. */
  rename(from: string, to: string): void;
  /** Removes a file or folder with everything in it. */
  remove(path: string): void;
}

/**
 * {@link OutputFs} on the real file system (node:fs).
 * @category Command line
 */
export const NODE_OUTPUT_FS: OutputFs = {
  mkdir: (path) => mkdirSync(path),
  writeFile: (path, content) => writeFileSync(path, content, { flag: "wx" }),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
};
