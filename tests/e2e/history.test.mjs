// The journey survives the browser (issue 11): each screen is a history entry, the tab keeps
// its answers through a reload, a link never replaces answers without the person's choice,
// "Effacer" asks first and can be undone. Release build, Chromium at 360×740, "today" fixed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, openPage, axe, foreignRequests, waitForApp, clickNav, PHONE } from './browser.mjs';
import { openApp, fillStep, TODAY } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A 35-year-old in a QPV (the screens' situation), and a 24-year-old on the RSA. */
const KEPT = 'v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=&h=0&c=PI,QPV&j=none&rf=none&p=0';
const LINK = 'v=1&b=2002-03-14&d=59&e=0&r=1&m=8&bf=RSA&h=0&c=&j=none&rf=none&p=0';

const title = async (page) => (await page.textContent('#tr-screen-title')).trim();
const waitTitle = (page, text) => page.waitForFunction((t) => document.querySelector('#tr-screen-title')?.textContent.trim().startsWith(t), text);
const q = (page, id) => page.locator(`[data-testid=q-${id}]`);
const checked = (page, id, label) => q(page, id).getByLabel(label, { exact: true }).isChecked();
const stored = (page) => page.evaluate(() => localStorage.getItem('tremplin:reponses'));

/** A new tab of the same browser: the answers kept on the device, none of this tab's. */
async function newTab(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  return page;
}

async function finish({ log, context }) {
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, [server.url.replace(/\/$/, '')]), [], 'no request leaves the origin');
  await context.close();
}

/** From the first screen to "Vos ressources", with the first two steps answered. */
async function firstTwoSteps(page) {
  await page.click('[data-testid=start]');
  await waitTitle(page, 'Vous');
  await fillStep(page, { birth: '14/03/2002', department: '59' });
  await page.click('[data-testid=next]');
  await waitTitle(page, 'Votre situation');
  await fillStep(page, { employed: 'Non', registered: 'Oui', months: 8 });
  await page.click('[data-testid=next]');
  await waitTitle(page, 'Vos ressources');
}

async function stepsAreAnswered(page) {
  assert.equal(await checked(page, 'employed', 'Non'), true, 'employed: Non');
  assert.equal(await page.inputValue('#tr-q-job_seeker_months'), '8');
}

test('Back and Forward move between steps and never lose an answer', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, server.url);
  await firstTwoSteps(page);
  await page.goBack();
  await waitTitle(page, 'Votre situation');
  await stepsAreAnswered(page);
  await page.goBack();
  await waitTitle(page, 'Vous');
  assert.equal(await page.inputValue('#tr-q-birth_date-year'), '2002');
  assert.equal(await page.inputValue('#tr-q-department'), '59');
  await page.goForward();
  await waitTitle(page, 'Votre situation');
  await stepsAreAnswered(page);
  await page.goForward();
  await waitTitle(page, 'Vos ressources');
  // "Précédent" goes back through the history: Forward then returns to where the person was.
  await page.click('[data-testid=previous]');
  await waitTitle(page, 'Votre situation');
  await page.goForward();
  await waitTitle(page, 'Vos ressources');
  // Advisor mode is an entry too; Back from it returns to the step.
  await clickNav(page, 'nav-advisor');
  await waitTitle(page, 'Mode conseiller');
  assert.equal(await page.inputValue('#tr-q-job_seeker_months'), '8');
  await page.goBack();
  await waitTitle(page, 'Vos ressources');
  // Back to the first screen: still the app, whose address holds no fragment.
  for (let i = 0; i < 3; i++) await page.goBack();
  await page.waitForSelector('[data-testid=resume]');
  assert.equal(page.url(), server.url);
  await finish(opened);
});

test('a reload mid-journey resumes at the same step with the same answers', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, server.url);
  await firstTwoSteps(page);
  await page.goBack();
  await waitTitle(page, 'Votre situation');
  await page.reload();
  await waitForApp(page);
  await waitTitle(page, 'Votre situation');
  await stepsAreAnswered(page);
  // The entries before the reload still lead back, and Forward still leads on.
  await page.goBack();
  await waitTitle(page, 'Vous');
  assert.equal(await page.inputValue('#tr-q-birth_date-year'), '2002');
  await page.goForward();
  await waitTitle(page, 'Votre situation');
  // "Sources et paramètres" opens in this tab; coming back loses nothing.
  await clickNav(page, 'nav-sources');
  await page.waitForURL(/sources\.html$/);
  await page.goBack();
  await waitForApp(page);
  await waitTitle(page, 'Votre situation');
  await stepsAreAnswered(page);
  await finish(opened);
});

test('after editing a shared simulation, a reload shows the edits, not the link', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, `${server.url}#${LINK}&s=resultats`);
  await page.waitForSelector('[data-testid=typical-net]');
  assert.equal(page.url(), server.url, 'the link leaves the address bar once read');
  await page.fill('#tr-c-hours', '30');
  await page.waitForFunction(() => document.querySelector('[data-testid=typical-gross]')?.textContent.startsWith('1\u202f600'));
  await page.reload();
  await page.waitForSelector('[data-testid=typical-net]');
  assert.equal(await page.inputValue('#tr-c-hours'), '30');
  assert.equal(await page.textContent('[data-testid=typical-gross]'), '1\u202f600,30\u00a0€');
  await finish(opened);
});

test('opening a share link keeps the stored answers until the person chooses', async () => {
  const opened = await openPage(browser, PHONE);
  const { page, context } = opened;
  await openApp(page, `${server.url}#${KEPT}&s=resultats`);
  await page.check('#tr-keep');
  const kept = await stored(page);
  assert.match(kept, /b=1991-05-10/);
  // The link of the issue, which used to wipe them: nothing changes until the person chooses.
  const odd = await newTab(context, `${server.url}index.html#v=1&zz=1`);
  await odd.waitForSelector('[data-testid=notice-link-open]');
  assert.match(await odd.textContent('[data-testid=notice]'), /autre simulation/);
  assert.equal(await stored(odd), kept);
  assert.deepEqual(await axe(odd), [], 'axe on the choice');
  await odd.click('[data-testid=notice-link-keep]');
  await odd.click('[data-testid=resume]');
  await odd.waitForSelector('[data-testid=eligibility]');
  assert.equal(await odd.getAttribute('[data-testid=structure-AI]', 'data-status'), 'eligible');
  assert.equal(await stored(odd), kept);
  // A real link, opened: its simulation shows, and the kept answers are left as they were.
  const other = await newTab(context, `${server.url}#${LINK}&s=resultats`);
  await other.waitForSelector('[data-testid=notice-link-open]');
  assert.equal(await other.locator('[data-testid=resume]').count(), 1, 'still the kept answers');
  assert.equal(await stored(other), kept);
  await other.click('[data-testid=notice-link-open]');
  await other.waitForFunction(() => /Le Département/.test(document.querySelector('[data-testid=orientation-primary]')?.textContent));
  assert.match(await other.textContent('[data-testid=notice]'), /n’ont pas changé/);
  assert.equal(await other.isChecked('#tr-keep'), false, '"Garder" does not tick itself over the link');
  await other.fill('#tr-c-hours', '30');
  assert.equal(await stored(other), kept);
  // Next visit: the kept answers come back.
  const later = await newTab(context, server.url);
  await later.waitForSelector('[data-testid=resume]');
  assert.match(await later.textContent('[data-testid=notice]'), /reprises/);
  await later.click('[data-testid=resume]');
  assert.match(await later.textContent('[data-testid=orientation-primary]'), /France Travail/);
  await finish(opened);
});

test('a share link opened in a tab where the app runs is applied', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, server.url);
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.goto(`${server.url}#${LINK}&s=resultats`);
  await page.waitForFunction(() => /Le Département/.test(document.querySelector('[data-testid=orientation-primary]')?.textContent));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the app was not reloaded');
  assert.equal(page.url(), server.url);
  // Over answers already there, the person chooses.
  await page.goto(`${server.url}#${KEPT}&s=resultats`);
  await page.waitForSelector('[data-testid=notice-link-open]');
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /Le Département/);
  await page.click('[data-testid=notice-link-open]');
  await page.waitForFunction(() => /France Travail/.test(document.querySelector('[data-testid=orientation-primary]')?.textContent));
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  await finish(opened);
});

test('"Effacer" needs a confirmation, and "Annuler" brings the answers back', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, `${server.url}#${KEPT}&s=resultats`);
  await page.check('#tr-keep');
  const kept = await stored(page);
  await page.click('[data-testid=clear-answers]');
  await page.waitForSelector('[data-testid=notice-clear-confirm]');
  assert.match(await page.textContent('[data-testid=notice]'), /Effacer toutes vos réponses/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'notice-clear-confirm');
  assert.deepEqual(await axe(page), [], 'axe on the confirmation');
  await page.click('[data-testid=notice-clear-cancel]');
  assert.equal(await stored(page), kept, 'nothing erased without the confirmation');
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /France Travail/);
  await clickNav(page, 'clear');
  await page.click('[data-testid=notice-clear-confirm]');
  await page.waitForSelector('[data-testid=start]');
  assert.equal(await stored(page), null);
  assert.match(await page.textContent('[data-testid=notice]'), /effacées/);
  assert.equal(await page.locator('[data-testid=resume]').count(), 0);
  await page.click('[data-testid=notice-clear-undo]');
  await page.waitForSelector('[data-testid=orientation-primary]');
  assert.match(await page.textContent('[data-testid=orientation-primary]'), /France Travail/);
  assert.equal(await page.isChecked('#tr-keep'), true);
  assert.equal(await stored(page), kept);
  await finish(opened);
});

test('changing one answer from the recap returns to the recap', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, `${server.url}#${KEPT}&s=recapitulatif`);
  await page.click('[data-testid=recap-department] button');
  await waitTitle(page, 'Vous');
  assert.equal((await page.textContent('[data-testid=next]')).trim(), 'Retour au récapitulatif');
  await page.selectOption('#tr-q-department', '59');
  await page.click('[data-testid=next]');
  await waitTitle(page, 'Récapitulatif');
  assert.match(await page.textContent('[data-testid=recap-department]'), /59 — Nord/);
  await finish(opened);
});

test('from the printed sheet, "Retour aux résultats" returns to advisor mode when it came from there', async () => {
  const opened = await openPage(browser, PHONE);
  const { page } = opened;
  await openApp(page, `${server.url}#${KEPT}&s=conseiller`);
  await page.click('[data-testid=open-sheet]');
  await page.waitForSelector('.tr-sheet-visible');
  await page.click('[data-testid=back-results]');
  await waitTitle(page, 'Mode conseiller');
  await clickNav(page, 'nav-journey');
  await waitTitle(page, 'Vous');
  await page.goto(`${server.url}#${KEPT}&s=resultats`);
  await page.click('[data-testid=open-sheet]');
  await page.waitForSelector('.tr-sheet-visible');
  await page.click('[data-testid=back-results]');
  await page.waitForSelector('[data-testid=eligibility]');
  assert.match(await title(page), /résultat/i);
  await finish(opened);
});

test('when the browser refuses to save, "Garder mes réponses" says so and is unticked', async () => {
  const opened = await openPage(browser, PHONE);
  const { page, context } = opened;
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.clock.setFixedTime(new Date(TODAY));
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('[data-testid=start]');
  await waitTitle(page, 'Vous');
  await page.click('#tr-keep'); // ticked, then unticked by the app: not page.check
  await page.waitForSelector('[data-testid=keep-status]');
  assert.match(await page.textContent('[data-testid=keep-status]'), /n’ont pas pu être gardées/);
  assert.equal(await page.isChecked('#tr-keep'), false);
  await finish(opened);
});

test('kept answers that cannot all be read are not called a link', async () => {
  const opened = await openPage(browser, PHONE);
  const { page, context } = opened;
  await openApp(page, server.url);
  await page.evaluate(() => localStorage.setItem('tremplin:reponses', 'v=1&b=1999-02-30&d=59&e=0&zz=1'));
  const later = await newTab(context, server.url);
  const notice = await later.textContent('[data-testid=notice]');
  assert.match(notice, /réponses gardées sur cet appareil/);
  assert.doesNotMatch(notice, /lien/);
  await later.click('[data-testid=resume]');
  await later.waitForSelector('[data-testid=eligibility]');
  assert.match(await later.textContent('[data-testid=sheet]'), /59 — Nord/, 'the valid answers are kept');
  await finish(opened);
});
