// scripts/bench's comparison that matters to partners: the engine-only package against the
// npm package modele-social (the rules behind the public salary simulator), in size, and in
// time for 1 000 net-pay computations in the same Node process: ours through simulate()
// (a one-month contract), theirs as 1 000 evaluations of
// "salarié . rémunération . net . à payer avant impôt" with publicodes.
// Prints one JSON object on its last line.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import Engine from 'publicodes';
import rules from 'modele-social';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../..');
const ours = require(join(root, 'pkg/node/tremplin_engine.js'));
const N = 1000;

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const ourSize = sizes(Buffer.concat([readFileSync(join(root, 'pkg/web/tremplin_engine_bg.wasm')), readFileSync(join(root, 'pkg/web/tremplin_engine.js'))]));
const theirSize = sizes(readFileSync(require.resolve('modele-social')));

// Ours: a one-month contract at the minimum wage, the hours varying so nothing is reused.
const input = (i) => JSON.stringify({
  as_of: '2026-07-01',
  contract: { start: '2026-07-01', months: 1, weekly_hours: String(20 + (i % 15)), hourly_rate: null },
});
let net = JSON.parse(ours.simulate(input(6))).contract.months[0].net;
let t0 = performance.now();
for (let i = 0; i < N; i++) JSON.parse(ours.simulate(input(i))).contract.months[0].net;
const ourMs = performance.now() - t0;

// Theirs: the engine built once (timed apart), then 1 000 evaluations.
t0 = performance.now();
const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
const theirSetupMs = performance.now() - t0;
const RULE = 'salarié . rémunération . net . à payer avant impôt';
engine.setSituation({ 'salarié . contrat . salaire brut': '1386.93 €/mois' });
const theirNet = engine.evaluate(RULE).nodeValue;
t0 = performance.now();
for (let i = 0; i < N; i++) {
  engine.setSituation({ 'salarié . contrat . salaire brut': `${1300 + i} €/mois` });
  engine.evaluate(RULE).nodeValue;
}
const theirMs = performance.now() - t0;

const result = {
  engine_package: ourSize,
  modele_social: theirSize,
  size_ratio_gzip: +(theirSize.gzip / ourSize.gzip).toFixed(2),
  net_pay_1000: { ours_ms: +ourMs.toFixed(1), theirs_ms: +theirMs.toFixed(1), theirs_setup_ms: +theirSetupMs.toFixed(1), speed_ratio: +(theirMs / ourMs).toFixed(1) },
  sample: { ours_net_26h_july_2026: net, theirs_net_for_1386_93_gross: theirNet },
};
console.log(JSON.stringify(result));
