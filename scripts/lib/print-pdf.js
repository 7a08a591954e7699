// Print to PDF for `node --test` tests (issue 23: "one printed page"): Debian's Chromium (headless, through
// puppeteer-core, with the flags of test/support/chromium.js) prints a page of this repository, served as a CDN
// would serve it (serve.js), and Debian's poppler-utils read the PDF back: `pdfinfo` its page count,
// `pdftotext` its text. Pages load the built bundle, so run `npm run build` first (`npm test` does).
//
//   const printer = await startPrinter();
//   try {
//     const { pages, text } = await printer.print({
//       html: '<script type="module" src="/dist/cdn/ketamine-widgets.js"></script><ketamine-…></ketamine-…>',
//       format: 'Letter',
//       act: (page) => page.click('…'), // optional: what a patient does before printing
//     });
//   } finally {
//     await printer.close();
//   }
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/support/chromium.js';
import { serveRepository } from './serve.js';

const run = promisify(execFile);
const BUNDLE = new URL('../../dist/cdn/ketamine-widgets.js', import.meta.url);
/** Where `print({ html })` pages are served from: same origin as the repository, so `/dist/cdn/…` resolves. */
const HTML_ROUTE = '/__print/';
/** Chromium's own print dialog margin (0.4 in): a patient's "Print" does not print edge to edge. */
const BROWSER_MARGIN = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' };
/** A generous bound for a busy machine; nothing is timed against it. */
const TIMEOUT = 60_000;

/** The number of pages and the text of the PDF at `path` (poppler-utils). */
export async function readPdf(path) {
  const info = (await run('pdfinfo', [path])).stdout;
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  if (!Number.isInteger(pages)) throw new Error(`pdfinfo gave no page count for ${path}:\n${info}`);
  // -raw: the text in the order Chromium wrote it (the document's), not rebuilt from the layout, which on a page of
  // two close columns can interleave their lines.
  const text = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  return { pages, text };
}

/** Every `ketamine-*` element of the page has rendered, and the page's fonts have loaded. */
async function settled(page) {
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('ketamine-'));
    await Promise.all(widgets.map((element) => customElements.whenDefined(element.localName)));
    await Promise.all(widgets.map((element) => element.updateComplete));
    await document.fonts.ready;
  });
}

/**
 * Launches Chromium and the repository's server once for a test file. `print()` may run as often as needed;
 * `close()` ends both (call it in `finally` or an `after` hook).
 */
export async function startPrinter() {
  if (!existsSync(BUNDLE)) throw new Error('print-pdf: dist/cdn/ketamine-widgets.js is missing; run `npm run build`');
  for (const tool of ['pdfinfo', 'pdftotext']) {
    await run(tool, ['-v']).catch(() => {
      throw new Error(
        `print-pdf: ${tool} not found (apt-get install -y poppler-utils, or node scripts/system-deps.js)`,
      );
    });
  }
  const pagesByPath = new Map();
  const servePrintPages = (context, next) => {
    const html = pagesByPath.get(context.path);
    if (html === undefined) return next();
    context.type = 'text/html';
    context.body = html;
  };
  const folder = mkdtempSync(join(tmpdir(), 'ketamine-print-'));
  const server = await serveRepository({ middleware: [servePrintPages] });
  const browser = await puppeteer
    .launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage'] })
    .catch(async (error) => {
      await server.stop();
      throw error;
    });
  let printed = 0;

  return {
    origin: server.origin,
    /**
     * Opens `url` (a path of the repository, such as `/demo/`, or a full URL) or the page `html`, waits for its
     * widgets, lets `act(page)` (puppeteer's Page) do what a reader would, then prints it on `format` paper
     * ('A4' or 'Letter') with the browser's default margins unless `margin` says otherwise. Resolves to
     * `{ pages, text, path }`: the PDF's page count, its text (pdftotext) and the file, which `close()` removes.
     */
    async print({ url, html, format = 'A4', margin = BROWSER_MARGIN, act } = {}) {
      if ((url === undefined) === (html === undefined)) throw new Error('print-pdf: give either url or html');
      printed += 1;
      let address = url;
      if (html !== undefined) {
        address = `${HTML_ROUTE}${printed}.html`;
        pagesByPath.set(address, html);
      }
      const page = await browser.newPage();
      try {
        page.setDefaultTimeout(TIMEOUT);
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(new URL(address, server.origin).href, { waitUntil: 'networkidle0' });
        await settled(page);
        if (act) await act(page);
        await settled(page);
        if (errors.length) throw new Error(`print-pdf: the page threw before printing:\n${errors.join('\n')}`);
        const path = join(folder, `${printed}-${format}.pdf`);
        await page.pdf({ path, format, margin, printBackground: true });
        return { ...(await readPdf(path)), path };
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
