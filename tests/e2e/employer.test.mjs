// "Côté structure": what a CDDI post costs the structure after the aide au poste, opened from
// the home page and from a partner's embed (`start=structure`). The worked example of
// shared/domain/employer.md (association, 26 h at the SMIC, July 2026, AT/MP 1,50 %, 0 %
// modulated): cost 1 473,82 €, aid 1 480,82 €, cost after aid −7,00 €, RGDU 520,10 €.
// A field that cannot be read is said next to it and leaves no figure; axe finds nothing at
// 360 and 1280 px; the structure's sheet is what prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, PHONE, DESKTOP } from './browser.mjs';
import { openApp, TODAY } from './journey.mjs';

let app, host, browser;
// The post of the worked example, as a share link or a host's pre-fill carries it.
const POST = 'v=1&d=59&a=2026-07-01&cs=2026-07-01&cm=12&cw=26&ce=private';

before(async () => {
  app = await serve({ root: 'dist' });
  const embed = `${app.url}embed.js`;
  const prefill = POST.replaceAll('&', '&amp;') + '&amp;xe-hc=11_to_49&amp;xe-atmp=1.50';
  host = await serve({
    routes: {
      '/structure.html': { body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail d’un réseau</title><link rel="icon" href="data:,"></head><body><h1>Portail d’un réseau</h1><script src="${embed}" data-start="structure" data-prefill="${prefill}" async></script></body></html>` },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await Promise.all([app, host].map((s) => s?.close())); });

const figures = (scope) => scope.locator('[data-later="xe-f"][data-drawn]');
const text = (scope, testid) => figures(scope).locator(`[data-testid=${testid}]`).innerText();
const clean = (s) => s.replace(/[\u202f\u00a0]/g, ' ').trim();

async function workedExample(scope) {
  await figures(scope).locator('[data-testid=employer-cost]').waitFor();
  assert.equal(clean(await text(scope, 'employer-cost')), '1 473,82 €');
  assert.equal(clean(await text(scope, 'employer-reduction')), '520,10 €');
  assert.equal(clean(await text(scope, 'employer-aid')), '1 480,82 €');
  assert.equal(clean(await text(scope, 'employer-cost-after-aid')), '-7,00 €');
}

for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`from the home page, "Côté structure" gives the worked example's cost and aid and passes axe (${size})`, async () => {
    const { page, log, context } = await openPage(browser, viewport);
    await openApp(page, `${app.url}#${POST}`);
    await page.click('[data-testid=open-structure]');
    await page.waitForSelector('#tr-screen-title');
    assert.match(await page.locator('#tr-screen-title').innerText(), /Côté structure/);
    // The defaults are said aloud under their questions.
    const questions = page.locator('[data-testid=structure-questions]');
    await questions.waitFor();
    assert.match(await questions.innerText(), /Vérifiez le taux notifié par la Carsat/);
    assert.match(await questions.innerText(), /l’État prévoit en moyenne 5 %/);
    await workedExample(page);
    // The payslip is folded on a phone, and open on demand.
    const payslip = figures(page).locator('[data-testid=employer-payslip]');
    assert.equal(await payslip.getAttribute('open'), null);
    await payslip.locator('summary').click();
    assert.match(clean(await payslip.innerText()), /606,99 €/);
    assert.ok(await figures(page).locator('[data-testid=structure-chart] svg[role=img] title').count());
    // The legend's colour keys stay small (the chart's own rule stretches an svg to the width).
    const keys = await figures(page).locator('[data-testid=structure-chart] .tr-chart-legend svg').evaluateAll((es) => es.map((e) => e.getBoundingClientRect().height));
    assert.ok(keys.length === 2 && keys.every((h) => h <= 16), `legend keys ${keys}`);
    assert.deepEqual(await axe(page), [], `axe on "Côté structure" (${size})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflows sideways by ${overflow}px`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, [app.url.replace(/\/$/, '')]), []);
    await context.close();
  });
}

test('a rate that cannot be read is said next to its field and leaves no figure; the revenue cap is checked', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  await openApp(page, `${app.url}#${POST}&s=structure`);
  await workedExample(page);
  await page.fill('#tr-xe-atmp', 'beaucoup');
  await page.waitForFunction(() => document.querySelector('#tr-xe-atmp-error')?.textContent.includes('pourcentage'));
  assert.equal(await page.getAttribute('#tr-xe-atmp', 'aria-invalid'), 'true');
  await figures(page).locator('[data-testid=structure-fix]').waitFor();
  assert.equal(await figures(page).locator('[data-testid=employer-cost]').count(), 0, 'no stale figure');
  // The focus stayed in the field while the figures changed.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tr-xe-atmp');
  await page.fill('#tr-xe-atmp', '1,50');
  await workedExample(page);
  assert.equal(await page.getAttribute('#tr-xe-atmp', 'aria-invalid'), 'false');
  // A 5 % modulated part is shown apart (employer.md: 74,04 € in July 2026).
  await page.fill('#tr-xe-mod', '5');
  await figures(page).locator('[data-testid=employer-modulated]').waitFor();
  assert.equal(clean(await text(page, 'employer-modulated')), '74,04 €');
  // The revenue cap: 60 000 € of sales for 250 000 € of charges is 24 %, within the rule.
  await page.fill('#tr-xe-charges', '250 000');
  await page.fill('#tr-xe-sales', '60000');
  const cap = page.locator('[data-later="xe-c"] [data-testid=revenue-status]');
  await cap.waitFor();
  assert.match(clean(await cap.innerText()), /24,00 %.*dans la règle/);
  await page.fill('#tr-xe-sales', '100000');
  await page.waitForFunction(() => document.querySelector('[data-later="xe-c"] [data-testid=revenue-status]')?.textContent.includes('40,00'));
  assert.match(await page.locator('[data-later="xe-c"]').innerText(), /préfet peut autoriser jusqu’à 50 %/);
  // The structure's sheet is what prints.
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('[data-testid=sheet]');
  await page.waitForFunction(() => document.querySelector('[data-testid=sheet]')?.textContent.includes('Fiche structure'));
  assert.ok(await sheet.isVisible());
  const printed = clean(await sheet.innerText());
  assert.match(printed, /1 473,82 €/);
  assert.match(printed, /Cotisations employeur, juillet 2026/);
  assert.match(printed, /40,00 %/);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('[data-testid=print-structure]').isVisible());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a partner opens "Côté structure" directly with start=structure and a pre-filled post', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(`${host.url}structure.html`);
  const frame = page.frameLocator('iframe[title="Simulateur Tremplin"]');
  await frame.locator('[data-testid=app-ready]').waitFor();
  await frame.locator('#tr-screen-title').waitFor();
  assert.match(await frame.locator('#tr-screen-title').innerText(), /Côté structure/);
  await workedExample(frame);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, [app.url.replace(/\/$/, ''), host.url.replace(/\/$/, '')]), []);
  await context.close();
});

test('"Côté structure" is one click away from the contract simulator and from advisor mode, and Back returns', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  for (const from of ['resultats', 'conseiller']) {
    await openApp(page, `${app.url}#${POST}&s=${from}`);
    const link = page.locator('[data-testid=contract] [data-testid=open-structure]');
    assert.match(await link.innerText(), /Vous êtes une structure \? Estimez le coût d’un poste en CDDI/);
    await link.click();
    await workedExample(page);
    await page.goBack();
    await page.locator('[data-testid=contract]').waitFor();
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
