// Measurements shared by `scripts/bench` (report.mjs) and the budgets of `scripts/test`
// (budgets.mjs): sizes of dist/ with gzip -9 and brotli -q 11, and timings in headless
// Chromium with the Chrome DevTools Protocol's throttling.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

/** 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency, 4× CPU slowdown. */
export const THROTTLED = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };
/** The CPU slowdown alone (for the update-time budget). */
export const SLOW_CPU = { cpu: 4 };

const compressed = (tool, args, file) => execFileSync(tool, [...args, file], { maxBuffer: 1 << 28 }).length;

/** Every file of `dir` with its raw, gzip -9 and brotli -q 11 sizes in bytes. */
export function sizes(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { file: f, raw: statSync(path).size, gzip: compressed('gzip', ['-9', '-c'], path), brotli: compressed('brotli', ['-q', '11', '-c'], path) };
    });
}

export const sum = (files) => files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** The files the first screen needs: the page, its start-up script, the app's JS, Wasm and CSS. */
export const FIRST_SCREEN = [/^index\.html$/, /^boot\.js$/, /^tremplin-[0-9a-f]+\.js$/, /^tremplin-[0-9a-f]+_bg\.wasm$/, /^main-[0-9a-f]+\.css$/];

/**
 * The first screen's files, one for each of FIRST_SCREEN. Throws when one is missing or
 * appears twice: a missing file would otherwise count 0 bytes and pass the size budget.
 */
export function firstScreen(files) {
  return FIRST_SCREEN.map((pattern) => {
    const found = files.filter((f) => pattern.test(f.file));
    if (found.length !== 1) throw new Error(`first screen: expected one file matching ${pattern}, found ${found.length} (${found.map((f) => f.file).join(', ') || 'none'}); is dist/ a release build?`);
    return found[0];
  });
}

/** A file's name without its content hash, to compare builds. */
export const stem = (file) => file.replace(/-[0-9a-f]{16}(?=[._])/, '');

export async function applyProfile(page, context, profile) {
  if (!profile) return;
  const cdp = await context.newCDPSession(page);
  if (profile.latency !== undefined) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One load: navigation to the first contentful paint (the home screen of index.html, drawn at
 * build time, before the WebAssembly) and to the app's `tr-interactive` mark (its first screen
 * drawn and usable), in ms.
 */
async function loadMs(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await applyProfile(page, context, profile);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tr-interactive').length > 0, null, { timeout: 60000 });
  const ms = await page.evaluate(() => ({
    interactive: performance.getEntriesByName('tr-interactive')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return ms;
}

/**
 * Milliseconds from changing the weekly hours to the contract results redrawn, per change,
 * measured in the page with performance.now() (the results' MutationObserver fires once the
 * update is done). Ten changes first warm the WebAssembly up (tiering), as in real use.
 */
async function hoursUpdateMs(browser, url, profile, changes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid=typical-net]');
  await applyProfile(page, context, profile);
  const samples = await page.evaluate(async (n) => {
    const input = document.getElementById('tr-c-hours');
    const region = document.querySelector('[data-region="contract-results"]');
    const out = [];
    for (let i = -10; i < n; i++) {
      const value = String(21 + (i % 14));
      out.push(await new Promise((resolve, reject) => {
        const t0 = performance.now();
        // A change that never redraws the results must fail the measurement, not hang it.
        const timeout = setTimeout(() => { observer.disconnect(); reject(new Error(`the results were not redrawn within 2 s of setting the hours to ${value}`)); }, 2000);
        const observer = new MutationObserver(() => { clearTimeout(timeout); observer.disconnect(); resolve(performance.now() - t0); });
        observer.observe(region, { childList: true, subtree: true, characterData: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }));
      await new Promise((r) => setTimeout(r, 100));
    }
    return out.slice(10);
  }, changes);
  await context.close();
  return samples;
}

/** A 24-month contract at 26 h for a 24-year-old on the RSA, opened on the results. */
export const RESULTS_FRAGMENT = '#v=1&b=2002-03-14&d=59&e=0&r=1&m=8&bf=RSA&h=0&c=&j=none&rf=none&p=0&cs=2026-12-01&cm=24&cw=26&s=resultats';
/** The first question of the journey. */
export const FIRST_QUESTION_FRAGMENT = '#v=1&s=questions';

/**
 * The timings: first contentful paint and time to the first question (unthrottled and
 * throttled, from the same loads), and the update time.
 */
export async function timings(root = 'dist', runs = 5) {
  const server = await serve({ root, compress: true });
  const browser = await launch();
  try {
    const out = {};
    for (const [name, profile] of [['unthrottled', null], ['throttled', THROTTLED]]) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadMs(browser, server.url + FIRST_QUESTION_FRAGMENT, profile));
      const samples = loads.map((l) => l.interactive);
      const fcp = loads.map((l) => l.fcp);
      if (fcp.some(Number.isNaN)) throw new Error(`no first-contentful-paint entry in a ${name} load`);
      out[`first_question_${name}`] = { median_ms: Math.round(median(samples)), samples_ms: samples.map(Math.round) };
      out[`first_paint_${name}`] = { median_ms: Math.round(median(fcp)), samples_ms: fcp.map(Math.round) };
    }
    const updates = await hoursUpdateMs(browser, server.url + RESULTS_FRAGMENT, SLOW_CPU, 21);
    out.hours_update_4x_cpu = { median_ms: +median(updates).toFixed(1), max_ms: +Math.max(...updates).toFixed(1), samples_ms: updates.map((x) => +x.toFixed(1)) };
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
