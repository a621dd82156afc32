// Every screen, at phone and desktop sizes and at 200 % zoom: axe finds no WCAG 2.1 A/AA
// violation and nothing overflows sideways. Then what the screens promise: keyboard-only use,
// advisor mode, the sources page, links that are corrupted, answers kept on the device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, clickNav, PHONE, DESKTOP } from './browser.mjs';
import { openApp, TODAY } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A filled-in situation, so every panel has content. */
const SITUATION = 'v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=&h=0&c=PI,QPV&j=none&rf=none&p=0';
const SCREENS = [
  'accueil', 'questions', 'questions-situation', 'questions-ressources', 'questions-vie',
  'questions-justice', 'questions-parcours', 'recapitulatif', 'resultats', 'conseiller', 'fiche', 'structure',
];
const ZOOM_200 = { width: 640, height: 400 }; // a 1280×800 window at 200 % zoom

for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['200 % zoom', ZOOM_200]]) {
  test(`every screen passes axe and fits the width (${size})`, async () => {
    const { page, log, context } = await openPage(browser, viewport);
    for (const name of SCREENS) {
      await openApp(page, `${server.url}#${SITUATION}&s=${name}`);
      await page.waitForSelector('#tr-screen-title');
      if (name === 'resultats' || name === 'conseiller') await page.waitForSelector('[data-testid=typical-net]');
      if (name === 'structure') await page.waitForSelector('[data-later="xe-f"][data-drawn] [data-testid=structure-figures]');
      assert.deepEqual(await axe(page), [], `axe on ${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} overflows sideways by ${overflow}px`);
    }
    // The static pages: sources and integration.
    for (const path of ['sources.html', 'integration.html']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('h1');
      assert.deepEqual(await axe(page), [], `axe on ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows sideways by ${overflow}px`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, [server.url.replace(/\/$/, '')]), []);
    await context.close();
  });
}

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${selector} with the Tab key`);
}

test('a whole journey can be done with the keyboard alone', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  await openApp(page, server.url);
  await tabTo(page, '[data-testid=start]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'tr-screen-title');
  await tabTo(page, '#tr-q-birth_date-day');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1980');
  await page.keyboard.press('Tab');
  await page.keyboard.type('59'); // the département list jumps to "59 — Nord"
  await tabTo(page, '[data-testid=next]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent === 'Votre situation');
  await tabTo(page, '#tr-q-employed-0');
  await page.keyboard.press('Space'); // "Oui": a job
  await page.keyboard.press('Enter'); // Enter in a form field submits the step
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent === 'Votre parcours');
  await tabTo(page, '#tr-q-referent-0');
  await page.keyboard.press('Space');
  await tabTo(page, '[data-testid=next]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent.startsWith('Récapitulatif'));
  await tabTo(page, '[data-testid=see-results]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=eligibility]');
  assert.equal(await page.getAttribute('[data-testid=structure-ACI]', 'data-status'), 'not_eligible');
  assert.match(await page.textContent('[data-testid=sheet]'), /59 — Nord/);
  // "Pourquoi ?" opens from the keyboard too.
  await tabTo(page, '[data-testid=structure-ACI] summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('[data-testid=structure-ACI] details', 'open'), '');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('advisor mode: every question on one page, results beside, the sheet one click away', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  await openApp(page, server.url);
  await page.click('[data-testid=nav-advisor]');
  await page.waitForSelector('[data-testid=eligibility]');
  for (const id of ['birth_date', 'department', 'employed', 'registered', 'benefits', 'rqth', 'criteria', 'justice', 'referent', 'had_pass']) {
    assert.equal(await page.locator(`[data-testid=q-${id}]`).count(), 1, `question ${id} on the page`);
  }
  await page.fill('#tr-q-birth_date-day', '20');
  await page.fill('#tr-q-birth_date-month', '4');
  await page.fill('#tr-q-birth_date-year', '1985');
  await page.check('#tr-q-employed-1');
  await page.check('#tr-q-benefits-RSA');
  await page.check('#tr-q-justice-0');
  await page.waitForFunction(() => document.querySelector('[data-testid=structure-ACI]')?.dataset.status === 'eligible');
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /Le Département/);
  await page.click('[data-testid=open-sheet]');
  await page.waitForSelector('.tr-sheet-visible');
  assert.match(await page.textContent('[data-testid=sheet]'), /Bénéficiaire du RSA/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the sources page lists every legal value with its period and its text', async () => {
  const { page, context } = await openPage(browser, DESKTOP);
  await openApp(page, server.url);
  await page.click('[data-testid=nav-sources]');
  await page.waitForURL(/sources\.html$/);
  const smic = await page.textContent('[data-testid="param-pay.smic_hourly"]');
  assert.match(smic, /1er janvier 2022[^]*10,57\u00a0€ de l’heure[^]*Décret n° 2021-1741/);
  // parameters.md §1.1: the June 2026 SMIC is confirmed by its Journal officiel reference.
  assert.match(smic, /1er juin 2026[^]*12,31\u00a0€ de l’heure[^]*JORFTEXT000054126589/);
  assert.doesNotMatch(smic, /À vérifier/);
  assert.match(await page.textContent('[data-testid="param-eligibility.level2_required"]'), /un ACI : 3[^]*une AI : 2/);
  assert.ok(await page.locator('.tr-param').count() >= 30);
  await context.close();
});

test('the integration page generates the snippet, previews it, and passes axe', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, log, context } = await openPage(browser, viewport);
    await page.goto(`${server.url}integration.html`);
    const snippet = page.locator('#snippet');
    await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('embed.js'));
    await page.check('#o-events');
    assert.match(await snippet.textContent(), /data-events="result"/);
    assert.match(await snippet.textContent(), /data-lock="department"/);
    await page.frameLocator('#preview iframe').locator('[data-testid=app-ready]').waitFor();
    await page.waitForFunction(() => document.querySelector('#events-log').textContent.includes('"ready"'));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('a corrupted link opens with a clear notice and keeps every valid answer', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await openApp(page, `${server.url}#v=1&b=1999-02-30&d=59&e=0&cw=abc&zz=1&c=QPV%2CPI&s=recapitulatif`);
  const notice = await page.textContent('[data-testid=notice]');
  assert.match(notice, /réponses du lien n’ont pas pu être lues : votre date de naissance et les heures de travail par semaine\./);
  assert.match(notice, /Des informations du lien sont inconnues de cette version de Tremplin/);
  assert.doesNotMatch(notice, /\(b|cw|zz|abc|1999-02-30/, 'no field code, no echo of what was read');
  assert.match(await page.textContent('[data-testid=recap-criteria]'), /Parent isolé ; Résident\(e\) d’un quartier prioritaire/, 'a percent-encoded list is read');
  assert.match(await page.textContent('[data-testid=recap-department]'), /59 — Nord/);
  assert.match(await page.textContent('[data-testid=recap-employed]'), /Non/);
  assert.match(await page.textContent('[data-testid=recap-birth_date]'), /Je ne sais pas/);
  const other = await openPage(browser, PHONE);
  await openApp(other.page, `${server.url}#v=9&d=13`);
  assert.match(await other.page.textContent('[data-testid=notice]'), /autre version/);
  assert.deepEqual([...log.errors, ...other.log.errors], []);
  await other.context.close();
  await context.close();
});

test('answers stay on the device only when asked, and "Effacer" removes them', async () => {
  const { page, context } = await openPage(browser, PHONE);
  await openApp(page, `${server.url}#${SITUATION}&s=resultats`);
  await page.check('#tr-keep');
  const kept = await page.evaluate(() => localStorage.getItem('tremplin:reponses'));
  assert.match(kept, /b=1991-05-10/);
  // A later visit, in a new tab, without a fragment: the kept answers come back.
  const later = await context.newPage();
  await openApp(later, server.url);
  await later.waitForSelector('[data-testid=resume]');
  assert.match(await later.textContent('[data-testid=notice]'), /reprises/);
  await clickNav(later, 'clear');
  await later.click('[data-testid=notice-clear-confirm]');
  assert.equal(await later.evaluate(() => localStorage.getItem('tremplin:reponses')), null);
  assert.match(await later.textContent('[data-testid=notice]'), /effacées/);
  assert.equal(await later.locator('[data-testid=resume]').count(), 0);
  // Unticked, nothing is written.
  const fresh = await context.newPage();
  await openApp(fresh, `${server.url}#${SITUATION}&s=resultats`);
  await fresh.fill('#tr-c-hours', '30');
  assert.equal(await fresh.evaluate(() => localStorage.getItem('tremplin:reponses')), null);
  await context.close();
});
