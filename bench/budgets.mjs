// The speed and size budgets, held by scripts/test on the release build (dist/):
//   - everything the first screen needs (HTML, JS, Wasm, CSS), brotli -q 11: at most 150 KB
//     (150 000 bytes; goal 120 000);
//   - navigation to the first contentful paint (the home screen written into index.html at
//     build time), throttled as below, median of 5: at most 0.8 s (goal 0.5 s);
//   - navigation to the first question being usable, throttled (1.6 Mbit/s, 150 ms, 4× CPU),
//     median of 5: at most 2.0 s (goal 1.5 s);
//   - changing the weekly hours to the contract results redrawn, 4× CPU slowdown, median of
//     21 changes: under 16 ms.
// A budget that fails prints the figure, the budget and what grew since bench/baseline.json.
// `node bench/budgets.mjs --write-baseline` records the current figures as the baseline.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { sizes, sum, firstScreen, stem, timings } from './measure.mjs';

const BUDGETS = [
  { key: 'first_screen_brotli_bytes', label: 'first screen, brotli', budget: 150_000, goal: 120_000, unit: 'bytes' },
  { key: 'first_paint_throttled_ms', label: 'first contentful paint, throttled, median of 5', budget: 800, goal: 500, unit: 'ms' },
  { key: 'first_question_throttled_ms', label: 'first question usable, throttled, median of 5', budget: 2000, goal: 1500, unit: 'ms' },
  { key: 'hours_update_ms', label: 'hours change to results redrawn, 4× CPU, median of 21', budget: 16, goal: 16, unit: 'ms', strict: true },
];

const files = firstScreen(sizes('dist'));
const t = await timings('dist', 5);
const figures = {
  first_screen_brotli_bytes: sum(files).brotli,
  first_paint_throttled_ms: t.first_paint_throttled.median_ms,
  first_question_throttled_ms: t.first_question_throttled.median_ms,
  hours_update_ms: t.hours_update_4x_cpu.median_ms,
  files: Object.fromEntries(files.map((f) => [stem(f.file), f.brotli])),
};

if (process.argv.includes('--write-baseline')) {
  writeFileSync('bench/baseline.json', JSON.stringify({ date: new Date().toISOString().slice(0, 10), ...figures }, null, 2) + '\n');
  console.log('bench/baseline.json written');
}
const baseline = existsSync('bench/baseline.json') ? JSON.parse(readFileSync('bench/baseline.json', 'utf8')) : null;

let failed = false;
console.log('Budgets (release build)');
for (const b of BUDGETS) {
  const value = figures[b.key];
  const over = b.strict ? value >= b.budget : value > b.budget;
  failed ||= over;
  const was = baseline?.[b.key] !== undefined ? ` (baseline ${baseline[b.key]} ${b.unit})` : '';
  const goal = value <= b.goal ? 'goal met' : `goal ${b.goal} ${b.unit}`;
  console.log(`  ${over ? 'OVER' : 'ok  '}  ${b.label}: ${value} ${b.unit}, budget ${b.budget} ${b.unit}, ${goal}${was}`);
  if (over && b.key === 'first_screen_brotli_bytes' && baseline) {
    console.log('        what grew since the baseline (brotli bytes):');
    for (const [file, size] of Object.entries(figures.files)) {
      const before = baseline.files?.[file] ?? 0;
      if (size > before) console.log(`          ${file}: ${before} -> ${size} (+${size - before})`);
    }
  }
  if (over && b.key !== 'first_screen_brotli_bytes') {
    const samples = { first_paint_throttled_ms: t.first_paint_throttled, first_question_throttled_ms: t.first_question_throttled, hours_update_ms: t.hours_update_4x_cpu }[b.key];
    console.log(`        samples: ${JSON.stringify(samples.samples_ms)}`);
  }
}
process.exit(failed ? 1 : 0);
