// `npm run bench`: how much the widgets cost a page, next to the two ways a
// clinic would embed the same content otherwise, measured in one run on this
// machine. Writes bench/results.json, prints the tables and refreshes the
// README's table. Not part of CI: timings on shared machines are noisy, so
// read the ratios (measured side by side, runs interleaved) more than the ms.
// BENCH_SECTIONS=first,layout (a comma list of render, first, locale, heap, layout, lighthouse) runs
// fewer sections: a reduced run, written to bench/results-reduced.json, README left alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { serveRepository } from '../scripts/lib/serve.js';
import {
  PAGES_DIR,
  benchElements,
  bundleOnlyPage,
  demoWithBundle,
  demoWithoutRenderBlocking,
  oneWidgetPage,
  framedWidgetPage,
  iframePage,
  resetPages,
  snapshotWidgets,
  staticPage,
  widgetsPage,
  writePage,
} from './pages.js';
import { DESKTOP, firstRender, heapPer100, layoutShift, localeSwitch, renderTime } from './measure.js';
import { BEFORE_REVISION, buildBefore } from './before.js';
import { lighthouseRun } from './lighthouse.js';
import { ratio, summarize } from './stats.js';
import { printTables, updateReadme } from './report.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`bench: no browser at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM to one.`);
}
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const COUNTS = [1, 10, 100];
const DEMO = '/demo/index.html';
const SECTIONS = ['render', 'first', 'locale', 'heap', 'layout', 'lighthouse'];
const wanted = (process.env.BENCH_SECTIONS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = wanted.filter((s) => !SECTIONS.includes(s));
if (unknown.length)
  throw new Error(`BENCH_SECTIONS: unknown ${unknown.join(', ')}; use a comma list of ${SECTIONS.join(', ')}`);
const reduced = wanted.length > 0;
const runs = (section) => !reduced || wanted.includes(section);

const repeat = async (times, measure) => {
  const values = [];
  for (let run = 0; run < times; run += 1) values.push(await measure(run));
  return values;
};
const log = (text) => process.stderr.write(`${text}\n`);

const { origin, stop } = await serveRepository();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
  browser: await browser.version(),
  runs: RUNS,
  ...(reduced ? { sections: wanted } : {}),
};

try {
  resetPages();
  const elements = benchElements();

  if (runs('first')) {
    log(`Time to first rendered widget: before (${BEFORE_REVISION}, built now) and after …`);
    const before = buildBefore(`${PAGES_DIR}/before`);
    const bundles = { before, after: '/dist/cdn/ketamine-widgets.js' };
    const card = elements.find((e) => e.name === 'evidence-card') ?? elements[0];
    const pages = [
      { label: `one \`<${card.tag}>\``, slug: 'one-widget', make: (bundle) => oneWidgetPage(card, bundle) },
      { label: 'demo page', slug: 'demo', make: (bundle) => demoWithBundle(bundle) },
    ];
    results.firstRender = { before: BEFORE_REVISION, after: 'this checkout', pages: {} };
    for (const { label, slug, make } of pages) {
      const times = { before: [], after: [] };
      for (const [variant, bundle] of Object.entries(bundles)) writePage(`first-${slug}-${variant}.html`, make(bundle));
      // Interleaved, in alternating order, as for the render cost.
      for (let run = 0; run < RUNS; run += 1) {
        const order = run % 2 ? ['after', 'before'] : ['before', 'after'];
        for (const variant of order) {
          times[variant].push(await firstRender(browser, `${origin}/${PAGES_DIR}/first-${slug}-${variant}.html`));
        }
      }
      const sum = (list, key) => summarize(list.map((t) => t[key]));
      const entry = {
        first: { before: sum(times.before, 'first'), after: sum(times.after, 'first') },
        all: { before: sum(times.before, 'all'), after: sum(times.after, 'all') },
      };
      entry.first.afterPerBefore = ratio(entry.first.after, entry.first.before);
      entry.all.afterPerBefore = ratio(entry.all.after, entry.all.before);
      results.firstRender.pages[label] = entry;
      log(
        `  ${label}: first widget ${entry.first.before.median} → ${entry.first.after.median} ms; every widget ${entry.all.before.median} → ${entry.all.after.median} ms`,
      );
    }
  }

  if (runs('render')) {
    log('Render cost: widgets vs static HTML vs iframes …');
    results.render = {};
    for (const element of elements) {
      const snapshot = await snapshotWidgets(browser, origin, element, Math.max(...COUNTS));
      writePage(`frame-${element.tag}.html`, framedWidgetPage(element));
      results.render[element.tag] = {};
      for (const count of COUNTS) {
        const pages = {
          widgets: widgetsPage(element, count),
          static: staticPage(element, count, snapshot),
          iframe: iframePage(
            element,
            count,
            snapshot.widgets.map((w) => w.height),
          ),
        };
        for (const [variant, html] of Object.entries(pages)) writePage(`${variant}-${element.tag}-${count}.html`, html);
        const times = { widgets: [], static: [], iframe: [] };
        // Interleaved, and in a rotating order, so that drifting load on the machine hits every variant alike.
        for (let run = 0; run < RUNS; run += 1) {
          const order = Object.keys(times);
          for (let i = 0; i < order.length; i += 1) {
            const variant = order[(i + run) % order.length];
            times[variant].push(
              await renderTime(browser, `${origin}/${PAGES_DIR}/${variant}-${element.tag}-${count}.html`),
            );
          }
        }
        const [widgets, staticHtml, iframe] = [
          summarize(times.widgets),
          summarize(times.static),
          summarize(times.iframe),
        ];
        results.render[element.tag][count] = {
          widgets,
          static: staticHtml,
          iframe,
          widgetsPerStatic: ratio(widgets, staticHtml),
          widgetsPerIframe: ratio(widgets, iframe),
        };
        log(`  ${count} × ${element.tag}: ${widgets.median} ms (static ${staticHtml.median}, iframe ${iframe.median})`);
      }
    }
  }

  if (runs('locale')) {
    log('Locale switch on the demo page …');
    const switches = await repeat(RUNS, () => localeSwitch(browser, origin + DEMO));
    results.localeSwitch = {
      widgets: switches[0].widgets,
      loaded: {
        rendered: summarize(
          switches.map((s) => s.loaded.rendered),
          2,
        ),
        laidOut: summarize(
          switches.map((s) => s.loaded.laidOut),
          2,
        ),
      },
      notLoaded: {
        rendered: summarize(
          switches.map((s) => s.notLoaded.rendered),
          2,
        ),
        laidOut: summarize(
          switches.map((s) => s.notLoaded.laidOut),
          2,
        ),
      },
    };
  }

  if (runs('heap')) {
    log('JS heap per 100 widgets …');
    writePage('memory.html', bundleOnlyPage());
    results.heapPer100 = {};
    for (const element of elements) {
      const bytes = await repeat(RUNS, () => heapPer100(browser, `${origin}/${PAGES_DIR}/memory.html`, element));
      results.heapPer100[element.tag] = summarize(
        bytes.map((b) => b / 1024),
        0,
      );
    }
  }

  if (runs('layout')) {
    log('Layout shift of the demo page …');
    writePage('demo-without-blocking.html', demoWithoutRenderBlocking());
    const withoutBlocking = `${origin}/${PAGES_DIR}/demo-without-blocking.html`;
    const conditions = [
      ['phone', origin + DEMO, {}],
      ['phone, slow 4G and 4× slower CPU', origin + DEMO, { slow: true }],
      ['phone, script 1 s late', origin + DEMO, { lateScript: true }],
      ['desktop, script 1 s late', origin + DEMO, { viewport: DESKTOP, lateScript: true }],
      ['phone, script 1 s late, no blocking="render" (as in Firefox)', withoutBlocking, { lateScript: true }],
      [
        'desktop, script 1 s late, no blocking="render" (as in Firefox)',
        withoutBlocking,
        { viewport: DESKTOP, lateScript: true },
      ],
    ];
    results.layoutShift = [];
    for (const [condition, url, options] of conditions) {
      const loads = await repeat(RUNS, () => layoutShift(browser, url, options));
      results.layoutShift.push({
        condition,
        ...summarize(
          loads.map((l) => l.cls),
          4,
        ),
        shifted: [...new Set(loads.flatMap((l) => l.shifts.map((s) => s.sources)))],
      });
    }
  }

  if (runs('lighthouse')) {
    log('Lighthouse on the demo page …');
    const audits = await repeat(RUNS, () => lighthouseRun(CHROMIUM, origin + DEMO));
    results.lighthouse = {
      version: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
      scores: Object.fromEntries(
        Object.keys(audits[0].scores).map((c) => [
          c,
          summarize(
            audits.map((a) => a.scores[c]),
            0,
          ),
        ]),
      ),
      metrics: Object.fromEntries(
        Object.keys(audits[0].metrics).map((m) => [
          m,
          summarize(
            audits.map((a) => a.metrics[m]),
            3,
          ),
        ]),
      ),
      failing: [...new Set(audits.flatMap((a) => a.failing))],
    };
  }
} finally {
  await browser.close();
  await stop();
}

writeFileSync(reduced ? 'bench/results-reduced.json' : 'bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTables(results);
if (!reduced) updateReadme(results);
// The demo page must not move while the widgets load: any layout shift fails the run.
const shifted = (results.layoutShift ?? []).filter((s) => s.max > 0);
if (shifted.length) {
  console.error(`bench: layout shift is not 0 in: ${shifted.map((s) => `${s.condition} (max ${s.max})`).join('; ')}`);
  process.exitCode = 1;
}
