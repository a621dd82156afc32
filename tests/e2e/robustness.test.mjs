// Never hang, never throw, never break the partner's frame (issue 12), on the release build
// served with the Content-Security-Policy of README "Deploying" for the app *and* the embed
// (`frame-ancestors 'self'` plus the partner's origin on the embedded page, `'none'` elsewhere):
// `simulate` answers any JavaScript value; a 1 MB binary message leaves the embedded app
// responsive; links that leave the app open a new tab instead of replacing the frame; a share
// link copied in the embed is top-level; the host never receives a height above the content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, DESKTOP } from './browser.mjs';
import { TODAY, openApp } from './journey.mjs';
import { cspHeaders } from './csp.mjs';

let app, host, browser;
let partners = [];
const prefill = 'v=1&amp;b=1985-04-20&amp;d=59&amp;e=0&amp;r=1&amp;m=8&amp;bf=RSA&amp;h=0&amp;c=&amp;j=none&amp;rf=none&amp;p=0&amp;cs=2026-12-01&amp;cm=12&amp;cw=26';
const page = (body) => ({ body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail partenaire</title><link rel="icon" href="data:,"></head><body><h1>Portail partenaire</h1>${body}
<script>window.__events=[];for(const t of ['ready','resize','step','result'])document.addEventListener('tremplin:'+t,e=>window.__events.push({...e.detail,at:performance.now()}));</script></body></html>` });

before(async () => {
  app = await serve({ root: 'dist', headers: (p, s) => cspHeaders(partners)(p, s) });
  const embed = `${app.url}embed.js`;
  host = await serve({
    routes: {
      '/results.html': page(`<script src="${embed}" data-prefill="${prefill}" data-lock="department" data-events="result" data-start="resultats" async></script>`),
      '/plain.html': page(`<script src="${embed}" async></script>`),
    },
  });
  partners = [host.url.replace(/\/$/, '')];
  browser = await launch();
});
after(async () => { await browser?.close(); await Promise.all([app, host].map((s) => s?.close())); });

/** Records the CSP violations of every page and frame of the context. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

async function openHost(path) {
  const opened = await openPage(browser, DESKTOP);
  await watchCsp(opened.context);
  await opened.page.clock.setFixedTime(new Date(TODAY));
  await opened.page.goto(`${host.url}${path}`);
  const frame = opened.page.frameLocator('iframe[title="Simulateur Tremplin"]');
  await frame.locator('[data-testid=app-ready]').waitFor();
  const inner = opened.page.frames().find((f) => f.url().startsWith(app.url));
  return { ...opened, frame, inner };
}

test('simulate answers the error JSON for any JavaScript value, and still works after', async () => {
  const { page: p, context, log } = await openPage(browser, DESKTOP);
  await openApp(p, app.url);
  const answers = await p.evaluate(() => {
    const s = window.wasmBindings.simulate;
    return [s({}), s(), s(null), s(42), s([1]), s(true)].map((text) => JSON.parse(text).error);
  });
  for (const error of answers) {
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.path, '');
    assert.match(error.message, /^expected the input as a JSON text \(a string\), got /);
  }
  assert.deepEqual(answers.slice(0, 4).map((e) => e.message.replace(/.* got /, '')), ['object', 'undefined', 'null', 'number']);
  const out = await p.evaluate(() => JSON.parse(window.wasmBindings.simulate('{"as_of":"2026-07-01"}')));
  assert.equal(out.rules_version, '2026-06-01');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a 1 MB binary message from the host leaves the embedded app responsive', async () => {
  const { page: p, frame, context, log } = await openHost('plain.html');
  await p.waitForFunction(() => window.__events.some((e) => e.type === 'ready'));
  // The second module compiled first: the time measured is the messages', not its start-up.
  await p.frames().find((f) => f !== p.mainFrame()).evaluate(() => window.tremplinReady);
  // Posted from the host's own page (as a partner's script would), then a click at once.
  await p.evaluate(() => {
    const f = document.querySelector('iframe[title="Simulateur Tremplin"]');
    f.contentWindow.postMessage(new Uint8Array(1_000_000), '*');
    f.contentWindow.postMessage('x'.repeat(1_000_000), '*');
  });
  const started = Date.now();
  await frame.locator('[data-testid=nav-advisor]').click();
  await frame.locator('[data-testid=nav-advisor][aria-current=page]').waitFor({ timeout: 5000 });
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 500, `the click was answered ${elapsed} ms after the messages`);
  // A real hello is still answered.
  const ready = (await p.evaluate(() => window.__events.filter((e) => e.type === 'ready').length));
  await p.evaluate(() => document.querySelector('iframe[title="Simulateur Tremplin"]').contentWindow.postMessage({ source: 'tremplin-host', v: 1, type: 'hello', pad: new Uint8Array(10) }, '*'));
  await p.waitForFunction((n) => window.__events.filter((e) => e.type === 'ready').length > n, ready);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('in the embed, "Sources et paramètres" opens a new tab and the frame keeps the work', async () => {
  const { page: p, frame, inner, context, log } = await openHost('results.html');
  await frame.locator('[data-testid=structure-ACI]').waitFor();
  const before = inner.url();
  const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('[data-testid=nav-sources]').click()]);
  await tab.waitForLoadState();
  assert.match(tab.url(), /sources\.html$/);
  assert.equal(await tab.evaluate(() => window.top === window), true, 'sources open top-level');
  assert.ok((await tab.locator('h1').textContent()).length > 0);
  assert.equal(inner.url(), before, 'the frame was not navigated');
  await frame.locator('[data-testid=structure-ACI]').waitFor();
  const [integration] = await Promise.all([context.waitForEvent('page'), frame.locator('a[href="integration.html"]').click()]);
  await integration.waitForLoadState();
  assert.match(integration.url(), /integration\.html$/);
  // The integration page's own preview embeds the app from the same origin: 'self' allows it.
  await integration.frameLocator('#preview iframe').locator('[data-testid=app-ready]').waitFor();
  const violations = [...await p.evaluate(() => window.__csp), ...await inner.evaluate(() => window.__csp), ...await tab.evaluate(() => window.__csp), ...await integration.evaluate(() => window.__csp)];
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a share link copied inside the embed opens top-level, without embed options', async () => {
  const { frame, inner, context } = await openHost('results.html');
  assert.match(inner.url(), /embed=1/);
  await frame.locator('[data-testid=copy-link]').click();
  const link = await frame.locator('[data-testid=share-link]').inputValue();
  assert.ok(link.startsWith(app.url), link);
  assert.doesNotMatch(link, /\?|embed=|origin=|lock=/);
  assert.match(link, /#v=1&/);
  const { page: phone, context: other, log } = await openPage(browser, DESKTOP);
  await phone.clock.setFixedTime(new Date(TODAY));
  await phone.goto(link);
  await phone.locator('[data-testid=structure-ACI][data-status=eligible]').waitFor();
  assert.doesNotMatch(await phone.locator('html').getAttribute('class') ?? '', /tr-embedded/);
  assert.equal(await phone.locator('#tr-q-department').count() === 0 || !(await phone.locator('#tr-q-department').isDisabled()), true, 'no locked département');
  assert.deepEqual(log.errors, []);
  await other.close();
  await context.close();
});

test('the host never receives a height larger than the content', async () => {
  const { page: p, frame, inner, context } = await openHost('plain.html');
  await p.waitForFunction(() => window.__events.some((e) => e.type === 'resize'));
  const content = () => inner.evaluate(() => document.querySelector('.tr-app').getBoundingClientRect().height);
  const settle = () => p.waitForTimeout(400);
  await settle();
  const heights = [await content()];
  for (const target of ['nav-advisor', 'nav-journey', 'nav-advisor', 'nav-journey']) {
    const from = await p.evaluate(() => window.__events.length);
    await frame.locator(`[data-testid=${target}]`).click();
    await settle();
    const now = await content();
    const sent = await p.evaluate((n) => window.__events.slice(n).filter((e) => e.type === 'resize').map((e) => e.height), from);
    const ceiling = Math.max(heights.at(-1), now) + 1;
    assert.ok(sent.every((h) => h <= ceiling), `${target}: heights ${sent} for content ${heights.at(-1)} then ${now}`);
    assert.ok(sent.length > 0 && Math.abs(sent.at(-1) - now) <= 1, `${target}: the last height ${sent.at(-1)} is the content's ${now}`);
    heights.push(now);
  }
  await context.close();
});

test('the contract figures patched in place read exactly as a full redraw of the same hours', async () => {
  // present/mod.rs patches the numbers of the contract results when only the hours change;
  // each patched state is compared with a fresh page opened on the same answers.
  const fragment = (hours) => `#v=1&b=2002-03-14&d=59&e=0&r=1&m=8&bf=RSA&h=0&c=&j=none&rf=none&p=0&cs=2026-12-01&cm=24&cw=${hours}&s=resultats`;
  const region = '[data-region="contract-results"]';
  const { page: p, context, log } = await openPage(browser, DESKTOP);
  await openApp(p, `${app.url}${fragment('26')}`);
  await p.locator('[data-testid=typical-net]').waitFor();
  const fresh = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR' });
  for (const hours of ['21', '30.5', '35', '22.25', '26']) {
    // A new tab each time: a tab keeps its journey, and a link over it asks before replacing it.
    const redraw = await fresh.newPage();
    const before = await p.locator(region).innerHTML();
    await p.fill('#tr-c-hours', hours);
    await p.waitForFunction(([sel, old]) => document.querySelector(sel).innerHTML !== old || false, [region, before], { timeout: 5000 }).catch(() => {});
    await p.waitForTimeout(200);
    const patched = await p.locator(region).innerHTML();
    await openApp(redraw, `${app.url}${fragment(hours)}`);
    await redraw.locator('[data-testid=typical-net]').waitFor();
    const full = await redraw.locator(region).innerHTML();
    await redraw.close();
    assert.equal(patched, full, `at ${hours} h the patched figures differ from a full redraw`);
    if (hours !== '26') assert.notEqual(patched, before, `at ${hours} h nothing changed`);
  }
  assert.deepEqual(log.errors, []);
  await fresh.close();
  await context.close();
});

test('in advisor mode the consent box says what the summary can reveal', async () => {
  const { frame, context } = await openHost('results.html');
  await frame.locator('[data-testid=nav-advisor]').click();
  const help = frame.locator('[data-testid=consent] #tr-consent-help');
  await help.waitFor({ state: 'visible' });
  assert.match(await help.textContent(), /Cap emploi laisse deviner une reconnaissance de handicap/);
  assert.match(await help.textContent(), /le Département le RSA/);
  await context.close();
});
