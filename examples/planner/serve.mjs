// A static file server for the planner, for `npm run planner`: serves examples/planner/ on
// localhost only, prints the address, and nothing else (the page computes everything itself).
// Usage: node examples/planner/serve.mjs [--port N]   (default 8737; 0 picks a free port)
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".map": "application/json", ".png": "image/png", ".txt": "text/plain; charset=utf-8", ".yaml": "text/yaml; charset=utf-8" };

/**
 * Starts the server.
 * @param {number} port - the port on 127.0.0.1 (0: any free one)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function servePlanner(port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(here, path.endsWith("/") ? `${path}index.html` : path));
    let ok = file.startsWith(here + sep) || file === here;
    try { ok = ok && statSync(file).isFile(); } catch { ok = false; }
    if (!ok || req.method !== "GET") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : 8737;
  try {
    const { url } = await servePlanner(port);
    console.log(`cobenefits planner: open ${url} (Ctrl+C to stop)`);
  } catch (e) {
    if (e?.code !== "EADDRINUSE") throw e;
    console.error(`cobenefits planner: port ${port} is in use; pick another: node examples/planner/serve.mjs --port 0 (any free port)`);
    process.exitCode = 1;
  }
}
