// The engine-only package (pkg/node, built by scripts/build-engine) against every reference
// case of ../shared/cases, compared as shared/cases/README.md says; plus its size budget and
// its behaviour on malformed input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const engine = require('../../pkg/node/tremplin_engine.js');
const CASES = process.env.TREMPLIN_CASES ?? join(import.meta.dirname, '../../../shared/cases');

/** The first difference: objects as subsets, arrays equal, scalars exact (cases/README.md). */
function difference(expect, actual, path) {
  if (Array.isArray(expect)) {
    return JSON.stringify(expect) === JSON.stringify(actual) ? null : { path, expect, actual };
  }
  if (expect !== null && typeof expect === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return { path, expect, actual };
    for (const [k, v] of Object.entries(expect)) {
      if (!(k in actual)) return { path: `${path}.${k}`, expect: v, actual: '(absent)' };
      const d = difference(v, actual[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return expect === actual ? null : { path, expect, actual };
}

const files = readdirSync(CASES).filter((f) => f.endsWith('.json')).sort();
test('the reference cases folder is not empty', () => assert.ok(files.length > 0, `no case in ${CASES}`));

for (const file of files) {
  test(`engine package: ${file}`, () => {
    const c = JSON.parse(readFileSync(join(CASES, file), 'utf8'));
    assert.ok(c.input && c.expect, `${file} has no input or expect`);
    const out = JSON.parse(engine.simulate(JSON.stringify(c.input)));
    const d = difference(c.expect, out, 'expect');
    assert.equal(d, null, d && `${file}: first difference at ${d.path}: expected ${JSON.stringify(d.expect)}, got ${JSON.stringify(d.actual)}`);
  });
}

test('malformed input gives a structured error, never an exception', () => {
  for (const bad of ['', 'null', '{', '{"as_of":"2026-02-30"}', '{"as_of":"2026-07-01","person":{"criteria":["JEUNE"]}}']) {
    const out = JSON.parse(engine.simulate(bad));
    assert.equal(out.error.code, 'invalid_input', bad);
    assert.equal(typeof out.error.path, 'string');
  }
  assert.equal(engine.rulesVersion(), '2026-06-01');
});

test('version 1.1: a household gives the prime d\'activité of the worked example (prime-activite.md §3)', () => {
  const input = {
    as_of: '2026-07-01',
    contract: { start: '2026-07-01', months: 12, weekly_hours: '26.00' },
    household: {},
  };
  const out = JSON.parse(engine.simulate(JSON.stringify(input)));
  const prime = Object.fromEntries(out.income.months.map((m) => [m.month, m.prime]));
  assert.equal(prime['2026-09'], '0.00');
  assert.equal(prime['2026-10'], '192.95');
  assert.equal(prime['2027-01'], '289.42');
  assert.deepEqual(out.income.months[0].reference_months, ['2026-03', '2026-04', '2026-05']);
  delete input.household;
  assert.equal(JSON.parse(engine.simulate(JSON.stringify(input))).income, undefined);
});

test('any JavaScript value gives the error JSON, never an exception', () => {
  const values = [[{}], [], [null], [42], [undefined], [true], [['{}']], [new Uint8Array(8)], [() => 1], [Symbol('x')], [10n]];
  for (const args of values) {
    const what = args.length ? String(typeof args[0] === 'symbol' ? 'symbol' : args[0]) : '(no argument)';
    let text;
    assert.doesNotThrow(() => { text = engine.simulate(...args); }, what);
    const out = JSON.parse(text);
    assert.equal(out.error.code, 'invalid_input', what);
    assert.equal(out.error.path, '', what);
    assert.match(out.error.message, /^expected the input as a JSON text \(a string\), got /, what);
  }
  assert.equal(JSON.parse(engine.simulate(null)).error.message, 'expected the input as a JSON text (a string), got null');
  assert.equal(JSON.parse(engine.simulate()).error.message, 'expected the input as a JSON text (a string), got undefined');
  assert.equal(JSON.parse(engine.simulate(42)).error.message, 'expected the input as a JSON text (a string), got number');
  // And the engine still answers afterwards (no trap left the instance broken).
  assert.equal(JSON.parse(engine.simulate('{"as_of":"2026-07-01"}')).rules_version, '2026-06-01');
});

test('an object of 200 000 keys and a 1 MB text are refused in under 100 ms', () => {
  const keys = (n) => `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`;
  for (const [what, text, message] of [
    ['200 000 keys', keys(200_000), /limit of 1048576 bytes/],
    ['80 000 keys', keys(80_000), /^unknown field/],
    ['1 MB of criteria', `{"as_of":"2026-07-01","person":{"criteria":[${'"QPV",'.repeat(170_000)}"QPV"]}}`, /more items than the limit of 64/],
  ]) {
    let best = Infinity;
    let out;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      out = JSON.parse(engine.simulate(text));
      best = Math.min(best, performance.now() - started);
    }
    assert.match(out.error.message, message, what);
    assert.ok(best < 100, `${what}: ${best.toFixed(1)} ms`);
  }
});

test('the engine package weighs under 60 KB brotli', () => {
  const wasm = readFileSync(join(import.meta.dirname, '../../pkg/web/tremplin_engine_bg.wasm'));
  const size = brotliCompressSync(wasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  assert.ok(size < 60 * 1024, `${size} bytes brotli`);
});
