// The guided journey on the release build, in real Chromium, as people walk it: five
// situations from the issue, each with its results, its shared link reopened in a fresh
// browser, and its printed sheet; axe on every step at phone size; no request leaves the
// page's origin. "Today" is fixed to 2026-11-23 (journey.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, PHONE } from './browser.mjs';
import { openApp, walkJourney, statuses, all, checkShareLink, checkPrint } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const euros = (text) => new RegExp(text.replace(/ /g, '\u202f').replace(',', ',') + '\u00a0€');

async function journey(answers) {
  const opened = await openPage(browser, PHONE);
  await openApp(opened.page, server.url);
  const titles = await walkJourney(opened.page, answers, { checkAxe: true });
  assert.deepEqual(await axe(opened.page), [], 'axe on the results');
  return { ...opened, titles };
}

async function finish({ page, log, context }) {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, [server.url.replace(/\/$/, '')]), [], 'no request leaves the origin');
  await context.close();
}

test('a 24-year-old RSA beneficiary is eligible everywhere and routed to the département', async () => {
  const j = await journey({
    birth: '14/03/2002', department: '59', employed: 'Non', registered: 'Oui', months: 8,
    benefits: ['RSA'], rqth: 'Non', justice: 'Aucune décision de justice en cours',
    referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  // RSA settles the criteria, yet the situations that change who can help (ASE, no home of
  // one's own) are still asked, on the "vie quotidienne" step.
  assert.deepEqual(j.titles, ['Vous', 'Votre situation', 'Vos ressources', 'Votre vie au quotidien', 'Justice', 'Votre parcours']);
  const { page } = j;
  assert.deepEqual(await statuses(page), all('eligible'));
  assert.match(await page.textContent('[data-testid=how-far]'), /critère de niveau 1 suffit/);
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /Le Département/);
  const alternatives = await page.textContent('[data-testid=orientation-alternatives]');
  assert.match(alternatives, /France Travail/);
  assert.match(alternatives, /Mission locale/);
  const proofs = await page.textContent('[data-testid=proofs]');
  assert.match(proofs, /attestation de RSA[^]*document du 23 août 2026 ou plus récent/);
  assert.match(proofs, /pièce d’identité[^]*sans condition de date/);
  assert.match(await page.getAttribute('[data-testid=prescriber-DEPT] a', 'href'), /^https:\/\/lannuaire\.service-public\.fr\/recherche\?whoWhat=Conseil\+d%C3%A9partemental&where=Nord\+59$/);
  assert.equal(await page.textContent('[data-testid=typical-gross]'), '1\u202f386,93\u00a0€');
  assert.equal(await page.textContent('[data-testid=typical-net]'), '1\u202f097,89\u00a0€');
  await checkShareLink(browser, page, openPage);
  await checkPrint(page, [/Le Département/, euros('1 097,89'), /attestation de RSA \(CAF ou MSA\) — document du 23 août 2026 ou plus récent/, /Peut vous embaucher directement/]);
  await finish(j);
});

test('a 35-year-old with two level-2 criteria needs one more for an ACI; an AI or an ETTI would accept', async () => {
  const j = await journey({
    birth: '10/05/1991', department: '13', employed: 'Non', registered: 'Non',
    benefits: [], rqth: 'Non', situations: [/seul\(e\) avec mon ou mes enfants/, /quartier prioritaire/],
    justice: 'Aucune décision de justice en cours', referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  const { page } = j;
  assert.deepEqual(await statuses(page), {
    ACI: 'prescriber_diagnosis', EI: 'prescriber_diagnosis', EITI: 'prescriber_diagnosis', AI: 'eligible', ETTI: 'eligible',
  });
  assert.equal((await page.textContent('[data-testid=how-far]')).trim(),
    'Encore 1 critère pour un ACI. Une AI ou une ETTI vous accepterait déjà.');
  // "Pourquoi ?" opens the reasons with their articles, linked to Légifrance.
  await page.click('[data-testid=structure-ACI] summary');
  const why = page.locator('[data-testid=structure-ACI] .tr-reasons');
  assert.match(await why.textContent(), /vos critères ne suffisent pas encore/);
  assert.match(await why.locator('a').first().getAttribute('href'), /^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?.*query=L5132-3/);
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /France Travail/);
  await checkShareLink(browser, page, openPage);
  await checkPrint(page, [/Possible avec l’accord d’un prescripteur/, /Encore 1 critère pour un ACI/]);
  await finish(j);
});

test('a person with a job is not eligible, and is told why', async () => {
  const j = await journey({
    birth: '02/09/1980', department: '33', employed: 'Oui', referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  // A known hard bar: the criteria steps cannot change anything and are skipped.
  assert.deepEqual(j.titles, ['Vous', 'Votre situation', 'Votre parcours']);
  const { page } = j;
  assert.deepEqual(await statuses(page), all('not_eligible'));
  await page.click('[data-testid=structure-ACI] summary');
  assert.match(await page.textContent('[data-testid=structure-ACI] .tr-reasons'), /réservée aux personnes sans emploi[^]*Article L5132-1 \(Code du travail\)/);
  assert.match(await page.textContent('[data-testid=orientation-note]'), /ne permet pas d’être embauché/);
  await checkShareLink(browser, page, openPage);
  await checkPrint(page, [/Pas possible pour le moment/]);
  await finish(j);
});

test('a 52-year-old RQTH holder simulates 30 hours over 30 months with the senior extension', async () => {
  const j = await journey({
    birth: '10/05/1974', department: '69', employed: 'Non', registered: 'Oui', months: 30,
    benefits: [], rqth: 'Oui', justice: 'Aucune décision de justice en cours',
    referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  const { page } = j;
  assert.deepEqual(await statuses(page), all('eligible'));
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /Cap emploi/);
  await page.fill('#tr-c-hours', '30');
  await page.fill('#tr-c-months', '30');
  await page.waitForSelector('[data-testid=issue-MAX_DURATION]');
  assert.match(await page.textContent('[data-testid=issue-MAX_DURATION]'), /au plus 24 mois, sauf motif de prolongation/);
  await page.selectOption('#tr-c-extension', 'senior');
  await page.waitForSelector('[data-testid=issue-MAX_DURATION]', { state: 'detached' });
  assert.equal((await page.textContent('[data-testid=contract-validity]')).trim(), 'Ce contrat respecte les règles.');
  assert.equal(await page.textContent('[data-testid=contract-end]'), '31 mai 2029');
  assert.equal(await page.textContent('[data-testid=monthly-hours]'), '130,00');
  assert.equal(await page.textContent('[data-testid=typical-gross]'), '1\u202f600,30\u00a0€');
  assert.equal(await page.textContent('[data-testid=typical-net]'), '1\u202f266,80\u00a0€');
  assert.match(await page.textContent('[data-testid=totals]'), /3\u202f900,00 heures, 48\u202f009,00\u00a0€ brut, 38\u202f004,00\u00a0€ net/);
  assert.equal(await page.textContent('[data-testid=quarters]'), '2026 : 0 ; 2027 : 4 ; 2028 : 4 ; 2029 : 4');
  assert.equal(await page.locator('[data-testid=months] tbody tr').count(), 30);
  assert.deepEqual(await axe(page), [], 'axe with the extension shown');
  await checkShareLink(browser, page, openPage);
  await checkPrint(page, [/Du 1er décembre 2026 au 31 mai 2029 \(30 mois\), 30 h par semaine/, euros('1 266,80'), /Cap emploi/]);
  await finish(j);
});

test('going from 26 to 18 hours shows the error, and the derogation turns it into a warning', async () => {
  const j = await journey({
    birth: '14/03/2002', department: '59', employed: 'Non', registered: 'Oui', months: 8,
    benefits: ['RSA'], rqth: 'Non', justice: 'Aucune décision de justice en cours',
    referent: 'Non, personne ne me suit', hadPass: 'Non',
  });
  const { page } = j;
  assert.equal(await page.inputValue('#tr-c-hours'), '26');
  await page.fill('#tr-c-hours', '18');
  const error = page.locator('[data-testid=issue-MIN_HOURS]');
  await error.waitFor();
  assert.match(await error.textContent(), /au moins 20 heures par semaine, sauf dérogation du préfet/);
  assert.match(await page.textContent('[data-testid=contract-validity]'), /ne respecte pas une règle/);
  assert.deepEqual(await axe(page), [], 'axe with the error shown');
  await page.check('#tr-c-derogation');
  await page.locator('[data-testid=issue-UNDER_20H_DEROGATION]').waitFor();
  assert.equal(await error.count(), 0);
  assert.equal((await page.textContent('[data-testid=contract-validity]')).trim(), 'Ce contrat respecte les règles.');
  assert.equal(await page.textContent('[data-testid=typical-net]'), '760,07\u00a0€');
  await checkShareLink(browser, page, openPage);
  await checkPrint(page, [/18 h par semaine/, euros('760,07')]);
  await finish(j);
});
