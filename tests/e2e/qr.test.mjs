// The hand-off to the person's phone: the QR code of the share link on the results, in advisor
// mode and on the printed sheet, read back by a QR decoder (jsQR, on a PNG screenshot of the
// SVG decoded by pngjs) as a phone's camera would; the fallback when the link is too long; axe
// on the screens that carry it. Screenshots go to $SHOTS when it is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { serve } from './server.mjs';
import { launch, openPage, axe, PHONE, DESKTOP } from './browser.mjs';
import { openApp, TODAY } from './journey.mjs';

let server, browser;
before(async () => { server = await serve({ root: 'dist', base: '/outils/tremplin/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A 24-year-old on the RSA in the Nord who left prison recently, with a contract. */
const RELEASED = 'v=1&b=2002-03-14&d=59&e=0&r=1&m=8&bf=RSA&h=0&c=&j=released&rf=none&p=0&cs=2026-12-01&cm=12&cw=26';

const shot = async (page, name, fullPage = false) => {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage });
};

async function open(fragment, screen, viewport = PHONE) {
  const opened = await openPage(browser, viewport);
  await openApp(opened.page, `${server.url}#${fragment}&s=${screen}`);
  return opened;
}

/** What a camera reads from the QR code inside `scope`, once the second module has drawn it. */
async function scan(scope) {
  const code = scope.locator('[data-testid=qr-code]');
  await code.waitFor({ state: 'visible', timeout: 30000 });
  await code.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await code.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  assert.ok(read, `a QR decoder reads the ${png.width}×${png.height} px code`);
  return read.data;
}

/** The link "Copier le lien" gives on the current screen. */
async function copiedLink(page) {
  await page.click('[data-testid=copy-link]');
  await page.waitForFunction(() => document.querySelector('[data-testid=share-link]')?.value);
  return page.inputValue('[data-testid=share-link]');
}

test('the QR code on the results reads as the share link, and that link reopens the results on a phone', async () => {
  const { page, log, context } = await open(RELEASED, 'resultats');
  await page.waitForSelector('[data-later="qr"][data-drawn]', { timeout: 30000 });
  const share = page.locator('[data-testid=share]');
  const read = await scan(share);
  assert.equal(read, await copiedLink(page), 'the code carries exactly the copied link');
  assert.match(read, /^http:\/\/127\.0\.0\.1:\d+\/outils\/tremplin\/#v=1&b=2002-03-14&.*&j=released&.*&s=resultats$/);
  assert.equal(await share.locator('[data-testid=qr-code]').getAttribute('role'), 'img');
  assert.equal(await share.locator('[data-testid=qr-code]').getAttribute('aria-label'), 'Code QR du lien vers cette simulation');
  assert.match(await share.locator('[data-testid=qr-private]').textContent(), /contient vos réponses, mais elles ne passent par aucun serveur/);
  // The code's width fits the phone's screen.
  const box = await share.locator('[data-testid=qr-code]').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `the code spans ${box.x}–${box.x + box.width}px`);
  await share.locator('[data-testid=qr]').scrollIntoViewIfNeeded();
  await shot(page, 'qr-results-360');
  // Scanned on a phone: a fresh browser with nothing stored opens the same results.
  const phone = await openPage(browser, PHONE);
  await phone.page.clock.setFixedTime(new Date(TODAY));
  await phone.page.goto(read);
  await phone.page.waitForSelector('[data-testid=answer-text]');
  assert.equal((await phone.page.textContent('[data-testid=answer-text]')).trim(), 'Un chantier d’insertion peut vous embaucher.');
  assert.deepEqual(phone.log.errors, []);
  await phone.context.close();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('in advisor mode the QR code opens the results on the person’s phone', async () => {
  const { page, log, context } = await open(RELEASED, 'conseiller', DESKTOP);
  await page.waitForSelector('[data-later="qr"][data-drawn]', { timeout: 30000 });
  const read = await scan(page.locator('[data-testid=share]'));
  const copied = await copiedLink(page);
  assert.match(copied, /&s=conseiller$/, 'the advisor copies a link to advisor mode');
  assert.equal(read, copied.replace(/&s=conseiller$/, '&s=resultats'), 'the code is the same answers, on the results');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the printed sheet carries a QR code that leaves the justice answer out unless the person ticks it', async () => {
  const { page, log, context } = await open(RELEASED, 'fiche');
  const sheet = page.locator('[data-testid=sheet]');
  await sheet.locator('[data-testid=qr-code]').waitFor({ state: 'visible', timeout: 30000 });
  const printedCode = async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await sheet.locator('[data-testid=qr-code]').isVisible(), true, 'the code is printed');
      return await scan(sheet);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  };
  const left = await printedCode();
  assert.match(left, /^http:\/\/127\.0\.0\.1:\d+\/outils\/tremplin\/#v=1&b=2002-03-14&/);
  assert.ok(!left.includes('j='), `the justice answer is not in the printed code: ${left}`);
  assert.match(await sheet.locator('[data-testid=qr-justice]').textContent(), /réponse sur la justice n’y est pas/);
  await shot(page, 'qr-sheet-360', true);
  // The code sits beside the answers: the sheet still prints on one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'one printed page');
  await page.check('#tr-sheet-justice');
  await page.waitForFunction(() => !document.querySelector('[data-testid=sheet] [data-testid=qr-justice]'));
  const ticked = await printedCode();
  assert.match(ticked, /&j=released&/, 'ticked, the code carries it like the sheet');
  assert.equal(ticked.replace('&j=released', ''), left, 'and nothing else changes');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a link too long for a readable code says to copy the link instead', async () => {
  // Twenty answers of later blocks, 40 characters each: a link of about 1 000 bytes.
  const later = Array.from({ length: 20 }, (_, i) => `xq${i}=${'a'.repeat(40)}`).join('&');
  const { page, log, context } = await open(`${RELEASED}&${later}`, 'resultats');
  const share = page.locator('[data-testid=share]');
  await page.waitForSelector('[data-later="qr"][data-drawn]', { timeout: 30000 });
  assert.equal(await share.locator('[data-testid=qr-code]').count(), 0, 'no code that a phone could not read');
  assert.match(await share.locator('[data-testid=qr-too-long]').textContent(), /trop long pour un code QR.*« Copier le lien »/);
  const link = await copiedLink(page);
  assert.ok(link.length > 666 && link.includes(`xq19=${'a'.repeat(40)}`), `the link (${link.length} bytes) still holds every answer`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const [name, viewport] of [['360', PHONE], ['1280', DESKTOP]]) {
  test(`axe finds no violation at ${name} px on the results and the sheet with their QR code`, async () => {
    for (const screen of ['resultats', 'fiche']) {
      const { page, log, context } = await open(RELEASED, screen, viewport);
      const scope = screen === 'fiche' ? '[data-testid=sheet]' : '[data-testid=share]';
      await page.locator(`${scope} [data-testid=qr-code]`).waitFor({ state: 'visible', timeout: 30000 });
      assert.deepEqual(await axe(page), [], `axe on ${screen}`);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  });
}
