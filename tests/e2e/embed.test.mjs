// Embedding in a partner's page served from another origin (another port on 127.0.0.1):
// the loader, the iframe's size, the theme, locked and pre-filled answers, the result sent
// only after consent, a third origin ignored, the web component, a copy under a sub-path,
// and the loader's weight.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { serve } from './server.mjs';
import { launch, openPage, foreignRequests, clickNav, PHONE, DESKTOP } from './browser.mjs';
import { TODAY } from './journey.mjs';

let app, host, third, browser;
const page = (body) => ({ body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail partenaire</title><link rel="icon" href="data:,"></head><body><h1>Portail partenaire</h1>${body}
<script>window.__events=[];for(const t of ['ready','resize','step','result'])document.addEventListener('tremplin:'+t,e=>window.__events.push(e.detail));</script></body></html>` });

before(async () => {
  app = await serve({ root: 'dist' });
  third = await serve({ routes: { '/third.html': page(`<script>setTimeout(()=>{for(let i=0;i<parent.frames.length;i++)parent.frames[i].postMessage({source:'tremplin-host',v:1,type:'hello'},'*');document.title='sent'},1500)</script>`) } });
  const embed = `${app.url}embed.js`;
  const prefill = 'v=1&amp;b=1985-04-20&amp;d=59&amp;e=0&amp;r=1&amp;m=8&amp;bf=RSA&amp;h=0&amp;c=&amp;j=none&amp;rf=none&amp;p=0';
  host = await serve({
    routes: {
      '/script.html': page(`<p>Avant</p><script src="${embed}" data-theme="#ffd700" data-prefill="${prefill}" data-lock="department" data-events="result" data-start="resultats" async></script><p>Après</p>`),
      '/plain.html': page(`<script src="${embed}" async></script>`),
      '/noevents.html': page(`<script src="${embed}" data-prefill="${prefill}" data-start="resultats" async></script>`),
      '/component.html': page(`<tremplin-simulateur theme="#00a" events="result" prefill="${prefill}" start="resultats"></tremplin-simulateur><script src="${embed}" async></script>`),
      '/link.html': page(`<a data-tremplin data-compact href="${app.url}index.html">Simuler mon entrée en chantier d’insertion</a><script src="${embed}" async></script>`),
      '/third.html': page(`<script src="${embed}" async></script><iframe title="tiers" src="${third.url}third.html"></iframe>`),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await Promise.all([app, host, third].map((s) => s?.close())); });

async function openHost(path, viewport = DESKTOP) {
  const opened = await openPage(browser, viewport);
  await opened.page.clock.setFixedTime(new Date(TODAY));
  await opened.page.goto(`${host.url}${path}`);
  const iframe = opened.page.locator('iframe[title="Simulateur Tremplin"]');
  await iframe.waitFor();
  const frame = opened.page.frameLocator('iframe[title="Simulateur Tremplin"]');
  await frame.locator('[data-testid=app-ready]').waitFor();
  return { ...opened, iframe, frame };
}

const events = (p, type) => p.evaluate((t) => window.__events.filter((e) => e.type === t), type);
const frameHeight = (iframe) => iframe.evaluate((f) => f.getBoundingClientRect().height);
async function noInnerScrollbar(iframe) {
  const handle = await iframe.elementHandle();
  const inner = await handle.contentFrame();
  return inner.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1);
}

for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`the loader inserts a titled, lazy, sandboxed iframe that fits its content (${name})`, async () => {
    const { page: p, iframe, frame, context, log } = await openHost('plain.html', viewport);
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    assert.match(await iframe.getAttribute('sandbox'), /allow-scripts/);
    await p.waitForFunction(() => window.__events.some((e) => e.type === 'resize'));
    await p.waitForFunction(() => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - window.__events.filter((e) => e.type === 'resize').at(-1).height) < 2);
    const home = await frameHeight(iframe);
    assert.ok(await noInnerScrollbar(iframe), 'no inner scrollbar on the first screen');
    await clickNav(frame, 'nav-advisor');
    await p.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 500, home);
    assert.ok(await noInnerScrollbar(iframe), 'no inner scrollbar on a long screen');
    assert.ok((await events(p, 'step')).some((e) => e.screen === 'conseiller'));
    await clickNav(frame, 'nav-journey');
    await p.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h + 400, home);
    assert.ok(await noInnerScrollbar(iframe), 'the frame shrinks back');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, [app.url.replace(/\/$/, ''), host.url.replace(/\/$/, '')]), []);
    await context.close();
  });
}

test('theme, locked and pre-filled answers, and the result only after consent', async () => {
  const { page: p, frame, context, log } = await openHost('script.html');
  // The page order is kept: the iframe comes right after the script.
  assert.equal(await p.evaluate(() => document.querySelector('script[src$="embed.js"]').nextElementSibling.tagName), 'IFRAME');
  // Pre-filled (RSA, 59) and opened on the results.
  await frame.locator('[data-testid=structure-ACI][data-status=eligible]').waitFor();
  assert.match(await frame.locator('[data-testid=orientation-primary]').textContent(), /Le Département/);
  // #ffd700 fails AA on white: darkened, and said in the console.
  const color = await frame.locator('[data-testid=print]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(color, 'rgb(255, 215, 0)');
  assert.notEqual(color, 'rgb(29, 78, 216)', 'the host colour replaces the default');
  // No result before consent.
  await p.waitForTimeout(300);
  assert.deepEqual(await events(p, 'result'), []);
  await frame.locator('#tr-consent').check();
  await p.waitForFunction(() => window.__events.some((e) => e.type === 'result'));
  const [result] = await events(p, 'result');
  assert.deepEqual(result.result.structures, { ACI: 'eligible', EI: 'eligible', EITI: 'eligible', AI: 'eligible', ETTI: 'eligible' });
  assert.equal(result.result.prescriber, 'DEPT');
  assert.equal(result.v, 1);
  assert.ok(!JSON.stringify(result).includes('1985'), 'no date of birth in the result');
  // A contract field in error: the next result carries no figure, as the screen shows none.
  const sent = (await events(p, 'result')).length;
  await frame.locator('#tr-c-hours').fill('abc');
  await p.waitForFunction((n) => window.__events.filter((e) => e.type === 'result').length > n, sent);
  const latest = (await events(p, 'result')).at(-1).result;
  assert.ok(latest.net == null && latest.weekly_hours == null, JSON.stringify(latest));
  await frame.locator('#tr-c-hours').fill('26');
  // Unticking stops the sending.
  await frame.locator('#tr-consent').uncheck();
  const count = (await events(p, 'result')).length;
  await frame.locator('#tr-c-hours').fill('30');
  await p.waitForTimeout(300);
  assert.equal((await events(p, 'result')).length, count);
  // The locked département cannot be changed.
  await frame.locator('[data-testid=adjust]').click();
  await frame.locator('[data-testid=recap-department] button').click();
  const select = frame.locator('#tr-q-department');
  assert.equal(await select.inputValue(), '59');
  assert.equal(await select.isDisabled(), true);
  await frame.locator('#tr-q-department').evaluate((s) => { s.disabled = false; s.value = '13'; s.dispatchEvent(new Event('change', { bubbles: true })); });
  await frame.locator('[data-testid=next]').click();
  await clickNav(frame, 'nav-advisor');
  assert.equal(await frame.locator('#tr-q-department').inputValue(), '59', 'a forced change is ignored');
  assert.ok(log.warnings.some((w) => /does not reach WCAG AA/.test(w)), `console warnings: ${log.warnings}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the result is never sent when the host did not ask for it', async () => {
  const { page: p, frame, context } = await openHost('noevents.html');
  await frame.locator('[data-testid=structure-ACI]').waitFor();
  assert.equal(await frame.locator('[data-testid=consent]').count(), 0, 'no consent line without events=result');
  await frame.locator('#tr-c-hours').fill('28');
  await p.waitForTimeout(500);
  assert.deepEqual(await events(p, 'result'), []);
  assert.ok((await events(p, 'ready')).length >= 1);
  await context.close();
});

test('a message from a third origin is ignored; the host itself is answered', async () => {
  const { page: p, context } = await openHost('third.html');
  await p.waitForFunction(() => window.__events.some((e) => e.type === 'ready'));
  const readyBefore = (await events(p, 'ready')).length;
  await p.frameLocator('iframe[title=tiers]').locator('body').waitFor();
  await p.waitForFunction(() => document.querySelector('iframe[title=tiers]').contentWindow && true);
  await p.waitForTimeout(2500); // the third-origin frame posts "hello" after 1.5 s
  const thirdFrame = p.frames().find((f) => f.url().startsWith(third.url));
  assert.equal(await thirdFrame.evaluate(() => document.title), 'sent', 'the third origin did post its message');
  assert.equal((await events(p, 'ready')).length, readyBefore, 'no answer to a third origin');
  // Positive control: the same message from the host's own origin is answered.
  await p.evaluate(() => document.querySelector('iframe[title="Simulateur Tremplin"]').contentWindow.postMessage({ source: 'tremplin-host', v: 1, type: 'hello' }, '*'));
  await p.waitForFunction((n) => window.__events.filter((e) => e.type === 'ready').length > n, readyBefore);
  // A message of a future protocol version is not understood.
  const now = (await events(p, 'ready')).length;
  await p.evaluate(() => document.querySelector('iframe[title="Simulateur Tremplin"]').contentWindow.postMessage({ source: 'tremplin-host', v: 9, type: 'hello' }, '*'));
  await p.waitForTimeout(500);
  assert.equal((await events(p, 'ready')).length, now);
  await context.close();
});

test('the web component dispatches the same events', async () => {
  const { page: p, frame, context } = await openHost('component.html');
  const el = p.locator('tremplin-simulateur');
  await p.waitForFunction(() => window.__events.some((e) => e.type === 'ready') && window.__events.some((e) => e.type === 'resize'));
  assert.equal(await el.evaluate((e) => e.querySelector('iframe') !== null), true);
  await p.evaluate(() => document.querySelector('tremplin-simulateur').addEventListener('tremplin:result', (e) => { window.__onElement = e.detail; }));
  await frame.locator('#tr-consent').check();
  await p.waitForFunction(() => window.__onElement && window.__onElement.type === 'result');
  const color = await frame.locator('[data-testid=print]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(color, 'rgb(0, 0, 170)');
  await context.close();
});

test('a plain link is upgraded into the simulator, compact', async () => {
  const { page: p, frame, context } = await openHost('link.html', PHONE);
  assert.equal(await p.locator('a[data-tremplin]').count(), 0);
  await frame.locator('[data-testid=start]').waitFor();
  assert.match(await frame.locator('html').getAttribute('class'), /tr-compact/);
  await context.close();
});

test('dist/ copied under /outils/tremplin/ works on a plain static server', async () => {
  const sub = await serve({ root: 'dist', base: '/outils/tremplin/' });
  const { page: p, log, context } = await openPage(browser, PHONE);
  const statuses = [];
  p.on('response', (r) => statuses.push([r.url(), r.status()]));
  await p.goto(sub.url);
  await p.waitForSelector('[data-testid=start]');
  await p.click('[data-testid=start]');
  await p.waitForSelector('[data-testid=step-title]');
  assert.ok(statuses.every(([, s]) => s === 200), JSON.stringify(statuses));
  assert.ok(statuses.every(([u]) => u.startsWith(`${sub.url}`)), JSON.stringify(statuses));
  const out = await p.evaluate(() => JSON.parse(window.wasmBindings.simulate('{"as_of":"2026-07-01"}')));
  assert.equal(out.rules_version, '2026-06-01');
  assert.deepEqual(log.errors, []);
  await context.close();
  await sub.close();
});

test('embed.js weighs under 1 KB gzipped', () => {
  const size = gzipSync(readFileSync('dist/embed.js'), { level: 9 }).length;
  assert.ok(size < 1024, `embed.js is ${size} bytes gzipped`);
});
