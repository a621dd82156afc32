// "Vos droits pendant ce contrat" (issue 15; cddi.md C10–C13) on the release build in real
// Chromium: the block under the contract figures, read on a 4-month and a 12-month contract
// starting 2026-07-01 at 360 px (14/30/14 and 31/91/14 days), axe with the block open, the
// printed sheet's folded lines, and advisor mode. "Today" is fixed to 2026-11-23 (journey.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, PHONE, DESKTOP } from './browser.mjs';
import { openApp, checkPrint } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A filled-in situation and a contract from 2026-07-01 of `months` months. */
const at = (months, screen) =>
  `#v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=&h=0&c=PI,QPV&j=none&rf=none&p=0&cs=2026-07-01&cm=${months}&s=${screen}`;

const text = async (page, id) => (await page.textContent(`[data-testid=${id}]`)).replace(/\s+/g, ' ').trim();

/** Opens the block with a click on its summary, as a person would, and waits until it is open. */
async function openRights(page) {
  const block = page.locator('[data-testid=rights]');
  await block.waitFor();
  if ((await block.getAttribute('open')) === null) await block.locator('summary').click();
  await page.waitForSelector('[data-testid=rights][open] [data-testid=right-trial]', { state: 'visible' });
}

/** What the block says, line by line, once open. */
async function readRights(page, { trial, pmsmp, notice, months }) {
  assert.equal((await page.textContent('[data-testid=rights] summary')).trim(), 'Vos droits pendant ce contrat');
  const trialLine = await text(page, 'right-trial');
  assert.match(trialLine, new RegExp(`^Période d’essai : ${trial} jours au plus\\.`));
  assert.match(trialLine, new RegExp(`les ${months} mois du contrat`));
  assert.match(trialLine, /Textes : Article L1242-10 \(Code du travail\)/);
  const suspend = await text(page, 'right-suspend');
  assert.match(suspend, new RegExp(`\\(PMSMP\\), si la structure est d’accord : ${pmsmp} jours au plus en tout, 1 mois au plus à chaque fois, renouvelable 1 fois`));
  assert.match(suspend, /la période d’essai d’un CDI, ou d’un CDD de 6 mois ou plus/);
  assert.match(suspend, /ce contrat s’arrête sans préavis/);
  assert.match(suspend, /Article L5132-15-1[^]*Article D5132-43-3[^]*Article D5135-3/);
  assert.match(await text(page, 'right-training'), /formation qui mène à une qualification[^]*Article L6314-1/);
  assert.match(await text(page, 'right-cdi'), new RegExp(`un préavis de ${notice} jours[^]*Article L1243-2`));
  assert.match(await text(page, 'right-indemnity'), /pas de prime de fin de contrat[^]*Article L1243-10/);
  assert.match(await text(page, 'right-support'), /vous accompagne, vous encadre et vous forme[^]*Article L5132-15 /);
  assert.match(await text(page, 'right-quarters'), /Trimestres validés : \d en 2026[^]*Article L351-2 \(Code de la sécurité sociale\)/);
  const link = await page.getAttribute('[data-testid=right-cdi] a', 'href');
  assert.match(link, /^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?.*query=L1243-2/);
}

async function fitsTheWidth(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} overflows sideways by ${overflow}px`);
}

test('at 360 px the rights read 14/30/14 days for 4 months and 31/91/14 for 12 months, axe clean with the block open', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await openApp(page, `${server.url}${at(4, 'resultats')}`);
  await page.waitForSelector('[data-testid=typical-net]');
  // Folded at first, under the figures and above the chart.
  assert.equal(await page.getAttribute('[data-testid=rights]', 'open'), null);
  assert.ok(await page.evaluate(() => {
    const figures = document.querySelector('[data-testid=quarters]');
    const rights = document.querySelector('[data-testid=rights]');
    const chart = document.querySelector('.tr-chart');
    const after = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after(figures, rights) && after(rights, chart);
  }), 'the block sits under the contract figures');
  assert.equal(await page.textContent('[data-testid=contract-end]'), '31 octobre 2026');

  await openRights(page);
  await readRights(page, { trial: 14, pmsmp: 30, notice: 14, months: 4 });
  assert.deepEqual(await axe(page), [], 'axe on the contract screen with the block open (4 months)');
  await fitsTheWidth(page, 'the 4-month block');

  await page.fill('#tr-c-months', '12');
  await page.waitForFunction(() => document.querySelector('[data-testid=contract-end]')?.textContent === '30 juin 2027');
  await openRights(page);
  await readRights(page, { trial: 31, pmsmp: 91, notice: 14, months: 12 });
  assert.match(await text(page, 'right-quarters'), /Trimestres validés : 4 en 2026, 4 en 2027\./);
  assert.deepEqual(await axe(page), [], 'axe on the contract screen with the block open (12 months)');
  await fitsTheWidth(page, 'the 12-month block');

  // Changing the hours redraws the numbers in place: the open block stays open.
  await page.fill('#tr-c-hours', '30');
  await page.waitForFunction(() => document.querySelector('[data-testid=monthly-hours]')?.textContent === '130,00');
  assert.equal(await page.getAttribute('[data-testid=rights]', 'open'), '');

  // The printed sheet carries the same rights, folded to a few lines.
  await page.waitForFunction(() => document.querySelector('[data-testid=sheet-rights]')?.textContent.includes('31 jours'));
  await checkPrint(page, [
    /Vos droits pendant ce contrat/,
    /Période d’essai : 31 jours au plus\. Pause possible pour une immersion en entreprise \(PMSMP, 91 jours au plus en tout\)/,
    /pour un CDI avec 14 jours de préavis\. Pas de prime de fin de contrat\./,
    /Textes \(Code du travail\) : L1242-10, L5132-15-1, D5132-43-3, D5135-3, L1243-2, L6314-1, L1243-10, L5132-15\./,
  ]);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, [server.url.replace(/\/$/, '')]), [], 'no request leaves the origin');
  await context.close();
});

test('advisor mode shows the rights beside the contract, and the block opens from the keyboard', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  await openApp(page, `${server.url}${at(12, 'conseiller')}`);
  await page.waitForSelector('[data-testid=typical-net]');
  await page.focus('[data-testid=rights] summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=rights][open]');
  await readRights(page, { trial: 31, pmsmp: 91, notice: 14, months: 12 });
  assert.deepEqual(await axe(page), [], 'axe on advisor mode with the block open');
  assert.deepEqual(log.errors, []);
  await context.close();
});
