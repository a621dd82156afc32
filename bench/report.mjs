// `scripts/bench` report: sizes of dist/ (raw, gzip -9, brotli -q 11, per file and total),
// first-screen timings (tests/e2e/bench.mjs), the native simulate micro-benchmark; prints a
// table and writes everything to bench/latest.json.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from '../tests/e2e/bench.mjs';

const root = process.argv[2] ?? 'dist';
const compressed = (tool, args, file) => execFileSync(tool, [...args, file], { maxBuffer: 1 << 28 }).length;

function sizes(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((f) => String(f))
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  return files.map((f) => {
    const path = join(dir, f);
    return { file: f, raw: statSync(path).size, gzip: compressed('gzip', ['-9', '-c'], path), brotli: compressed('brotli', ['-q', '11', '-c'], path) };
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const files = sizes(root);
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// What the first screen needs: the HTML, the start-up scripts, the Wasm and the CSS.
const firstScreen = files.filter((f) => /(^index\.html|\.js|\.wasm|\.css)$/.test(f.file) && !/^(embed|sw|integration)/.test(f.file));
const first = firstScreen.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`\nSizes of ${root}/ (KiB)              raw     gzip   brotli`);
for (const f of files) console.log(`  ${f.file.padEnd(34)}${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
console.log(`  ${'total'.padEnd(34)}${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
console.log(`  ${'first screen (html, js, wasm, css)'.padEnd(34)}${kb(first.raw)} ${kb(first.gzip)} ${kb(first.brotli)}`);

console.log('\nEngine-only package (scripts/build-engine)');
execFileSync('scripts/build-engine', { stdio: ['ignore', 'ignore', 'inherit'] });
const engineWasm = 'pkg/web/tremplin_engine_bg.wasm';
const engine = { file: engineWasm, raw: statSync(engineWasm).size, gzip: compressed('gzip', ['-9', '-c'], engineWasm), brotli: compressed('brotli', ['-q', '11', '-c'], engineWasm) };
console.log(`  ${engine.file}: ${kb(engine.raw)} KiB raw, ${kb(engine.gzip)} gzip, ${kb(engine.brotli)} brotli (budget 60 KB brotli)`);

console.log('\nNative micro-benchmark (cargo bench --bench simulate)');
const benchOut = execFileSync('cargo', ['bench', '--locked', '--bench', 'simulate'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const simulateNs = Number(/simulate_24_months_ns=(\d+)/.exec(benchOut)?.[1]);
console.log(`  one simulate call on a 24-month contract: ${(simulateNs / 1000).toFixed(1)} µs (median)`);

console.log('\nTime to an interactive first screen in headless Chromium (median of 5, brotli served)');
const timings = await measure(root, 5);
console.log(`  unthrottled: ${timings.unthrottled.median_ms} ms   (samples ${timings.unthrottled.samples_ms.join(', ')})`);
console.log(`  throttled (1.6 Mbit/s, 150 ms, 4× CPU): ${timings.throttled.median_ms} ms   (samples ${timings.throttled.samples_ms.join(', ')})`);

const report = { date: new Date().toISOString(), files, total, first_screen: first, engine_package: engine, simulate_24_months_ns: simulateNs, timings };
writeFileSync('bench/latest.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nFigures written to bench/latest.json');
