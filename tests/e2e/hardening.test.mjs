// Hardening on the release build: a strict Content-Security-Policy sent as a header holds
// through a whole visit; the app works offline once visited, updates itself with a new
// build, and leaves host iframes alone; a panic shows a calm message, not a frozen page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, PHONE, DESKTOP } from './browser.mjs';
import { openApp, walkJourney, TODAY } from './journey.mjs';
import { headers } from './csp.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ANSWERS = {
  birth: '14/03/2002', department: '59', employed: 'Non', registered: 'Oui', months: 8,
  benefits: ['RSA'], rqth: 'Non', justice: 'Aucune décision de justice en cours',
  referent: 'Non, personne ne me suit', hadPass: 'Non',
};

/** Records every CSP violation of the page and of its frames. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('a strict Content-Security-Policy holds through a whole visit', async () => {
  const server = await serve({ root: 'dist', headers });
  const { page, context, log } = await openPage(browser, DESKTOP);
  await watchCsp(context);
  const response = await page.goto(server.url);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(response.headers()['content-security-policy'], /'unsafe-inline'|'unsafe-eval'/);
  await openApp(page, server.url);
  await walkJourney(page, ANSWERS);
  await page.fill('#tr-c-hours', '18');
  await page.check('#tr-c-derogation');
  await page.click('[data-testid=copy-link]');
  await page.click('[data-testid=open-sheet]');
  await page.click('[data-testid=nav-advisor]');
  const violations = await page.evaluate(() => window.__csp);
  await page.click('[data-testid=nav-sources]');
  await page.waitForURL(/sources\.html$/);
  const onSources = await page.evaluate(() => window.__csp);
  await page.goto(`${server.url}integration.html`);
  await page.frameLocator('#preview iframe').locator('[data-testid=app-ready]').waitFor();
  const onIntegration = await page.evaluate(() => window.__csp);
  assert.deepEqual([...violations, ...onSources, ...onIntegration], []);
  assert.deepEqual(log.errors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  assert.deepEqual(log.errors, []);
  await context.close();
  await server.close();
});

test('once visited, the simulator opens and works with the network cut', async () => {
  const server = await serve({ root: 'dist' });
  const { page, context, log } = await openPage(browser, PHONE);
  await openApp(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=start]');
  await walkJourney(page, ANSWERS);
  assert.equal(await page.getAttribute('[data-testid=structure-ACI]', 'data-status'), 'eligible');
  assert.equal(await page.textContent('[data-testid=typical-net]'), '1\u202f097,89\u00a0€');
  await context.setOffline(false);
  assert.deepEqual(log.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  await server.close();
});

test('a new build replaces the kept files', async () => {
  const root = mkdtempSync(join(tmpdir(), 'tremplin-dist-'));
  cpSync('dist', root, { recursive: true });
  const server = await serve({ root });
  const { page, context } = await openPage(browser, PHONE);
  await openApp(page, server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const before = await page.evaluate(() => caches.keys());
  // "Deploy" a new build: a changed page and its new service worker.
  writeFileSync(join(root, 'index.html'), readFileSync(join(root, 'index.html'), 'utf8').replace('<title>', '<title>Nouvelle version — '));
  writeFileSync(join(root, 'sw.js'), readFileSync(join(root, 'sw.js'), 'utf8').replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // Wait until the new service worker has installed its cache and removed the old one.
  for (let i = 0; ; i++) {
    const keys = await page.evaluate(() => caches.keys());
    if (keys.length === 1 && keys[0] !== before[0]) break;
    assert.ok(i < 150, `the new build was not installed: ${keys}`);
    await page.waitForTimeout(100);
  }
  assert.match(await page.title(), /^Nouvelle version/);
  await context.setOffline(true);
  await page.reload();
  assert.match(await page.title(), /^Nouvelle version/, 'the new build is the one kept for offline use');
  await context.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('inside a host iframe no service worker is registered', async () => {
  const app = await serve({ root: 'dist' });
  const host = await serve({ routes: { '/host.html': { body: `<!doctype html><html lang="fr"><head><title>Hôte</title><link rel="icon" href="data:,"></head><body><script src="${app.url}embed.js" async></script></body></html>` } } });
  const { page, context } = await openPage(browser, DESKTOP);
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(`${host.url}host.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-testid=start]').waitFor();
  await page.waitForTimeout(500);
  const registrations = await frame.locator('html').evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
  assert.equal(registrations, 0);
  await context.close();
  await Promise.all([app.close(), host.close()]);
});

test('a panic shows a calm message with the error code and a reload button', async () => {
  const server = await serve({ root: 'dist' });
  const { page, context } = await openPage(browser, PHONE);
  await openApp(page, server.url);
  await page.evaluate(() => { try { window.wasmBindings.__tremplinCrashTest(); } catch { /* the Wasm instance traps after the hook */ } });
  const crash = page.locator('[data-testid=crash]');
  await crash.waitFor();
  assert.match(await crash.textContent(), /Désolé, quelque chose s’est mal passé/);
  assert.match(await crash.textContent(), /Code de l’erreur : TR-PANIC src\/main\.rs:\d+/);
  assert.equal(await crash.getAttribute('role'), 'alert');
  await page.click('[data-testid=crash] button');
  await page.waitForSelector('[data-testid=start]');
  await context.close();
  await server.close();
});
