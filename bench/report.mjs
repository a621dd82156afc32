// `scripts/bench` report: sizes of dist/ (raw, gzip -9, brotli -q 11, per file and total),
// first-screen timings (bench/measure.mjs), the native simulate micro-benchmark, the engine
// package against modele-social (bench/compare/); prints a
// table and writes everything to bench/latest.json.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { sizes, sum, firstScreen, timings } from './measure.mjs';

const root = process.argv[2] ?? 'dist';
const compressed = (tool, args, file) => execFileSync(tool, [...args, file], { maxBuffer: 1 << 28 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const files = sizes(root);
const total = sum(files);
const first = sum(firstScreen(files));

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

console.log('\nFirst contentful paint and time to the first question being usable, headless Chromium (median of 5, brotli served)');
const t = await timings(root, 5);
console.log(`  first contentful paint, unthrottled: ${t.first_paint_unthrottled.median_ms} ms   (samples ${t.first_paint_unthrottled.samples_ms.join(', ')})`);
console.log(`  first contentful paint, throttled (1.6 Mbit/s, 150 ms, 4× CPU): ${t.first_paint_throttled.median_ms} ms   (samples ${t.first_paint_throttled.samples_ms.join(', ')})`);
console.log(`  unthrottled: ${t.first_question_unthrottled.median_ms} ms   (samples ${t.first_question_unthrottled.samples_ms.join(', ')})`);
console.log(`  throttled (1.6 Mbit/s, 150 ms, 4× CPU): ${t.first_question_throttled.median_ms} ms   (samples ${t.first_question_throttled.samples_ms.join(', ')})`);
console.log(`  weekly hours changed -> contract results redrawn, 4× CPU: median ${t.hours_update_4x_cpu.median_ms} ms, max ${t.hours_update_4x_cpu.max_ms} ms (21 changes)`);

console.log('\nAgainst modele-social + publicodes (the rules of the public salary simulator), in Node');
if (!existsSync('bench/compare/node_modules/modele-social')) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', 'bench/compare'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const compareOut = execFileSync('node', ['bench/compare/compare.mjs'], { encoding: 'utf8' });
const compare = JSON.parse(compareOut.trim().split('\n').at(-1));
const e = compare.engine_package, m = compare.modele_social;
console.log(`  size: engine package ${kb(e.raw)} KiB raw, ${kb(e.gzip)} gzip | modele-social ${kb(m.raw)} KiB raw, ${kb(m.gzip)} gzip -> ${compare.size_ratio_gzip}× smaller (gzip)`);
const n = compare.net_pay_1000;
console.log(`  1 000 net-pay computations: ours ${n.ours_ms} ms | publicodes + modele-social ${n.theirs_ms} ms (+ ${n.theirs_setup_ms} ms to build its engine) -> ${n.speed_ratio}× faster`);
console.log('  (not the same work: modele-social evaluates the whole payslip model; ours the CDDI rules of cddi.md)');

const report = { date: new Date().toISOString(), files, total, first_screen: first, engine_package: engine, simulate_24_months_ns: simulateNs, timings: t, compare };
writeFileSync('bench/latest.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nFigures written to bench/latest.json');
