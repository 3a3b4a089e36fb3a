import { build } from "esbuild";
import { gzipSync } from "node:zlib";
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, platform: "browser", format: "esm", write: false, metafile: true, logLevel: "silent", nodePaths: ["/work/wt/i14-compare/node_modules"] });
const out = r.outputFiles[0].contents;
console.log((gzipSync(out, { level: 9 }).length / 1000).toFixed(1), "kB gz");
const by = {};
for (const [f, i] of Object.entries(r.metafile.outputs)) for (const [inp, v] of Object.entries(i.inputs)) { const k = inp.replace(/^src\//, "").split("/").slice(0, 2).join("/"); if (/zodKeysAt|writtenValueHint|nearestFactorKeys|nearestStrings|inputIssuesFromZod|metricErrors/.test(inp)) by[inp] = v.bytesOutput; }
console.log(Object.entries(r.metafile.inputs).length)
console.log(by);
