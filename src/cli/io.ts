import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CliFailure, EXIT } from "./exitCodes.js";

/** The text of a file, or a {@link CliFailure} with exit code 3 saying why it cannot be read. */
export function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new CliFailure(EXIT.io, `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

/** Writes files under a directory (created if needed); exit code 3 when it cannot. */
export function writeFiles(dir: string, files: readonly { readonly name: string; readonly content: string }[]): string[] {
  try {
    return files.map((f) => {
      const path = join(dir, f.name);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, f.content);
      return path;
    });
  } catch (e) {
    throw new CliFailure(EXIT.io, `cannot write to ${dir}: ${(e as Error).message}`);
  }
}
