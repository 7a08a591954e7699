// `npm run heights` (after the build): how tall the demo clinic page is on a phone (375 px) and a
// desktop (1280 px), and each widget's share, in the system Chromium. Issue 15's "concise first" target.
import puppeteer from 'puppeteer-core';
import { serveRepository } from './lib/serve.js';

const WIDTHS = [375, 1280];
const { origin, stop } = await serveRepository();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0' });
    const { total, widgets } = await page.evaluate(async () => {
      const all = [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('ketamine-'));
      await Promise.all(all.map((e) => e.updateComplete));
      return {
        total: document.documentElement.scrollHeight,
        widgets: all.map((e) => [
          e.localName + (e.getAttribute('study') ? ` ${e.getAttribute('study')}` : ''),
          e.offsetHeight,
        ]),
      };
    });
    console.log(`${width} px wide: ${total} px tall`);
    for (const [name, height] of widgets) console.log(`  ${String(height).padStart(6)}  ${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  await stop();
}
