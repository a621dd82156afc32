// "Comparer des contrats" and "Télécharger" (issue 16) on the release build in real Chromium:
// three contracts compared beside the simulated one, one kept, the comparison reopened from a
// share link; the JSON export given back to `simulate`; the CSV read as a French spreadsheet
// would; axe on the new blocks at 360 and 1280 px. "Today" is fixed to 2026-11-23 (journey.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, openPage, axe, PHONE, DESKTOP } from './browser.mjs';
import { openApp } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A filled-in situation and a 20-hour contract of 12 months from 2027-01-01. */
const SITUATION = '#v=1&b=1991-05-10&d=13&e=0&r=1&m=14&bf=&h=0&c=PI,QPV&j=none&rf=none&p=0&cs=2027-01-01&cm=12&cw=20';
const text = async (page, id) => (await page.innerText(`[data-testid=${id}]`)).replace(/\s+/g, ' ').trim();

async function openResults(page, url) {
  await openApp(page, url);
  await page.waitForSelector('[data-later="compare-q"][data-drawn] #tr-xk1-hours');
  await page.waitForSelector('[data-later="compare"][data-drawn]');
  await page.waitForSelector('[data-later="export"][data-drawn] [data-testid=x-csv]');
}

/** Fills the three columns: 26 h, 18 months, a start in March at 13 € an hour. */
async function fillColumns(page) {
  await page.fill('#tr-xk1-hours', '26');
  await page.waitForSelector('[data-testid=compare-1-diff]');
  await page.fill('#tr-xk2-months', '18');
  await page.fill('#tr-xk3-start', '2027-03-01');
  await page.fill('#tr-xk3-rate', '13');
  await page.waitForFunction(() => /13,00/.test(document.querySelector('[data-testid=compare-3]')?.textContent ?? ''));
}

async function columnsText(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid=compare-columns] > section')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()));
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('three contracts compared, one kept, and the comparison survives a share link', async () => {
  const { page, log } = await openPage(browser, DESKTOP);
  await openResults(page, `${server.url}${SITUATION}&s=resultats`);
  assert.equal(await text(page, 'compare-empty'), 'Remplissez au moins une case d’un contrat pour le comparer au contrat simulé.');
  await fillColumns(page);

  assert.match(await text(page, 'compare-0'), /^Contrat simulé 20 h par semaine, 12 mois, à partir du 1er janvier 2027, au SMIC\. Ce contrat respecte les règles\./);
  assert.match(await text(page, 'compare-1-diff'), /^26 h au lieu de 20 h : \+ \d+ € nets par mois\. Sur tout le contrat : \+ \d[\d ]* € nets\.$/);
  assert.match(await text(page, 'compare-2-diff'), /^18 mois au lieu de 12 : \+ 0 € nets par mois\. Sur tout le contrat : \+ \d[\d ]* € nets\.$/);
  assert.match(await text(page, 'compare-3-diff'), /^début le 1er mars 2027 au lieu du 1er janvier 2027, 13,00 € de l’heure au lieu du SMIC : [+−] \d+ € nets par mois\./);
  for (const n of [1, 2, 3]) assert.equal(await text(page, `compare-${n}-validity`), 'Ce contrat respecte les règles.');
  // The net of a typical month is the contract screen's own figure for the simulated contract.
  assert.equal(await text(page, 'compare-0-net'), await text(page, 'typical-net'));
  // At 1280 px the columns stand side by side.
  const tops = await page.evaluate(() => [0, 1, 2, 3].map((n) => document.querySelector(`[data-testid=compare-${n}]`).getBoundingClientRect().top));
  assert.ok(new Set(tops.map(Math.round)).size < 4, `side by side at 1280 px: ${tops}`);
  assert.deepEqual(await axe(page), [], 'axe on the results with three contracts compared (1280 px)');

  // The comparison travels in the share link.
  await page.click('[data-testid=copy-link]');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.match(link, /xk1-hours=26/);
  const before = await columnsText(page);
  const other = await openPage(browser, DESKTOP);
  await openResults(other.page, link);
  await other.page.waitForSelector('[data-testid=compare-3]');
  assert.deepEqual(await columnsText(other.page), before, 'the shared link reopens the same comparison');
  assert.equal(await other.page.inputValue('#tr-xk3-start'), '2027-03-01');
  assert.deepEqual(other.log.errors, []);
  await other.context.close();

  // "Garder ce contrat": column 1 becomes the simulated contract, the old one takes its place.
  const net26 = await text(page, 'compare-1-net');
  await page.click('[data-testid=compare-1-keep]');
  await page.waitForFunction(() => document.querySelector('#tr-c-hours')?.value === '26');
  await page.waitForFunction(() => /^20 h au lieu de 26 h/.test(document.querySelector('[data-testid=compare-1-diff]')?.textContent ?? ''));
  await page.waitForFunction((net) => document.querySelector('[data-testid=typical-net]')?.textContent.replace(/\s+/g, ' ') === net, net26.replace(/\s+/g, ' '));
  assert.equal(await page.inputValue('#tr-xk1-hours'), '20');
  assert.equal(await page.inputValue('#tr-xk2-months'), '18', 'the other columns stay');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('the JSON export reloads the same situation through simulate, the birth date only when ticked', async () => {
  const { page, log } = await openPage(browser, DESKTOP);
  await openResults(page, `${server.url}${SITUATION}&s=conseiller`);
  let file = await download(page, 'x-json');
  assert.equal(file.name, 'tremplin-2026-11-23.json');
  let exported = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(exported.input.person.birth_date, null, 'left out unless ticked');
  assert.equal(exported.input.contract.weekly_hours, '20.00');
  const reloaded = await page.evaluate((input) => window.wasmBindings.simulate(JSON.stringify(input)), exported.input);
  assert.deepEqual(JSON.parse(reloaded), exported.output);
  assert.equal(exported.output.contract.months[0].month, '2027-01');

  await page.check('#tr-xk-dob');
  file = await download(page, 'x-json');
  exported = JSON.parse(file.bytes.toString('utf8'));
  assert.equal(exported.input.person.birth_date, '1991-05-10');
  const again = await page.evaluate((input) => window.wasmBindings.simulate(JSON.stringify(input)), exported.input);
  assert.deepEqual(JSON.parse(again), exported.output);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('the CSV has the month-by-month columns in French number format', async () => {
  const { page, log } = await openPage(browser, DESKTOP);
  await openResults(page, `${server.url}${SITUATION}&s=resultats`);
  const file = await download(page, 'x-csv');
  assert.equal(file.name, 'tremplin-mois-2026-11-23.csv');
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const rows = file.bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean).map((r) => r.split(';'));
  assert.deepEqual(rows[0], ['Mois', 'Heures', 'Salaire brut', 'Salaire net']);
  assert.equal(rows.length, 1 + 12 + 1, 'a header, 12 months and the totals');
  assert.equal(rows[1][0], 'janvier 2027');
  assert.equal(rows.at(-1)[0], 'Total');
  for (const r of rows.slice(1)) {
    assert.equal(r.length, 4);
    for (const cell of r.slice(1)) assert.match(cell, /^\d+,\d{2}$/, `decimal comma, no thousands separator: ${cell}`);
  }
  const number = (cell) => Number(cell.replace(',', '.'));
  const sum = rows.slice(1, -1).reduce((s, r) => s + number(r[3]), 0);
  assert.ok(Math.abs(sum - number(rows.at(-1)[3])) < 0.005, 'the totals row adds the months up');
  const typical = (await text(page, 'typical-net')).replace(/[\s €]/g, '');
  assert.equal(rows[1][3], typical, 'January, a full month, is the screen’s typical month');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('at 360 px the columns stack and the new blocks are axe clean, in advisor mode too', async () => {
  const { page, log } = await openPage(browser, PHONE);
  await openResults(page, `${server.url}${SITUATION}&xk1-hours=26&xk2-months=18&xk3-hours=30&s=resultats`);
  await page.waitForSelector('[data-testid=compare-3]');
  const boxes = await page.evaluate(() => [0, 1, 2, 3].map((n) => {
    const r = document.querySelector(`[data-testid=compare-${n}]`).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left };
  }));
  for (let i = 1; i < 4; i++) {
    assert.ok(boxes[i].top >= boxes[i - 1].bottom - 1 && Math.abs(boxes[i].left - boxes[0].left) < 1, `stacked: ${JSON.stringify(boxes)}`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scroll: ${overflow}px`);
  assert.deepEqual(await axe(page), [], 'axe at 360 px (results)');
  await openResults(page, `${server.url}${SITUATION}&xk1-hours=26&s=conseiller`);
  await page.waitForSelector('[data-testid=compare-1-diff]');
  assert.deepEqual(await axe(page), [], 'axe at 360 px (advisor mode)');
  await page.setViewportSize(DESKTOP);
  assert.deepEqual(await axe(page), [], 'axe at 1280 px (advisor mode)');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});
