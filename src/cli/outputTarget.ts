import { mkdirSync, realpathSync, statSync, statfsSync } from "node:fs";
import { dirname, join, parse, relative, resolve, sep } from "node:path";
import { CliFailure, EXIT } from "./exitCodes.js";

/**
 * Kernel pseudo file systems, by the `f_type` that statfs(2) reports: the values of
 * PROC_SUPER_MAGIC, SYSFS_MAGIC, DEVPTS_SUPER_MAGIC, DEBUGFS_MAGIC, TRACEFS_MAGIC,
 * SECURITYFS_MAGIC, SELINUX_MAGIC, CGROUP_SUPER_MAGIC, CGROUP2_SUPER_MAGIC, PSTOREFS_MAGIC,
 * BPF_FS_MAGIC, BINFMTFS_MAGIC, EFIVARFS_MAGIC and NSFS_MAGIC in Linux's
 * include/uapi/linux/magic.h. Results written there are lost or change the running system.
 */
const PSEUDO_FS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, "proc"], [0x62656572, "sysfs"], [0x1cd1, "devpts"], [0x64626720, "debugfs"], [0x74726163, "tracefs"],
  [0x73636673, "securityfs"], [0xf97cff8c, "selinuxfs"], [0x27e0eb, "cgroup"], [0x63677270, "cgroup2"], [0x6165676c, "pstore"],
  [0xcafe4a11, "bpf"], [0x42494e4d, "binfmt_misc"], [0xde5e81e4, "efivarfs"], [0x6e736673, "nsfs"],
]);

/** Folders of devices and kernel state, by path (also where statfs cannot tell, e.g. devtmpfs). */
const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];
const ALLOWED_UNDER_SPECIAL = ["/dev/shm"]; // a plain tmpfs, usable as a RAM disk

const refuse = (path: string, why: string): never => {
  throw new CliFailure(EXIT.io, `cannot write to ${path}: ${why}`);
};

const under = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

/** `path` (absolute) if it exists, else the nearest existing folder above it; a refusal if a file is in the way. */
function nearestExisting(shown: string, path: string): string {
  for (let p = path; ; p = dirname(p)) {
    let isDir: boolean | undefined;
    try {
      isDir = statSync(p, { throwIfNoEntry: false })?.isDirectory();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") refuse(shown, (e as Error).message);
    }
    if (isDir === false && p !== path) refuse(shown, `${p} exists and is not a folder`);
    if (isDir !== undefined) return p;
    if (p === dirname(p)) return p;
  }
}

/**
 * Where an output goes, checked before anything is written: the absolute path with symbolic links
 * of its existing part resolved. Refuses (exit 3, with the reason) a path on a kernel pseudo file
 * system or under /proc, /sys or /dev (other than /dev/shm), a path with a file where a folder
 * must be, and, for a folder, the file system root and the current folder or one above it (the
 * folder is replaced as a whole).
 *
 * @param path - the path the user gave, e.g. the value of `--out`
 * @param kind - `folder` for `run --out`, `file` for `schema --out`
 * @returns the real absolute path, which may not exist yet
 * @throws CliFailure (exit 3) when the path cannot hold the output
 * @example
 * ```ts
 * import { checkOutputPath } from "./outputTarget.js";
 * let message = "";
 * try { checkOutputPath("/proc/x", "folder"); } catch (e) { message = (e as Error).message; }
 * message.startsWith("cannot write to /proc/x: "); // true
 * ```
 * @category Command line
 */
export function checkOutputPath(path: string, kind: "folder" | "file"): string {
  try {
    return checked(path, kind);
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    return refuse(path, (e as Error).message); // e.g. a folder on the way that cannot be read
  }
}

function checked(path: string, kind: "folder" | "file"): string {
  const absolute = resolve(path);
  const existing = nearestExisting(path, absolute);
  const real = join(realpathSync(existing), relative(existing, absolute));
  const special = SPECIAL_ROOTS.find((root) => under(real, root) && !ALLOWED_UNDER_SPECIAL.some((a) => under(real, a)));
  if (special !== undefined) refuse(path, `${special} holds devices and kernel state, not files; choose a folder in your home or project`);
  if (process.platform === "linux") {
    const fs = PSEUDO_FS.get(statfsSync(existing).type);
    if (fs !== undefined) refuse(path, `it is on the ${fs} pseudo file system, which holds kernel state, not files`);
  }
  const stat = statSync(real, { throwIfNoEntry: false });
  if (kind === "folder") {
    if (stat !== undefined && !stat.isDirectory()) refuse(path, "it exists and is not a folder");
    if (real === parse(real).root) refuse(path, "the root folder cannot be replaced; name a folder inside it");
    const cwd = process.cwd();
    if (under(cwd, real)) refuse(path, "it is the current folder or one above it, which the output would replace; name a new folder, e.g. results/");
  } else if (stat?.isDirectory() === true) refuse(path, "it is a folder; name the file to write, e.g. scenario.schema.json");
  else if (stat !== undefined && !stat.isFile()) refuse(path, "it exists and is not a regular file");
  return real;
}

/**
 * Creates a folder and the folders above it that are missing, one at a time (never the
 * recursive mkdir, which loops forever where a parent exists but refuses children, as in /proc).
 *
 * @param dir - an absolute folder path
 * @param mkdir - creates one folder (injectable for tests)
 * @throws CliFailure (exit 3) when a folder cannot be created
 * @example
 * ```ts
 * import { mkdtempSync, statSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { makeFolders } from "./outputTarget.js";
 * const dir = join(mkdtempSync(join(tmpdir(), "cb-")), "a", "b");
 * makeFolders(dir);
 * statSync(dir).isDirectory(); // true
 * ```
 * @category Command line
 */
export function makeFolders(dir: string, mkdir: (path: string) => void = (p) => mkdirSync(p)): void {
  const missing: string[] = [];
  try {
    for (let p = dir; statSync(p, { throwIfNoEntry: false }) === undefined && p !== dirname(p); p = dirname(p)) missing.unshift(p);
  } catch (e) {
    refuse(dir, (e as Error).message);
  }
  for (const p of missing) {
    try {
      mkdir(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST" && statSync(p, { throwIfNoEntry: false })?.isDirectory() === true) continue;
      refuse(dir, `cannot create the folder ${p}: ${(e as Error).message}`);
    }
  }
}
