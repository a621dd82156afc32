// The release build's first screen in real Chromium: it renders, logs no error, asks
// nothing of any other host, and axe finds no WCAG 2.1 A/AA violation, on a phone and on a
// desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, waitForApp, axe, foreignRequests, PHONE, DESKTOP } from './browser.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [name, viewport] of [['phone 360×740', PHONE], ['desktop 1280×800', DESKTOP]]) {
  test(`the first screen renders cleanly and accessibly on a ${name}`, async () => {
    const { page, log, context } = await openPage(browser, viewport);
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.match(await page.textContent('h1'), /chantier d’insertion/);
    assert.match(await page.textContent('body'), /ne sont envoyées nulle part/);
    assert.equal((await page.textContent('[data-testid=start]')).trim(), 'Commencer');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, ['http://127.0.0.1:']), []);
    await context.close();
  });
}

test('the app exports simulate as the API contract says', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitForApp(page);
  const out = await page.evaluate(() => JSON.parse(window.wasmBindings.simulate(JSON.stringify({
    as_of: '2026-07-01',
    person: { birth_date: '1999-03-14', employed: false, justice: 'none', benefits: ['RSA'], job_seeker_months: 14, rqth: false, criteria: [] },
    contract: { start: '2026-07-01', months: 12, weekly_hours: '26.00' },
  }))));
  assert.equal(out.eligibility.structures.ACI.status, 'eligible');
  assert.equal(out.routing.primary, 'DEPT');
  assert.equal(out.contract.months[0].gross, '1386.93');
  assert.equal(out.contract.months[0].net, '1097.89');
  await context.close();
});
