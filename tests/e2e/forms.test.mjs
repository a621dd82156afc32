// What a person types, on the release build in real Chromium at 360×740: amounts typed the
// French way, fields that cannot be read (never a stale figure on screen), a two-digit birth
// year, the questions that decide who can help, and the one date of the hiring and the
// contract. "Today" is fixed to 2026-11-23 (journey.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, PHONE } from './browser.mjs';
import { openApp, walkJourney } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SITUATION = 'v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=RSA&h=0&c=PI,QPV&j=none&rf=none&p=0';
const FIGURES = ['typical-gross', 'typical-net', 'contract-end', 'totals', 'monthly-hours', 'contract-validity', 'months'];

async function openResults() {
  const opened = await openPage(browser, PHONE);
  await openApp(opened.page, `${server.url}#${SITUATION}&s=resultats`);
  await opened.page.waitForSelector('[data-testid=typical-net]');
  return opened;
}

/** No contract figure anywhere on the page (results or the sheet behind it). */
async function assertNoFigure(page, why) {
  for (const id of FIGURES) {
    assert.equal(await page.locator(`main [data-testid=${id}]`).count(), 0, `${id} still shown: ${why}`);
  }
  assert.doesNotMatch(await page.textContent('main'), /Ce contrat respecte les règles/, why);
  // The printable sheet is drawn a moment after each change: it loses its figures too.
  await page.waitForSelector('[data-testid=sheet-contract-fix]', { state: 'attached' });
  assert.doesNotMatch(await page.textContent('[data-testid=sheet]'), /€/, `the sheet keeps a figure: ${why}`);
}

test('an invalid hourly rate or hours field never leaves a figure on screen', async () => {
  const { page, log, context } = await openResults();
  // Figures that just changed, then a field that cannot be read: the figures go (they used to
  // stay, with "Ce contrat respecte les règles").
  await page.fill('#tr-c-hours', '27');
  await page.waitForFunction(() => document.querySelector('[data-testid=monthly-hours]')?.textContent === '117,00');
  await page.fill('#tr-c-hours', '27x');
  await page.locator('[data-testid=contract-fix]').waitFor();
  await assertNoFigure(page, 'hours "27x" after a change of figures');
  await page.fill('#tr-c-hours', '26');
  await page.waitForSelector('[data-testid=typical-net]');
  await page.check('#tr-c-rate-custom');
  await page.fill('#tr-c-rate', '13,x');
  await page.locator('[data-testid=contract-fix]').waitFor();
  assert.match(await page.textContent('[data-testid=contract-fix]'), /Corrigez « Montant horaire brut » pour voir le résultat/);
  assert.match(await page.textContent('#tr-c-rate-error'), /montant en euros par heure/);
  await assertNoFigure(page, 'unreadable rate');
  assert.deepEqual(await axe(page), [], 'axe with the field in error');
  // A monthly amount typed in the hourly box is asked about, never used.
  await page.fill('#tr-c-rate', '1 400');
  await page.waitForFunction(() => /par mois/.test(document.querySelector('#tr-c-rate-error')?.textContent));
  await assertNoFigure(page, 'monthly amount as a rate');
  // Back to a valid rate: the figures come back; then the hours box, emptied or unreadable.
  await page.fill('#tr-c-rate', '13');
  await page.waitForSelector('[data-testid=typical-net]');
  for (const hours of ['', 'abc', '0']) {
    await page.fill('#tr-c-hours', hours);
    await page.locator('[data-testid=contract-fix]').waitFor();
    assert.match(await page.textContent('[data-testid=contract-fix]'), /Corrigez « Heures de travail par semaine »/);
    await assertNoFigure(page, `hours ${JSON.stringify(hours)}`);
  }
  // Both wrong at once: both named.
  await page.fill('#tr-c-rate', 'x');
  await page.waitForFunction(() => /Heures de travail par semaine » et « Montant horaire brut »/.test(document.querySelector('[data-testid=contract-fix]')?.textContent));
  await page.fill('#tr-c-rate', '13');
  await page.fill('#tr-c-hours', '26');
  await page.waitForSelector('[data-testid=typical-net]');
  assert.equal((await page.textContent('[data-testid=contract-validity]')).trim(), 'Ce contrat respecte les règles.');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"12,50 €" typed as the hourly rate is read as 12,50 € an hour', async () => {
  const { page, log, context } = await openResults();
  const smicNet = await page.textContent('[data-testid=typical-net]');
  await page.check('#tr-c-rate-custom');
  for (const typed of ['12,50 €', ' 12.5 ', '12,50']) {
    await page.fill('#tr-c-rate', typed);
    await page.waitForSelector('[data-testid=typical-net]');
    assert.equal(await page.textContent('#tr-c-rate-error'), '', `no error for ${JSON.stringify(typed)}`);
    const rates = await page.locator('[data-testid=months] tbody td:nth-child(6)').allTextContents();
    assert.ok(rates.length > 0 && rates.every((r) => r === '12,50\u00a0€'), `${typed}: ${rates}`);
  }
  assert.notEqual(await page.textContent('[data-testid=typical-net]'), smicNet);
  await page.fill('#tr-c-rate', '12 €');
  await page.waitForFunction(() => document.querySelector('[data-testid=months] tbody td:nth-child(6)')?.textContent === '12,00\u00a0€');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"97" as a birth year gets a message next to the field, and nothing typed is lost', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await openApp(page, server.url);
  await page.click('[data-testid=start]');
  await page.waitForSelector('#tr-q-birth_date-day');
  await page.selectOption('#tr-q-department', '59');
  await page.fill('#tr-q-birth_date-day', '4');
  await page.fill('#tr-q-birth_date-month', '5');
  await page.fill('#tr-q-birth_date-year', '97');
  const error = page.locator('#tr-birth_date-error');
  await page.waitForFunction(() => /4 chiffres/.test(document.querySelector('#tr-birth_date-error')?.textContent));
  assert.match(await error.textContent(), /Écrivez l’année en entier, avec ses 4 chiffres : par exemple 1997/);
  assert.equal(await page.getAttribute('#tr-q-birth_date-year', 'aria-invalid'), 'true');
  assert.deepEqual(await axe(page), [], 'axe with the message shown');
  // Next step and back: the year as typed, its message and the département are still there.
  await page.click('[data-testid=next]');
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent.trim() !== 'Vous');
  await page.click('[data-testid=previous]');
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent.trim() === 'Vous');
  assert.equal(await page.inputValue('#tr-q-birth_date-year'), '97');
  assert.equal(await page.inputValue('#tr-q-birth_date-day'), '4');
  assert.equal(await page.inputValue('#tr-q-department'), '59');
  assert.match(await error.textContent(), /4 chiffres/);
  // An implausible year is refused with a message too; the full year is taken.
  await page.fill('#tr-q-birth_date-year', '1890');
  await page.waitForFunction(() => /trop ancienne/.test(document.querySelector('#tr-birth_date-error')?.textContent));
  await page.fill('#tr-q-birth_date-year', '1997');
  await page.waitForFunction(() => document.querySelector('#tr-birth_date-error')?.textContent === '');
  assert.equal(await page.getAttribute('#tr-q-birth_date-year', 'aria-invalid'), 'false');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an RSA beneficiary without a home of their own is asked about it and pointed to the CCAS', async () => {
  const { page, log, context } = await openPage(browser, PHONE);
  await openApp(page, server.url);
  const titles = await walkJourney(page, {
    birth: '02/09/1980', department: '33', employed: 'Non', registered: 'Non', benefits: ['RSA'], rqth: 'Non',
    situations: [/pas de logement à moi/], justice: 'Aucune décision de justice en cours',
    referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  assert.deepEqual(titles, ['Vous', 'Votre situation', 'Vos ressources', 'Votre vie au quotidien', 'Justice', 'Votre parcours']);
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /Le Département/);
  assert.match(await page.textContent('[data-testid=orientation-alternatives]'), /CCAS/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the contract starts on the planned hiring date, and a start of its own is pointed out', async () => {
  const { page, log, context } = await openResults();
  // The hiring date sits in "Détails du calcul", closed by default.
  await page.click('[data-testid=details] summary');
  await page.fill('#tr-asof', '2027-02-01');
  await page.waitForFunction(() => document.querySelector('#tr-c-start')?.value === '2027-02-01');
  assert.equal(await page.locator('[data-testid=start-notice]').count(), 0);
  await page.fill('#tr-c-start', '2027-03-01');
  await page.locator('main [data-testid=contract] [data-testid=start-notice]').waitFor();
  assert.match(await page.textContent('main [data-testid=contract] [data-testid=start-notice]'),
    /commence le 1er mars 2027, et non à la date d’embauche prévue \(1er février 2027\) : les justificatifs sont datés à partir du début du contrat/);
  // The documents are dated from the contract's start: an RSA attestation of 1 December 2026 or after.
  assert.match(await page.textContent('[data-testid=proofs]'), /RSA[^]*1er décembre 2026/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
