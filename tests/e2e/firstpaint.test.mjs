// The first paint before the WebAssembly (issue 16): index.html carries the home screen, drawn
// at build time by the app's own renderers, so it reads without any script; the app takes the
// page over without moving anything; "Commencer" tapped before the app runs is not lost; and
// when the app cannot start, the crash panel says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, waitForApp, PHONE } from './browser.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const WASM = /\/tremplin-[0-9a-f]{16}_bg\.wasm$/;

/** Holds the first module's Wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(WASM, async (route) => { await gate; await route.continue(); });
  return () => release();
}

const box = async (page, selector) => {
  const b = await page.locator(selector).boundingBox();
  return b && { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
};

test('the home screen is in the served index.html and reads with JavaScript off', async () => {
  const { page, context } = await openPage(browser, PHONE, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.equal(await page.textContent('h1'), 'Trouver sa place dans un chantier d’insertion');
  assert.match(await page.textContent('main'), /ne sont envoyées nulle part/);
  assert.equal((await page.textContent('[data-testid=start]')).trim(), 'Commencer');
  assert.equal(await page.getAttribute('[data-testid=start]', 'href'), '#s=questions');
  // Why the buttons do nothing: the page says it.
  assert.match(await page.textContent('.tr-noscript'), /activez JavaScript/);
  assert.equal(await page.locator('[data-testid=app-ready]').count(), 0);
  // The crash panel is a template: not shown.
  assert.equal(await page.locator('[data-testid=crash]').count(), 0);
  await context.close();
});

test('the app takes the page over without a console error and without moving anything', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.waitForSelector('#tr-first h1');
  const before = { title: await box(page, 'h1'), start: await box(page, '[data-testid=start]'), footer: await box(page, 'footer') };
  release();
  await waitForApp(page);
  assert.equal(await page.locator('#tr-first').count(), 0, 'the page drawn at build time is gone');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual({ title: await box(page, 'h1'), start: await box(page, '[data-testid=start]'), footer: await box(page, 'footer') }, before);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift');
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  const ready = await page.evaluate(() => performance.getEntriesByName('tr-interactive')[0]?.startTime);
  assert.ok(fcp > 0 && fcp <= ready, `first contentful paint ${fcp} ms, app ready ${ready} ms`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"Commencer" tapped before the WebAssembly has started opens the first step once it runs', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.click('[data-testid=start]');
  assert.equal(await page.locator('[data-testid=app-ready]').count(), 0, 'the app had not started');
  release();
  await page.waitForSelector('[data-testid=app-ready] [data-testid=step-title]');
  assert.equal(await page.textContent('[data-testid=step-title]'), 'Vous');
  assert.equal((await page.textContent('[data-testid=app-ready] .tr-notice-area')).trim(), '', 'no link notice: it was no share link');
  assert.equal(new URL(page.url()).hash, '', 'the address keeps no fragment');
  // Back returns to the home screen it was tapped on, Forward to the step.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Trouver sa place dans un chantier d’insertion');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[data-testid=step-title]')?.textContent === 'Vous');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the focus given before the app ran stays where it was, and the skip link is no share link', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  const release = await holdWasm(page);
  await page.goto(server.url);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Aller au contenu", before the app
  await page.focus('[data-testid=start]');
  release();
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'start');
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=app-ready]')), 'the app’s own button has the focus');
  assert.equal((await page.textContent('.tr-notice-area')).trim(), '', '#contenu is read as no link');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an app that cannot start shows the crash panel instead of dead buttons', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await page.route(WASM, (route) => route.abort());
  await page.goto(server.url);
  const crash = page.locator('[data-testid=crash]');
  await crash.waitFor();
  assert.match(await crash.textContent(), /Désolé, quelque chose s’est mal passé/);
  assert.match(await crash.textContent(), /Code de l’erreur : TR-LOAD/);
  assert.equal(await page.locator('#tr-first').count(), 0);
  await context.close();
});
