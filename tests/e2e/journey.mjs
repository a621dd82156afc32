// Helpers to walk the guided journey like a person would: fill the questions shown on each
// step, press "Suivant" until the recap, then open the results. Selectors are the visible
// labels scoped by each question's data-testid, so the tests read like the screens.
import assert from 'node:assert/strict';
import { axe, waitForApp } from './browser.mjs';

/** The fixed "today" of the journeys, so dates and ages do not drift with the calendar. */
export const TODAY = '2026-11-23T10:00:00';

export async function openApp(page, url) {
  await page.clock.setFixedTime(new Date(TODAY));
  // A new fragment on the same page would not reload it: start from a blank page.
  await page.goto('about:blank');
  await page.goto(url);
  await waitForApp(page);
}

const q = (page, id) => page.locator(`[data-testid=q-${id}]`);

async function pick(page, id, label) {
  await q(page, id).getByLabel(label, { exact: typeof label === 'string' }).check();
}

/** Fills whatever questions of `answers` the current step shows. */
export async function fillStep(page, answers) {
  if (answers.birth && await q(page, 'birth_date').count()) {
    const [d, m, y] = answers.birth.split('/');
    await page.fill('#tr-q-birth_date-day', d);
    await page.fill('#tr-q-birth_date-month', m);
    await page.fill('#tr-q-birth_date-year', y);
  }
  if (answers.department && await q(page, 'department').count()) {
    await page.selectOption('#tr-q-department', answers.department);
  }
  for (const [id, key] of [['employed', 'employed'], ['registered', 'registered'], ['rqth', 'rqth'], ['had_pass', 'hadPass']]) {
    if (answers[key] && await q(page, id).count()) await pick(page, id, answers[key]);
  }
  if (answers.months !== undefined && await q(page, 'job_seeker_months').count()) {
    await page.fill('#tr-q-job_seeker_months', String(answers.months));
  }
  if (answers.benefits && await q(page, 'benefits').count()) {
    if (answers.benefits.length === 0) await pick(page, 'benefits', 'Aucune de ces aides');
    for (const b of answers.benefits) await pick(page, 'benefits', new RegExp(b));
  }
  if (answers.situations && await q(page, 'criteria').count()) {
    if (answers.situations.length === 0) await pick(page, 'criteria', 'Aucune de ces situations');
    for (const s of answers.situations) await pick(page, 'criteria', s);
  }
  if (answers.justice && await q(page, 'justice').count()) await pick(page, 'justice', answers.justice);
  if (answers.referent && await q(page, 'referent').count()) await pick(page, 'referent', answers.referent);
}

/**
 * From the first screen to the results. Returns the titles of the steps shown. When
 * `checkAxe` is set, axe runs on every step and on the recap.
 */
export async function walkJourney(page, answers, { checkAxe = false } = {}) {
  await page.click('[data-testid=start]');
  const titles = [];
  for (let i = 0; i < 10; i++) {
    const title = page.locator('#tr-screen-title');
    await title.waitFor();
    const text = (await title.textContent()).trim();
    if (text.startsWith('Récapitulatif')) break;
    titles.push(text);
    // Focus moves to the step title at each step (keyboard and screen-reader users start there).
    await page.waitForFunction(() => document.activeElement?.id === 'tr-screen-title');
    await fillStep(page, answers);
    if (checkAxe) assert.deepEqual(await axe(page), [], `axe on step "${text}"`);
    await page.click('[data-testid=next]');
    await page.waitForFunction((previous) => document.querySelector('#tr-screen-title')?.textContent.trim() !== previous, text);
  }
  assert.match(await page.textContent('#tr-screen-title'), /Récapitulatif/);
  if (checkAxe) assert.deepEqual(await axe(page), [], 'axe on the recap');
  await page.click('[data-testid=see-results]');
  await page.waitForSelector('[data-testid=eligibility]');
  return titles;
}

/** The status of each kind of structure, as data attributes. */
export async function statuses(page) {
  const out = {};
  for (const kind of ['ACI', 'EI', 'EITI', 'AI', 'ETTI']) {
    out[kind] = await page.getAttribute(`[data-testid=eligibility] [data-testid=structure-${kind}]`, 'data-status');
  }
  return out;
}

export const all = (status) => ({ ACI: status, EI: status, EITI: status, AI: status, ETTI: status });

/** What a shared link must bring back identically. */
export async function keyFigures(page) {
  return {
    statuses: await statuses(page),
    primary: (await page.textContent('[data-testid=orientation-primary]')).trim(),
    net: await page.textContent('[data-testid=typical-net]'),
    end: await page.textContent('[data-testid=contract-end]'),
    totals: await page.textContent('[data-testid=totals]'),
  };
}

/** Copies the link, opens it in a fresh browser context (no shared storage), and compares. */
export async function checkShareLink(browser, page, openPage) {
  await page.click('[data-testid=copy-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/.*#v=1&/);
  const before = await keyFigures(page);
  const other = await openPage(browser, page.viewportSize());
  await other.page.clock.setFixedTime(new Date(TODAY));
  await other.page.goto(link);
  await other.page.waitForSelector('[data-testid=eligibility]');
  assert.deepEqual(await keyFigures(other.page), before, 'the shared link reopens the same simulation');
  assert.deepEqual(other.log.errors, []);
  await other.context.close();
  return link;
}

/** Prints (print media emulated): only the sheet shows, with the key figures in it. */
export async function checkPrint(page, expected) {
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await page.isVisible('[data-testid=sheet]'), true, 'the sheet prints');
    assert.equal(await page.isVisible('main'), false, 'the screen is not printed');
    const sheet = await page.textContent('[data-testid=sheet]');
    assert.match(sheet, /Simulation indicative, sans valeur de décision/);
    assert.match(sheet, /Règles en vigueur au 1er juin 2026/);
    for (const e of expected) assert.match(sheet, e);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
