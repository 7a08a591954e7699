// Lighthouse 12 (13 needs Node 22) on a page, with its default mobile settings
// (simulated slow 4G and a 4× slower CPU), in the system Chromium.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Scores (0–100) and the metrics behind the performance score, for one run. */
export async function lighthouseRun(executablePath, url) {
  const chrome = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--remote-debugging-port=0'],
  });
  try {
    const port = Number(new URL(chrome.wsEndpoint()).port);
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const metric = (id) => lhr.audits[id].numericValue;
    // Audits that cost points outside performance, so a score below 100 says why.
    const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return {
      scores,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      failing,
    };
  } finally {
    await chrome.close();
  }
}
