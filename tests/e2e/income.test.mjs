// "Ce que vous auriez en tout chaque mois" (issue 13; prime-activite.md P1–P10) on the release
// build in real Chromium: a single parent on the RSA with two children, a tenant with housing
// aid receiving 150 € of family benefits, answers the household questions under a 12-month
// CDDI at 26 h from 1 December 2026 ("today" is 2026-11-23, journey.mjs). The figures asserted
// here are the engine's, computed natively by
// `present::income::tests::a_single_parent_on_the_rsa_sees_the_prime_follow_her_pay_three_months_late`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, PHONE, DESKTOP } from './browser.mjs';
import { openApp, checkPrint, TODAY } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PERSON = 'v=1&b=1990-03-14&d=59&e=0&r=1&m=14&bf=RSA&h=0&j=none&rf=none&p=0';
const HOUSEHOLD = 'xh-children=2&xh-family=150&xh-housing=tenant_with_aid';

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const text = async (page, id) => squash(await page.textContent(`[data-testid=${id}]`));

/** The questions drawn by the second module, then their figures. */
async function waitForBlock(page) {
  await page.waitForSelector('[data-later="income"][data-drawn] [data-testid=income]');
  await page.waitForSelector('[data-later="income-figures"][data-drawn]');
}

/** The month-by-month table as { 'déc. 2026': [net, prime, total], … }, whatever the column order. */
async function months(page) {
  return page.$$eval('[data-testid=income-months] tbody tr', (rows) => Object.fromEntries(rows.map((r) => [
    r.querySelector('th').textContent.replace(/\s+/g, ' ').trim(),
    ['Salaire net', 'Prime d’activité', 'Total'].map((col) => {
      const at = [...r.closest('table').querySelectorAll('thead th')].findIndex((th) => th.textContent === col);
      return r.children[at].textContent.replace(/\s+/g, ' ').trim();
    }),
  ])));
}

/** What the engine gives for this household (see the native test named above). */
async function readFigures(page) {
  await page.waitForFunction(() => document.querySelector('[data-testid=income-total]')?.textContent.replace(/\s+/g, ' ') === '18 393,46 €');
  assert.equal(await text(page, 'income-total-net'), '13 174,68 €');
  assert.equal(await text(page, 'income-total-prime'), '5 218,78 €');
  assert.match(await text(page, 'income-lag'), /^La prime d’activité tient compte de votre nouveau salaire à partir du 1er mars 2027\./);
  const rows = await months(page);
  assert.equal(Object.keys(rows).length, 16, 'December 2026 to March 2028');
  // The lag: three months of pay without prime, then a partial right, then the full one.
  assert.deepEqual(rows['déc. 2026'], ['1 097,89 €', '0,00 €', '1 097,89 €']);
  assert.deepEqual(rows['févr. 2027'], ['1 097,89 €', '0,00 €', '1 097,89 €']);
  assert.deepEqual(rows['mars 2027'], ['1 097,89 €', '306,99 €', '1 404,88 €']);
  assert.deepEqual(rows['mai 2027'], ['1 097,89 €', '306,99 €', '1 404,88 €']);
  assert.deepEqual(rows['juin 2027'], ['1 097,89 €', '460,48 €', '1 558,37 €']);
  // After the contract the prime still follows its pay for a while.
  assert.deepEqual(rows['déc. 2027'], ['0,00 €', '460,48 €', '460,48 €']);
  assert.deepEqual(rows['mars 2028'], ['0,00 €', '153,49 €', '153,49 €']);
  const quarters = await text(page, 'income-quarters');
  assert.match(quarters, /décembre 2026 à février 2027 : 0,00 € de prime par mois, calculée sur vos revenus d’août 2026 à octobre 2026\./);
  assert.match(quarters, /mars 2027 à mai 2027 : 306,99 € de prime par mois, calculée sur vos revenus de novembre 2026 à janvier 2027\./);
  const notices = await text(page, 'income-notices');
  assert.match(notices, /Le RSA est recalculé tous les 3 mois[^]*baisser ou s’arrêter/);
  assert.match(notices, /titre de séjour[^]*ne sont pas vérifiées/);
  assert.match(notices, /Montants avant la CRDS/);
  assert.match(notices, /Estimation indicative/);
  assert.match(await page.getAttribute('[data-testid=income-chart] svg', 'aria-labelledby'), /tr-income-chart-title/);
}

async function fitsTheWidth(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} overflows sideways by ${overflow}px`);
}

test('at 360 px a single parent on the RSA answers the household questions and sees the prime start in March 2027', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await openApp(page, `${server.url}#${PERSON}&s=resultats`);
  await page.waitForSelector('[data-testid=typical-net]');
  await waitForBlock(page);
  // Under the contract figures, every default said aloud.
  assert.ok(await page.evaluate(() => {
    const figures = document.querySelector('[data-testid=contract-results]');
    const block = document.querySelector('[data-testid=income]');
    return Boolean(figures.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
  }), 'the block follows the contract figures');
  assert.ok((await text(page, 'income')).startsWith('Ce que vous auriez en tout chaque mois'));
  assert.match(await page.textContent('#tr-xh-other-help'), /Si vous ne savez pas, nous comptons 0 €\./);
  // Nothing answered: single, no child, tenant without aid; no prime before the pay counts.
  await page.waitForFunction(() => document.querySelector('[data-testid=income-lag]'));

  await page.fill('#tr-xh-children', '2');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tr-xh-children', 'typing keeps the focus');
  await page.getByLabel('Locataire avec une aide au logement (APL ou autre)').check();
  await page.fill('#tr-xh-family', '150');
  await readFigures(page);
  assert.deepEqual(await axe(page), [], 'axe at 360 px with the block');
  await fitsTheWidth(page, 'the block at 360 px');

  // A bad amount: its message next to the field, the field invalid, no figure at all.
  await page.fill('#tr-xh-other', 'beaucoup');
  await page.waitForFunction(() => document.querySelector('#tr-xh-other-error')?.textContent.includes('Indiquez un montant en euros'));
  assert.equal(await page.getAttribute('#tr-xh-other', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#tr-xh-other', 'aria-describedby'), /tr-xh-other-error/);
  await page.waitForSelector('[data-testid=income-fix]');
  assert.equal(await page.locator('[data-testid=income-months]').count(), 0, 'no stale figure');
  assert.match(await text(page, 'income-fix'), /Corrigez « Autres revenus du foyer, par mois »/);
  assert.deepEqual(await axe(page), [], 'axe at 360 px with a field in error');
  await page.fill('#tr-xh-other', '');
  await readFigures(page);
  assert.equal(await page.getAttribute('#tr-xh-other', 'aria-invalid'), 'false');
  assert.equal(await page.textContent('#tr-xh-other-error'), '');

  // The printed sheet carries the same block.
  await page.waitForFunction(() => document.querySelector('[data-testid=sheet-income-totals]')?.textContent.includes('18'));
  await checkPrint(page, [
    /Ce que vous auriez en tout chaque mois/,
    /Foyer : vit seul\(e\) ; 2 enfant\(s\) à charge ; Locataire avec une aide au logement \(APL ou autre\) ; autres revenus 150,00 € par mois/,
    /à partir du 1er mars 2027/,
    /En tout, de décembre 2026 à mars 2028 : salaire net 13 174,68 €, prime d’activité 5 218,78 €, total 18 393,46 €\./,
  ].map((r) => new RegExp(r.source.replace(/ /g, '\\s'))));

  // The household travels in the share link.
  await page.click('[data-testid=copy-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.match(link, /xh-children=2/);
  assert.match(link, /xh-housing=tenant_with_aid/);
  const other = await openPage(browser, PHONE);
  await other.page.clock.setFixedTime(new Date(TODAY));
  await other.page.goto(link);
  await waitForBlock(other.page);
  assert.equal(await other.page.inputValue('#tr-xh-children'), '2');
  assert.equal(await other.page.isChecked('#tr-xh-housing'), true);
  await readFigures(other.page);
  assert.deepEqual(other.log.errors, []);
  await other.context.close();

  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, [server.url.replace(/\/$/, '')]), [], 'no request leaves the origin');
  await context.close();
});

test('at 1280 px advisor mode shows the same block, axe clean; a person under 18 is told the prime starts at 18', async () => {
  const { page, log, context } = await openPage(browser, DESKTOP);
  await openApp(page, `${server.url}#${PERSON}&${HOUSEHOLD}&s=conseiller`);
  await waitForBlock(page);
  await readFigures(page);
  assert.deepEqual(await axe(page), [], 'axe on advisor mode with the block');
  await openApp(page, `${server.url}#${PERSON}&${HOUSEHOLD}&s=resultats`);
  await waitForBlock(page);
  await readFigures(page);
  assert.deepEqual(await axe(page), [], 'axe on the results at 1280 px with the block');

  assert.deepEqual(log.errors, []);
  await context.close();

  // Born 10 May 2009: 17 in the reference months (a fresh tab: no answers kept from before).
  const young = await openPage(browser, DESKTOP);
  await openApp(young.page, `${server.url}#${PERSON.replace('b=1990-03-14', 'b=2009-05-10')}&s=resultats`);
  await waitForBlock(young.page);
  await young.page.waitForSelector('[data-testid=income-under-18]');
  assert.match(await text(young.page, 'income-under-18'), /Vous avez moins de 18 ans : la prime d’activité commence à 18 ans\./);
  assert.deepEqual(young.log.errors, []);
  await young.context.close();
});
