// Timing part of `scripts/bench`: from navigation to the first screen being interactive (the
// app's `tr-interactive` performance mark), median of 5 fresh loads, unthrottled and on a
// throttled profile (1.6 Mbit/s down, 150 ms latency, 4× CPU slowdown) through the Chrome
// DevTools Protocol. dist/ is served brotli-compressed, as a production server would.
// Prints one JSON object on the last line.
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const THROTTLED = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 };

export async function applyProfile(page, context, profile) {
  if (!profile) return;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.latency,
    downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return cdp;
}

async function interactiveMs(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await applyProfile(page, context, profile);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('tr-interactive').length > 0, null, { timeout: 60000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('tr-interactive')[0].startTime);
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measure(root = 'dist', runs = 5) {
  const server = await serve({ root, compress: true });
  const browser = await launch();
  try {
    const result = {};
    for (const [name, profile] of [['unthrottled', null], ['throttled', THROTTLED]]) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await interactiveMs(browser, server.url, profile));
      result[name] = { median_ms: Math.round(median(samples)), samples_ms: samples.map(Math.round) };
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measure(process.argv[2] ?? 'dist')));
}
