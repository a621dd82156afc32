// Launching Debian's Chromium through playwright-core, never a downloaded browser, with the
// flags this machine needs (no sandbox as root, no background networking), plus helpers
// every end-to-end test uses: console errors, requests leaving 127.0.0.1, axe.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Opens a page that records console errors, page errors and every request's URL. */
export async function openPage(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  return { context, page, log };
}

/** Requests that went anywhere but the given origins (data: and blob: URLs are local). */
export function foreignRequests(log, origins) {
  return log.requests.filter((u) => !/^(data|blob|about):/.test(u) && !origins.some((o) => u.startsWith(o)));
}

/** Waits until the app has started and its first screen is interactive (the home screen in
 * index.html, drawn at build time, shows before: it is not the app). */
export async function waitForApp(page) {
  await page.waitForSelector('[data-testid="app-ready"]', { state: 'visible', timeout: 30000 });
}

/** axe with WCAG 2.1 A and AA rules (colour contrast included); returns the violations. */
export async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** Clicks a header link (`nav-advisor`, `nav-sources`…), opening the menu first where the
 * header folds its links into one (phones, narrow frames). Works on a page or a frame locator. */
export async function clickNav(scope, testid) {
  const menu = scope.locator('[data-testid=menu]');
  const link = scope.locator(`[data-testid=${testid}]`);
  if (await menu.isVisible() && !(await link.isVisible())) await menu.click();
  await link.click();
}
