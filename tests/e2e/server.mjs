// A plain static file server for the end-to-end tests and `scripts/serve`: serves a folder
// (dist/ by default) on 127.0.0.1, optionally under a sub-path and with extra headers (the
// Content-Security-Policy of the hardening tests). No dependency beyond Node itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. Options: root (folder), port (0 = any free port), base ('/' or '/a/b/'),
 * headers (object, or function(pathname) returning an object), routes (map of exact
 * pathname → {type, body}) for pages built by a test.
 * Resolves to { url, port, close, requests } where requests lists every path asked for.
 */
export async function serve({ root = 'dist', port = 0, base = '/', headers = {}, routes = {}, compress = false } = {}) {
  const compressed = new Map();
  const folder = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    const extra = typeof headers === 'function' ? headers(url.pathname, url.search) : headers;
    const send = (status, type, body, key) => {
      const head = { 'Content-Type': type, 'Cache-Control': 'no-cache', ...extra };
      if (compress && key && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
        head['Content-Encoding'] = 'br';
      }
      res.writeHead(status, head);
      res.end(body);
    };
    if (routes[url.pathname]) {
      const r = routes[url.pathname];
      return send(200, r.type ?? TYPES['.html'], r.body);
    }
    if (!url.pathname.startsWith(base)) return send(404, TYPES['.txt'], 'not found');
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(folder, rel));
    if (!file.startsWith(folder)) return send(403, TYPES['.txt'], 'forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, TYPES['.txt'], 'not found');
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), file);
    } catch {
      send(404, TYPES['.txt'], 'not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    port: actual,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// `node tests/e2e/server.mjs [folder] [port]`: what scripts/serve runs, served as README
// "Deploying" advises (the Content-Security-Policy header, brotli).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { headers } = await import('./csp.mjs');
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const s = await serve({ root, port, headers, compress: true });
  console.log(`Tremplin est servi sur ${s.url}  (Ctrl+C pour arrêter)`);
}
