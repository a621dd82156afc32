// Trunk post-build hook, on the staging folder:
// 1. cuts the wasm-bindgen glue down to what the optimised Wasm still imports and exports
//    (scripts/prune-glue.mjs), minifies it with terser (Trunk's own JS minifier cannot read it)
//    and updates its Subresource Integrity hash in index.html;
// 2. writes sources.html, the static "Sources et paramètres" page (src/bin/sources-page.rs),
//    and the home screen into index.html (src/bin/first-paint.rs), readable before the Wasm;
// 3. writes sw.js, the service worker that keeps the app's files for offline use. Its cache
//    is named after a hash of the build's files, so a new build (new content-hashed names,
//    new sw.js) installs a new cache and removes the old one.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { pruneGlue } from './prune-glue.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';

if (process.env.TRUNK_PROFILE !== 'debug') {
  const glue = readdirSync(dir).find((f) => /^tremplin-[0-9a-f]+\.js$/.test(f));
  if (glue) {
    const path = join(dir, glue);
    const before = readFileSync(path, 'utf8');
    const wasm = readFileSync(join(dir, glue.replace(/\.js$/, '_bg.wasm')));
    const pruned = pruneGlue(before, wasm);
    console.log(`${glue}: dropped the classes ${pruned.classes.join(', ') || '(none)'} of Wasm exports wasm-opt removed; ${pruned.imports} imports kept`);
    const { code } = await minify(pruned.js, { module: true, compress: true, mangle: true });
    writeFileSync(path, code);
    const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
    const index = join(dir, 'index.html');
    const html = readFileSync(index, 'utf8');
    if (!html.includes(sri(before))) throw new Error(`no integrity hash of ${glue} in index.html`);
    writeFileSync(index, html.replaceAll(sri(before), sri(code)));
    console.log(`${glue}: ${before.length} -> ${code.length} bytes (terser), integrity updated`);
  }
}
// 1b. the second module (src/bin/extra.rs, built by Trunk as a "worker" target with plain
//     names): minified, renamed after a hash of its content so a browser cache never pairs a
//     new page with an old module, and named in boot.js's tag, which imports it after the
//     first screen.
{
  const js = join(dir, 'tremplin-extra.js');
  const wasm = join(dir, 'tremplin-extra_bg.wasm');
  if (!existsSync(js) || !existsSync(wasm)) throw new Error('the second module (tremplin-extra) was not built');
  let glue = readFileSync(js, 'utf8');
  if (process.env.TRUNK_PROFILE !== 'debug') glue = (await minify(glue, { module: true, compress: true, mangle: true })).code;
  const digest = createHash('sha256').update(glue).update(readFileSync(wasm)).digest('hex').slice(0, 16);
  const names = { js: `tremplin-extra-${digest}.js`, wasm: `tremplin-extra-${digest}_bg.wasm` };
  writeFileSync(join(dir, names.js), glue);
  renameSync(wasm, join(dir, names.wasm));
  unlinkSync(js);
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8');
  const tag = /(<script\b[^>]*\bid="?tr-boot"?)/;
  if (!tag.test(html)) throw new Error('no boot.js tag in index.html');
  writeFileSync(index, html.replace(tag, `$1 data-extra-js=./${names.js} data-extra-wasm=./${names.wasm}`));
  console.log(`second module: ${names.js}, ${names.wasm}`);
}

// 1c. boot.js, copied by Trunk as it is written: minified too (it is part of the first screen).
if (process.env.TRUNK_PROFILE !== 'debug') {
  const boot = join(dir, 'boot.js');
  const { code } = await minify(readFileSync(boot, 'utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(boot, code);
}

// 2. the "Sources et paramètres" page, generated from the parameter timelines (before the
//    service worker's list, so it is kept for offline use too).
execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'sources-page', '--', dir], { stdio: 'inherit' });
// 2b. the home screen written into index.html, so it shows before the WebAssembly has arrived.
execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'first-paint', '--', dir], { stdio: 'inherit' });

const files = readdirSync(dir)
  .filter((f) => statSync(join(dir, f)).isFile() && f !== 'sw.js' && !f.startsWith('_'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = `tremplin-${hash.digest('hex').slice(0, 16)}`;
const precache = ['./', ...files.map((f) => `./${f}`)];

const source = `// Generated at build time by scripts/post-build.mjs: do not edit.
// Keeps the app's files for offline use; off inside a host's iframe.
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(precache)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('tremplin-') && key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages inside a host's iframe are left alone; a page of its own: the network first (a new
    // build is seen at once), the kept copy when offline.
    if (request.destination !== 'document') return;
    event.respondWith(fetch(request).catch(async () =>
      (await caches.match(request, { ignoreSearch: true })) || caches.match('./index.html')));
    return;
  }
  event.respondWith((async () => {
    const client = event.clientId ? await self.clients.get(event.clientId) : null;
    if (client && client.frameType === 'nested') return fetch(request);
    return (await caches.match(request, { ignoreSearch: true })) || fetch(request);
  })());
});
`;
writeFileSync(join(dir, 'sw.js'), source);
console.log(`sw.js: ${version}, ${precache.length} files`);
