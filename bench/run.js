// `npm run bench`: how much the widgets cost a page, next to the two ways a
// clinic would embed the same content otherwise, measured in one run on this
// machine. Writes bench/results.json, prints the tables and refreshes the
// table of docs/size-and-speed.md. Timings on shared machines are noisy, so read the ratios
// (measured side by side, runs interleaved) more than the ms.
// BENCH_SECTIONS=first,layout (a comma list of render, first, prerendered, locale, heap, layout, lighthouse) runs
// fewer sections: a reduced run, written to bench/results-reduced.json, the docs left alone.
// `--smoke` (`npm run bench:smoke`, in CI): one run of each measure, written to bench/results-smoke.json,
// the docs left alone; it checks no timing, only that every section measured something.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { serveRepository } from '../scripts/lib/serve.js';
import {
  PAGES_DIR,
  benchElements,
  bundleOnlyPage,
  demoWithoutRenderBlocking,
  oneWidgetPage,
  framedWidgetPage,
  iframePage,
  resetPages,
  snapshotWidgets,
  staticDemoPage,
  staticPage,
  widgetsPage,
  writePage,
} from './pages.js';
import { DESKTOP, firstRender, heapPer100, layoutShift, localeSwitch, renderTime } from './measure.js';
import { lighthouseRun } from './lighthouse.js';
import { prerenderedBytes, writePrerenderedPage } from './prerender.js';
import { ratio, summarize } from './stats.js';
import { printTables, updateDocs } from './report.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`bench: no browser at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM to one.`);
}
const smoke = process.argv.includes('--smoke');
const RUNS = smoke ? 1 : Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const COUNTS = [1, 10, 100];
const DEMO = '/demo/index.html';
const SECTIONS = ['render', 'first', 'prerendered', 'locale', 'heap', 'layout', 'lighthouse'];
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
  ...(smoke ? { smoke: true } : {}),
};

try {
  resetPages();
  const elements = benchElements();

  if (runs('first')) {
    log('Time to the first widget shown: rendered by the CDN bundle, pre-rendered, and as static HTML …');
    const card = elements.find((e) => e.name === 'evidence-card') ?? elements[0];
    // Each page's URL path in each variant: the client-rendered one first, then the pre-rendered one (the same
    // page through `ketamine-widgets render`, its module script still loading after the HTML, without
    // `blocking="render"`), then the static one, made from a snapshot of its rendered widgets.
    const pages = [
      {
        label: `one \`<${card.tag}>\``,
        client: () => writePage('first-one-widget-client.html', oneWidgetPage(card)),
        prerendered: () => writePrerenderedPage('first-one-widget-prerendered.html', oneWidgetPage(card)),
        static: (snapshot) => writePage('first-one-widget-static.html', staticPage(card, 1, snapshot)),
      },
      {
        label: 'demo page',
        client: () => DEMO,
        prerendered: () => writePrerenderedPage('first-demo-prerendered.html', demoWithoutRenderBlocking()),
        static: (snapshot) => writePage('first-demo-static.html', staticDemoPage(snapshot)),
      },
    ];
    const variants = ['client', 'prerendered', 'static'];
    results.firstRender = { variants, pages: {} };
    for (const { label, ...made } of pages) {
      const urls = { client: made.client(), prerendered: made.prerendered() };
      const snapshot = await snapshotWidgets(browser, origin + urls.client);
      urls.static = made.static(snapshot);
      const times = Object.fromEntries(variants.map((variant) => [variant, []]));
      // Interleaved, in a rotating order, as for the render cost.
      for (let run = 0; run < RUNS; run += 1) {
        for (let i = 0; i < variants.length; i += 1) {
          const variant = variants[(i + run) % variants.length];
          times[variant].push(await firstRender(browser, origin + urls[variant]));
        }
      }
      const entry = { widgets: snapshot.widgets.length };
      for (const until of ['first', 'all']) {
        entry[until] = Object.fromEntries(variants.map((v) => [v, summarize(times[v].map((t) => t[until]))]));
        entry[until].perStatic = Object.fromEntries(
          variants.filter((v) => v !== 'static').map((v) => [v, ratio(entry[until][v], entry[until].static)]),
        );
      }
      results.firstRender.pages[label] = entry;
      const medians = (until) => variants.map((v) => `${v} ${entry[until][v].median}`).join(', ');
      log(`  ${label}: first widget (ms) ${medians('first')}; every widget ${medians('all')}`);
    }
  }

  if (runs('prerendered')) {
    log('Pre-rendered HTML per widget and locale …');
    results.prerenderedBytes = prerenderedBytes();
  }

  if (runs('render')) {
    log('Render cost: widgets vs static HTML vs iframes …');
    results.render = {};
    for (const element of elements) {
      const most = Math.max(...COUNTS);
      const snapshot = await snapshotWidgets(
        browser,
        origin + writePage(`widgets-${element.tag}-${most}.html`, widgetsPage(element, most)),
      );
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

const file = smoke ? 'bench/results-smoke.json' : reduced ? 'bench/results-reduced.json' : 'bench/results.json';
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
printTables(results);
if (smoke) {
  // No timing is checked (CI machines vary too much): only that every section measured something.
  const KEYS = {
    first: 'firstRender',
    prerendered: 'prerenderedBytes',
    render: 'render',
    locale: 'localeSwitch',
    heap: 'heapPer100',
    layout: 'layoutShift',
    lighthouse: 'lighthouse',
  };
  const numbers = (value) =>
    typeof value === 'number'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(numbers)
        : [];
  const empty = SECTIONS.filter(runs).filter((section) => {
    const found = numbers(results[KEYS[section]]);
    return found.length === 0 || !found.every(Number.isFinite);
  });
  if (empty.length) {
    console.error(`bench --smoke: no numbers (or not only numbers) from ${empty.join(', ')}`);
    process.exitCode = 1;
  } else log(`bench --smoke: every section measured (${SECTIONS.filter(runs).join(', ')}); see ${file}`);
} else {
  if (!reduced) updateDocs(results);
  // The demo page must not move while the widgets load: any layout shift fails the run.
  const shifted = (results.layoutShift ?? []).filter((s) => s.max > 0);
  if (shifted.length) {
    console.error(`bench: layout shift is not 0 in: ${shifted.map((s) => `${s.condition} (max ${s.max})`).join('; ')}`);
    process.exitCode = 1;
  }
}
