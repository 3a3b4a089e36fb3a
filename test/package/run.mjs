// `npm run test:package`: package quality. Needs no build of its own: it packs the library as
// from a fresh clone (packCleanCopy.mjs: a copy of the sources without dist/, so the "prepack"
// script must build it), installs the tarball into a temporary consumer project (real npm
// install), then runs the consumer checks (consumer.mjs) and the bundle-size budget
// (bundleSize.mjs). Every check runs; exits 1 listing the failed ones. The temporary directory is
// always removed (set COBENEFITS_KEEP_CONSUMER=1 to keep it for debugging).
import { checkBundleSize } from "./bundleSize.mjs";
import { checkConsumer } from "./consumer.mjs";
import { packCleanCopy } from "./packCleanCopy.mjs";
import { CheckError, createConsumerProject, since } from "./project.mjs";

const t0 = performance.now();
let project;
try {
  console.log("test:package: pack from a clean copy of the sources, install into a temporary consumer project");
  project = createConsumerProject({ pack: packCleanCopy });
  console.log("test:package: consumer checks");
  const failures = await checkConsumer(project);
  console.log("test:package: bundle size");
  failures.push(...(await checkBundleSize(project)));
  if (failures.length > 0) {
    console.error(`\ntest:package FAILED (${failures.length} ${failures.length === 1 ? "check" : "checks"}, ${since(t0)}):`);
    for (const [name, message] of failures) console.error(`\n[${name}] ${message}`);
    process.exitCode = 1;
  } else {
    console.log(`test:package: all passed (${since(t0)})`);
  }
} catch (e) {
  if (e instanceof CheckError) console.error(`\ntest:package FAILED: ${e.message}`);
  else console.error(`\ntest:package FAILED with an unexpected error:`, e);
  process.exitCode = 1;
} finally {
  if (project) {
    if (process.env.COBENEFITS_KEEP_CONSUMER === "1") console.log(`  kept ${project.dir}`);
    else project.cleanup();
  }
}
