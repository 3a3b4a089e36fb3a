import { build } from "esbuild";
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, platform: "browser", format: "esm", write: false, metafile: true, logLevel: "silent", nodePaths: ["/work/wt/i14-compare/node_modules"] });
for (const [f, i] of Object.entries(r.metafile.outputs)) for (const [inp, v] of Object.entries(i.inputs)) if (/zodKeysAt|writtenValueHint|nearestFactorKeys|nearestStrings|inputIssuesFromZod|metricErrors|lookupFactor/.test(inp)) console.log(inp, v.bytesInOutput);
