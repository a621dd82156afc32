// Tremplin in English (issue 17), on the release build in real Chromium: a whole journey in
// English (an RSA single parent) with its share link and printed sheet, the language switched
// in the middle of a journey without losing an answer, the browser's preferred language as
// the default only when nothing else says otherwise, the embed with lang=en, and axe with no
// violation on every screen in English at 360 and 1280 px. "Today" is fixed (journey.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, PHONE, DESKTOP } from './browser.mjs';
import { openApp, fillStep, statuses, all, TODAY } from './journey.mjs';

let server, host, browser;
before(async () => {
  server = await serve({ root: 'dist' });
  const embed = `${server.url}embed.js`;
  const page = (body) => ({ body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner portal</title><link rel="icon" href="data:,"></head><body><h1>Partner portal</h1>${body}</body></html>` });
  host = await serve({
    routes: {
      '/script.html': page(`<script src="${embed}" data-lang="en" async></script>`),
      '/component.html': page(`<tremplin-simulateur lang="en" start="resultats" prefill="v=1&amp;b=1990-02-11&amp;d=59&amp;e=0&amp;bf=RSA"></tremplin-simulateur><script src="${embed}" async></script>`),
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await Promise.all([server, host].map((s) => s?.close())); });

const origin = () => server.url.replace(/\/$/, '');
const title = (page) => page.locator('#tr-screen-title').textContent().then((t) => t.trim());
const english = (page) => page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-testid=lang]')?.textContent === 'Français');
const french = (page) => page.waitForFunction(() => document.documentElement.lang === 'fr' && document.querySelector('[data-testid=lang]')?.textContent === 'English');

async function finish({ log, context }, origins = [origin()]) {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, origins), [], 'no request leaves the origins');
  await context.close();
}

const RSA_SINGLE_PARENT = {
  birth: '14/03/1994', department: '59', employed: 'No', registered: 'Yes', months: 8,
  // Living alone with a child is not asked once the RSA settles the criteria (level 1): the
  // "daily life" step only asks what changes who can help.
  benefits: ['RSA'], rqth: 'No',
  justice: 'No court decision under way', referent: 'No, nobody follows me', hadPass: 'No',
};

/** Next step, waiting for the title to change. */
async function next(page) {
  const before = await title(page);
  await page.click('[data-testid=next]');
  await page.waitForFunction((b) => document.querySelector('#tr-screen-title')?.textContent.trim() !== b, before);
}

test('an RSA single parent walks the whole journey in English, with its link and its sheet', async () => {
  const j = await openPage(browser, PHONE);
  const { page } = j;
  await openApp(page, server.url);
  // French first (the browser says fr-FR); the switch is in the header of every screen.
  assert.equal(await page.textContent('[data-testid=lang]'), 'English');
  assert.equal(await page.getAttribute('[data-testid=lang]', 'lang'), 'en', 'the other language is marked as such');
  await page.click('[data-testid=lang]');
  await english(page);
  assert.equal(await title(page), 'Find your place in a work-integration workshop (chantier d’insertion)');
  assert.equal(await page.getAttribute('[data-testid=lang]', 'lang'), 'fr');
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'tr-lang'), 'the focus stays on the switch');
  assert.match(await page.textContent('.tr-lead'), /ACI, a work-integration workshop/);
  await page.click('[data-testid=start]');
  const titles = [];
  for (let i = 0; i < 10; i++) {
    const text = await title(page);
    if (text.startsWith('Summary')) break;
    titles.push(text);
    assert.match(await page.textContent('.tr-main'), /Step \d of 7/);
    await fillStep(page, RSA_SINGLE_PARENT);
    assert.deepEqual(await axe(page), [], `axe on step "${text}"`);
    await next(page);
  }
  assert.deepEqual(titles, ['You', 'Your situation', 'Your income', 'Your daily life', 'Justice', 'Your path']);
  assert.equal(await title(page), 'Summary of your answers');
  await page.click('[data-testid=see-results]');
  await page.waitForSelector('[data-testid=eligibility]');
  assert.deepEqual(await statuses(page), all('eligible'));
  const main = await page.textContent('main');
  assert.match(main, /An ACI \(atelier et chantier d’insertion, a work-integration workshop\) can hire you\./);
  assert.match(main, /What to do now\?/);
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /The Département/);
  const proofs = await page.textContent('[data-testid=proofs]');
  assert.match(proofs, /certificate of RSA[^]*document dated 23 August 2026 or later/);
  // Same figures, English conventions.
  assert.equal(await page.textContent('[data-testid=typical-gross]'), '€1,386.93');
  assert.equal(await page.textContent('[data-testid=typical-net]'), '€1,097.89');
  assert.deepEqual(await axe(page), [], 'axe on the results');
  // The printed sheet is in English too, and says the official procedure is in French.
  await page.waitForSelector('[data-testid=sheet-official-french]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const sheet = await page.textContent('[data-testid=sheet]');
  await page.emulateMedia({ media: 'screen' });
  assert.match(sheet, /Tremplin simulation sheet/);
  assert.match(sheet, /Simulation for information only, not a decision\./);
  assert.match(sheet, /The official procedure is in French/);
  assert.match(sheet, /Rules in force on 1 June 2026/);
  assert.match(sheet, /€1,097\.89/);
  // The share link carries the language: it reopens in English in a French browser.
  await page.click('[data-testid=copy-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.match(link, /#v=1&.*&l=en&s=resultats$/);
  const other = await openPage(browser, PHONE);
  await other.page.clock.setFixedTime(new Date(TODAY));
  await other.page.goto(link);
  await english(other.page);
  await other.page.waitForSelector('[data-testid=typical-net]');
  assert.equal(await other.page.textContent('[data-testid=typical-net]'), '€1,097.89');
  await finish(other);
  await finish(j);
});

test('switching language in the middle of the journey keeps every answer and the step', async () => {
  const j = await openPage(browser, DESKTOP);
  const { page } = j;
  await openApp(page, server.url);
  await page.click('[data-testid=start]');
  await fillStep(page, { birth: '14/03/1994', department: '59' });
  await page.check('#tr-keep');
  await next(page);
  await fillStep(page, { employed: 'Non', registered: 'Oui', months: 8 });
  assert.equal(await title(page), 'Votre situation');
  await page.click('[data-testid=lang]');
  await english(page);
  assert.equal(await title(page), 'Your situation', 'the same step, in English');
  assert.equal(await page.inputValue('#tr-q-job_seeker_months'), '8');
  assert.ok(await page.isChecked('[data-testid=q-employed] input[value="0"]'), 'the answer "No" is still ticked');
  await page.click('[data-testid=previous]');
  await page.waitForFunction(() => document.querySelector('#tr-screen-title')?.textContent.trim() === 'You');
  assert.equal(await page.inputValue('#tr-q-birth_date-year'), '1994');
  assert.equal(await page.inputValue('#tr-q-department'), '59');
  assert.ok(await page.isChecked('#tr-keep'), '"Keep my answers" stays ticked');
  // Kept on the device with the language: a new visit opens in English.
  await page.goto('about:blank');
  await page.goto(server.url);
  await english(page);
  assert.equal(await title(page), 'You');
  assert.equal(await page.inputValue('#tr-q-birth_date-year'), '1994');
  // Back to French, still the same answers.
  await page.click('[data-testid=lang]');
  await french(page);
  assert.equal(await title(page), 'Vous');
  assert.equal(await page.inputValue('#tr-q-department'), '59');
  await finish(j);
});

test('the browser’s preferred language is the default only when nothing else says otherwise', async () => {
  const j = await openPage(browser, DESKTOP, { locale: 'en-US' });
  await openApp(j.page, server.url);
  await english(j.page);
  assert.equal(await j.page.textContent('[data-testid=start]'), 'Start');
  // A link that says French wins over the browser.
  await openApp(j.page, `${server.url}#v=1&d=59&l=fr&s=questions`);
  await j.page.waitForSelector('#tr-screen-title');
  await j.page.waitForTimeout(500);
  assert.equal(await j.page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await title(j.page), 'Vous');
  await finish(j);
});

test('a partner embeds Tremplin in English with lang=en (loader option and web-component attribute)', async () => {
  for (const path of ['script.html', 'component.html']) {
    const j = await openPage(browser, DESKTOP);
    await j.page.clock.setFixedTime(new Date(TODAY));
    await j.page.goto(`${host.url}${path}`);
    const frame = j.page.frameLocator('iframe[title="Simulateur Tremplin"]');
    await frame.locator('[data-testid=app-ready]').waitFor();
    const src = await j.page.getAttribute('iframe[title="Simulateur Tremplin"]', 'src');
    assert.match(src, /[?&]lang=en(&|$)/, path);
    await frame.locator('html[lang=en] [data-testid=lang]', { hasText: 'Français' }).waitFor();
    if (path === 'component.html') {
      await frame.locator('[data-testid=typical-net]').waitFor();
      assert.match(await frame.locator('main').textContent(), /^Your results.*whether an ACI \(atelier et chantier d’insertion, a work-integration workshop\) can hire you/);
    } else {
      assert.equal(await frame.locator('[data-testid=start]').textContent(), 'Start');
    }
    await finish(j, [origin(), host.url.replace(/\/$/, '')]);
  }
});

const SITUATION = 'v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=RSA&h=0&c=PI,QPV&j=none&rf=none&p=0&l=en';
const SCREENS = [
  'accueil', 'questions', 'questions-situation', 'questions-ressources', 'questions-vie',
  'questions-justice', 'questions-parcours', 'recapitulatif', 'resultats', 'conseiller', 'fiche',
  'structure',
];

for (const [size, viewport] of [['360 px', PHONE], ['1280 px', DESKTOP]]) {
  test(`every screen in English passes axe and fits the width (${size})`, async () => {
    const j = await openPage(browser, viewport);
    const { page } = j;
    for (const name of SCREENS) {
      await openApp(page, `${server.url}#${SITUATION}&s=${name}`);
      await english(page);
      await page.waitForSelector('#tr-screen-title');
      if (name === 'resultats' || name === 'conseiller') await page.waitForSelector('[data-testid=typical-net]');
      // The blocks the second module draws (total income, comparison, QR code, structure…).
      await page.waitForFunction(() => [...document.querySelectorAll('main [data-later]')].every((e) => e.hasAttribute('data-drawn')));
      assert.doesNotMatch(await page.textContent('main'), /Suivant|Précédent|Vos résultats|Ce que vous auriez|Comparer des contrats|Côté structure|Télécharger|Cette partie se prépare/, `${name} is in English`);
      // A notice written before English arrived stays French and says so.
      for (const n of await page.locator('.tr-notice').evaluateAll((es) => es.map((e) => [e.lang, e.textContent]))) {
        assert.ok(n[0] === 'fr' || !/ réponses | lien /.test(n[1]), `notice in French marked ${n[0]}: ${n[1]}`);
      }
      assert.deepEqual(await axe(page), [], `axe on ${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} overflows sideways by ${overflow}px`);
    }
    await finish(j);
  });
}
