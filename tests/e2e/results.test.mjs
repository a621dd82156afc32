// The results screen on a 360×740 phone, release build, as a person reads it: the answer and
// the first next step before any scrolling; the month-by-month Net column without scrolling
// sideways; the printed sheet without the justice answer unless the person asks for it.
// Screenshots of the results at 360 px go to $SHOTS when it is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, PHONE } from './browser.mjs';
import { openApp } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A 24-year-old on the RSA in the Nord; the second one left prison recently. */
const RSA = 'v=1&b=2002-03-14&d=59&e=0&r=1&m=8&bf=RSA&h=0&c=&j=none&rf=none&p=0';
const RELEASED = RSA.replace('j=none', 'j=released');

async function results(fragment) {
  const opened = await openPage(browser, PHONE);
  await openApp(opened.page, `${server.url}#${fragment}&s=resultats`);
  await opened.page.waitForSelector('[data-testid=answer-text]');
  await opened.page.waitForSelector('[data-testid=typical-net]');
  await opened.page.evaluate(() => window.scrollTo(0, 0));
  return opened;
}

const shot = async (page, name, fullPage = false) => {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage });
};

/** Whether the element lies wholly inside the 360×740 viewport. */
async function inFirstViewport(locator) {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
}

test('a person on the RSA reads, before scrolling, that a chantier can hire them and whom to see first', async () => {
  const { page, log, context } = await results(RSA);
  await shot(page, 'results-360');
  await shot(page, 'results-360-full', true);
  const answer = page.locator('[data-testid=answer-text]');
  const next = page.locator('[data-testid=answer-next]');
  assert.equal((await answer.textContent()).trim(), 'Un chantier d’insertion peut vous embaucher.');
  assert.match(await next.textContent(), /^Prochaine étape : contacter le Département, votre référent RSA\.$/);
  assert.ok(await inFirstViewport(answer), 'the answer is in the first viewport');
  assert.ok(await inFirstViewport(next), 'the next step is in the first viewport');
  const header = await page.locator('header').boundingBox();
  assert.ok(header.height <= 80, `the header takes ${header.height}px`);
  // The legal values wait in "Détails du calcul", closed.
  assert.equal(await page.locator('[data-testid=details]').getAttribute('open'), null);
  assert.equal(await page.isVisible('[data-testid=asof-notice]'), false);
  // "Que faire maintenant ?": contact, find a structure (a plain link), bring the documents.
  const steps = page.locator('[data-testid=next-steps] ol > li');
  assert.equal(await steps.count(), 3);
  assert.equal(await page.getAttribute('[data-testid=inclusion-search]', 'href'), 'https://emplois.inclusion.beta.gouv.fr/search/employers');
  assert.deepEqual(await axe(page), []);
  // The header's links are one tap away in its menu, which opens over the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click('[data-testid=menu]');
  assert.ok(await page.isVisible('[data-testid=nav-advisor]'));
  assert.ok((await page.locator('header').boundingBox()).height <= 80, 'the open menu does not push the header');
  await shot(page, 'menu-360');
  assert.deepEqual(await axe(page), [], 'axe with the menu open');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a person with missing answers is told how many, with a link to each question', async () => {
  const { page, context } = await results('v=1&b=1990-02-11&e=0');
  const text = (await page.textContent('[data-testid=answer-text]')).trim();
  const links = page.locator('[data-testid=answer-missing] button');
  const n = await links.count();
  assert.ok(n >= 2);
  assert.equal(text, `Il manque ${n} réponses pour savoir si un chantier d’insertion peut vous embaucher :`);
  assert.equal(await page.locator('[data-testid=how-far]').count(), 0, 'no "Encore 3 critères" beside it');
  await links.first().click();
  await page.waitForSelector('[data-testid=step-title]');
  await context.close();
});

test('on a phone the person reads each month’s net pay without scrolling sideways', async () => {
  const { page, context } = await results(RSA);
  const table = page.locator('[data-testid=months]');
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'months-360');
  const net = table.locator('thead th').nth(1);
  assert.equal((await net.textContent()).trim(), 'Net');
  const box = await net.boundingBox();
  assert.ok(box.x + box.width <= PHONE.width, `the Net column ends at ${box.x + box.width}px`);
  const wrap = page.locator('.tr-months .tr-table-wrap');
  assert.ok(await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth), 'the table does not scroll sideways');
  assert.equal(await table.locator('thead th:visible').count(), 2, 'Month and Net; the rest folded');
  await page.check('#tr-months-all');
  assert.equal(await table.locator('thead th:visible').count(), 7, 'every column on request');
  // The chart keeps its proportions and tells June from July.
  const svg = page.locator('[data-testid=contract-results] .tr-chart svg');
  assert.equal(await svg.getAttribute('preserveAspectRatio'), null);
  const labels = await svg.locator('text').allTextContents();
  assert.ok(labels.includes('juin') && labels.includes('juil.'), labels.join(' '));
  await svg.scrollIntoViewIfNeeded();
  await shot(page, 'chart-360');
  await context.close();
});

test('a person printing the sheet leaves out their justice answer unless they tick the box', async () => {
  const { page, context } = await results(RELEASED);
  const released = 'Je suis sorti(e) de prison récemment';
  const printed = async () => {
    await page.emulateMedia({ media: 'print' });
    const text = await page.textContent('[data-testid=sheet]');
    await page.emulateMedia({ media: 'screen' });
    return text;
  };
  const before = await printed();
  assert.match(before, /Simulation indicative/);
  assert.ok(!before.includes(released), 'the justice answer is not printed by default');
  assert.ok(!before.includes('billet de sortie'), 'nor the document that would reveal it');
  await page.check('#tr-sheet-justice');
  await page.waitForFunction((t) => document.querySelector('[data-testid=sheet]').textContent.includes(t), released);
  assert.ok((await printed()).includes(released), 'ticked, it is printed');
  // The share link keeps the answer.
  await page.click('[data-testid=copy-link]');
  assert.match(await page.inputValue('[data-testid=share-link]'), /j=released/);
  await context.close();
});
