// `npm pack` as from a fresh clone that was never built: copies the repository's source files
// (what git would check out: tracked and new, not ignored, files; without git, every file outside
// node_modules, .git and dist) into a temporary folder WITHOUT dist/, links this checkout's
// node_modules into it (the devDependencies a fresh `npm ci` would install), and packs there. The
// package's "prepack" script must build dist/ on the way, or the tarball lacks it: the check that
// catches a package that installs but cannot be imported ("Cannot find module .../dist/index.js").
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { ROOT, check, sh, since } from "./project.mjs";

/** Files the tarball of a fresh clone must contain: the builds package.json "exports" and "bin" name. */
export const REQUIRED_FILES = ["package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/files.js", "dist/files.cjs", "dist/cli.js"];

/** The repository's source files, relative to ROOT, as a fresh clone would have them. */
function sourceFiles() {
  const git = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (git.status === 0) return git.stdout.split("\0").filter((f) => f !== "" && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== ".git" && path !== join(ROOT, "dist")) walk(path);
      } else if (entry.isFile()) files.push(relative(ROOT, path));
    }
  };
  walk(ROOT);
  return files;
}

/**
 * Copies the sources into `copyDir` (which must not exist yet), packs there into `packDir`, and
 * checks the tarball's file list. The `pack` of createConsumerProject (project.mjs).
 * @returns {{ tarball: string, info: object }} the tarball's path and `npm pack --json`'s entry.
 */
export function packCleanCopy(packDir, copyDir, { log = console.log } = {}) {
  const t0 = performance.now();
  const files = sourceFiles();
  check(files.includes("package.json"), "could not list the repository's source files (no package.json among them)");
  for (const f of files) {
    mkdirSync(dirname(join(copyDir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(copyDir, f));
  }
  check(!existsSync(join(copyDir, "dist")), "dist/ was copied into the clean copy: it must start unbuilt");
  symlinkSync(join(ROOT, "node_modules"), join(copyDir, "node_modules"), "dir");
  // Lifecycle scripts (prepack's build) print to stdout; --json's answer is the last JSON array.
  const packed = sh("npm", ["pack", "--json", "--pack-destination", packDir], { cwd: copyDir });
  const json = packed.stdout.slice(packed.stdout.lastIndexOf("\n[") + 1);
  let info;
  try {
    info = JSON.parse(json)[0];
  } catch {
    check(false, `npm pack printed no JSON file list:\n${packed.stdout}`);
  }
  check(info && info.filename, `npm pack printed no file name:\n${packed.stdout}`);
  const packedFiles = info.files.map((f) => f.path);
  const missing = REQUIRED_FILES.filter((f) => !packedFiles.includes(f));
  check(
    missing.length === 0,
    `npm pack from a clean copy without dist/ gave a tarball without ${missing.join(", ")} (files: ${packedFiles.join(", ")}): the "prepack" script must build`,
  );
  log(`  packed ${info.filename} from a clean copy without dist/ (${files.length} source files; prepack built it): ${packedFiles.length} files, ${(info.size / 1024).toFixed(0)} KiB (${since(t0)})`);
  return { tarball: join(packDir, info.filename), info };
}
