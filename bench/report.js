// Tables of bench/results.json: the full set for the terminal, a short one for docs/size-and-speed.md.
import { SIZE_AND_SPEED, markdownTable as table, replaceDocSection } from '../scripts/lib/doc-section.js';
const spread = (s, unit = '') => `${s.median}${unit} (${s.min}–${s.max})`;

function renderRows(results) {
  return Object.entries(results.render).flatMap(([tag, byCount]) =>
    Object.entries(byCount).map(([count, r]) => [
      `${count} × \`<${tag}>\``,
      spread(r.widgets, ' ms'),
      spread(r.static, ' ms'),
      spread(r.iframe, ' ms'),
      `${r.widgetsPerStatic}×`,
      `${r.widgetsPerIframe}×`,
    ]),
  );
}

const UNTIL = { first: 'first widget', all: 'every widget' };

function firstRenderRows(results) {
  const { variants } = results.firstRender;
  return Object.entries(results.firstRender.pages).flatMap(([page, r]) =>
    Object.entries(UNTIL).map(([until, label]) => [
      page,
      label,
      ...variants.map((v) => spread(r[until][v], ' ms')),
      ...Object.values(r[until].perStatic).map((x) => `${x}×`),
    ]),
  );
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

function prerenderedTable(bytes) {
  const locales = Object.keys(Object.values(bytes)[0]);
  return table(
    ['widget', ...locales],
    Object.entries(bytes).map(([tag, byLocale]) => [
      `\`<${tag}>\``,
      ...locales.map((l) => `${kB(byLocale[l].gzip)} (${kB(byLocale[l].raw)})`),
    ]),
  );
}

/** The sections a run measured (a reduced run has only some), each a list of lines. */
const SECTIONS = {
  firstRender: (results) => [
    'Time to widgets shown: navigation → their content on screen (to the frame); client = rendered by the CDN bundle, prerendered = the same page through `ketamine-widgets render` (script loading after the HTML), static = the same content as static HTML; runs interleaved',
    table(
      [
        'page',
        'until',
        ...results.firstRender.variants,
        ...results.firstRender.variants.filter((v) => v !== 'static').map((v) => `${v} / static`),
      ],
      firstRenderRows(results),
    ),
  ],
  prerenderedBytes: (results) => [
    'Pre-rendered HTML per widget (the registry example) and locale: gzip (raw), kB',
    prerenderedTable(results.prerenderedBytes),
  ],
  render: (results) => [
    'Render cost: navigation → every widget rendered',
    table(
      ['page', 'widgets', 'static HTML', 'iframe each', 'widgets / static', 'widgets / iframe'],
      renderRows(results),
    ),
  ],
  localeSwitch: (results) => [
    `Locale switch on the demo page (${results.localeSwitch.widgets} widgets), from setLocale() on`,
    table(
      ['locale', 'every widget re-rendered', 'page laid out again'],
      [
        [
          'already loaded (fr)',
          spread(results.localeSwitch.loaded.rendered, ' ms'),
          spread(results.localeSwitch.loaded.laidOut, ' ms'),
        ],
        [
          'not loaded yet (fr)',
          spread(results.localeSwitch.notLoaded.rendered, ' ms'),
          spread(results.localeSwitch.notLoaded.laidOut, ' ms'),
        ],
      ],
    ),
  ],
  heapPer100: (results) => [
    'JS heap added by 100 widgets (after garbage collection)',
    table(
      ['element', 'heap per 100'],
      Object.entries(results.heapPer100).map(([tag, s]) => [`\`<${tag}>\``, spread(s, ' KiB')]),
    ),
  ],
  layoutShift: (results) => [
    'Layout shift of the demo page (sum of every shift from the first paint until all widgets show)',
    table(
      ['condition', 'layout shift', 'what moved'],
      results.layoutShift.map((s) => [s.condition, spread(s), s.shifted.join('; ') || 'nothing']),
    ),
  ],
  lighthouse: (results) => [
    `Lighthouse ${results.lighthouse.version} on the demo page (mobile defaults)`,
    table(
      ['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
      [
        [
          ...Object.values(results.lighthouse.scores).map((s) => spread(s)),
          `${Math.round(results.lighthouse.metrics.lcp.median)} ms`,
          `${Math.round(results.lighthouse.metrics.tbt.median)} ms`,
          String(results.lighthouse.metrics.cls.median),
        ],
      ],
    ),
    results.lighthouse.failing.length ? `Audits losing points: ${results.lighthouse.failing.join(', ')}` : '',
  ],
};

export function printTables(results) {
  const out = [
    `Benchmark: ${results.date}, ${results.browser}, ${results.machine.cpus} × ${results.machine.cpu}; median (min–max) of ${results.runs} runs`,
    ...Object.entries(SECTIONS).flatMap(([key, lines]) => (results[key] ? ['', ...lines(results)] : [])),
  ];
  console.log(out.join('\n'));
}

/** Rewrites the benchmark table of docs/size-and-speed.md (between its markers) from these results. */
export function updateDocs(results) {
  const hundred = results.render['ketamine-evidence-card'][100];
  const first = results.firstRender.pages;
  const shown = (r) =>
    `${r.client.median} ms (${r.perStatic.client}× static); pre-rendered ${r.prerendered.median} ms (${r.perStatic.prerendered}×); static HTML ${r.static.median} ms`;
  const card = results.prerenderedBytes['ketamine-evidence-card'];
  const gzip = Object.values(card).map((b) => b.gzip);
  const ls = results.localeSwitch;
  const lh = results.lighthouse.scores;
  const short = table(
    ['measure', 'result'],
    [
      ...Object.entries(first).flatMap(([page, r]) => [
        [`First widget shown, ${page}`, shown(r.first)],
        ...(r.widgets > 1 ? [[`Every widget shown, ${page} (${r.widgets} widgets)`, shown(r.all)]] : []),
      ]),
      [
        'Pre-rendered HTML of one evidence card (gzip, six languages)',
        `${kB(Math.min(...gzip))}–${kB(Math.max(...gzip))} kB`,
      ],
      [
        '100 evidence cards rendered',
        `${hundred.widgets.median} ms; static HTML ${hundred.static.median} ms (${hundred.widgetsPerStatic}×); 100 iframes ${hundred.iframe.median} ms (${hundred.widgetsPerIframe}×)`,
      ],
      [
        `Locale switch, demo page (${ls.widgets} widgets), until every widget has re-rendered`,
        `${ls.loaded.rendered.median} ms already loaded; ${ls.notLoaded.rendered.median} ms with its chunks to fetch`,
      ],
      ['JS heap per 100 evidence cards', `${results.heapPer100['ketamine-evidence-card'].median} KiB`],
      [
        'Layout shift, demo page',
        `${Math.max(...results.layoutShift.map((s) => s.max))} in every run of ${results.layoutShift.length} conditions (phone, desktop, slow network, late script)`,
      ],
      [
        `Lighthouse ${results.lighthouse.version}, demo page (mobile)`,
        `performance ${lh.performance.median}, accessibility ${lh.accessibility.median}, best practices ${lh['best-practices'].median}, SEO ${lh.seo.median}`,
      ],
    ],
  );
  const note = `Medians of ${results.runs} runs, ${results.date.slice(0, 10)}, ${results.browser} on ${results.machine.cpus} shared cores.`;
  replaceDocSection(SIZE_AND_SPEED, 'bench', `${short}\n\n${note}`);
}
