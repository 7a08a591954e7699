import '../support/robustness-instrument.js';
import { expect } from '@open-wc/testing';
import {
  CRITERION_IDS,
  HEADING_LEVELS,
  ORIENTATIONS,
  README_STUDY,
  README_TIMELINE,
  STEP_IDS,
  THEMES,
  THERAPY_IDS,
} from '../support/robustness-arbitraries.js';
import { settle } from '../support/robustness-fuzz.js';
import {
  ALL_WIDGETS,
  loadBundle,
  nextTask,
  renderSignature,
  trapConsole,
  uncaught,
  waitFor,
  warmUp,
  type ConsoleTrap,
  type Tag,
  type Widget,
} from '../support/robustness-page.js';

/**
 * Dev-friendly failures, on the built CDN bundle: a bad attribute value falls
 * back to its default and warns once per element and value (naming the
 * element, the attribute and the allowed values), however often it is set,
 * re-rendered or re-translated; bad content never throws, never leaves a
 * blank widget, and its error panel follows the page's language.
 */

const html = document.documentElement;

async function switchLocale(lang: string): Promise<void> {
  html.lang = lang;
  const want = lang.split('-')[0];
  await waitFor(() => window.KetamineWidgets?.getLocale().startsWith(want!), `locale ${lang}`, 5000);
  await nextTask();
}

function make(tag: Tag, attrs: Record<string, string>, json?: string): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (json !== undefined) el.innerHTML = `<script type="application/json">${json}</script>`;
  document.body.append(el);
  return el;
}

async function rendered(el: Widget): Promise<void> {
  await settle(el);
  await el.updateComplete;
}

interface BadValue {
  tag: Tag;
  /** Attributes that give valid content. */
  base: Record<string, string>;
  json?: string;
  attribute: string;
  bad: string;
  /** A valid value to switch to and back from. */
  good: string;
  allowed: readonly string[];
  /** What the widget shows with the default (the value it falls back to). */
  isDefault: (el: Widget) => boolean;
}

const root = (el: Widget) => el.shadowRoot!;
const CLINIC_STEPS = README_TIMELINE.steps.map((s) => s.id);

const BAD_VALUES: BadValue[] = [
  {
    tag: 'ketamine-evidence-card',
    base: { study: 'feder-2021-ptsd' },
    attribute: 'heading-level',
    bad: '9',
    good: '2',
    allowed: HEADING_LEVELS,
    isDefault: (el) => root(el).querySelector('[part~="headline"]')!.getAttribute('aria-level') === '3',
  },
  {
    tag: 'ketamine-evidence-card',
    base: { study: 'feder-2021-ptsd' },
    attribute: 'theme',
    bad: 'neon',
    good: 'dark',
    allowed: THEMES,
    isDefault: (el) => el.theme === 'auto' && el.getAttribute('theme') === 'auto',
  },
  {
    tag: 'ketamine-treatment-timeline',
    base: {},
    attribute: 'orientation',
    bad: 'diagonal',
    good: 'horizontal',
    allowed: ORIENTATIONS,
    isDefault: (el) => root(el).querySelector('[part~="list"]')!.getAttribute('data-orientation') === 'vertical',
  },
  {
    tag: 'ketamine-treatment-timeline',
    base: {},
    attribute: 'heading-level',
    bad: '0',
    good: '4',
    allowed: HEADING_LEVELS,
    isDefault: (el) =>
      [...root(el).querySelectorAll('[part~="title"]')].every((t) => t.getAttribute('aria-level') === '3'),
  },
  {
    tag: 'ketamine-treatment-timeline',
    base: {},
    attribute: 'theme',
    bad: 'Dark',
    good: 'light',
    allowed: THEMES,
    isDefault: (el) => el.theme === 'auto',
  },
  {
    tag: 'ketamine-treatment-timeline',
    base: {},
    attribute: 'current',
    bad: 'recovery',
    good: 'monitoring',
    allowed: STEP_IDS,
    isDefault: (el) => root(el).querySelector('[aria-current]') === null,
  },
  {
    tag: 'ketamine-treatment-timeline',
    base: {},
    json: JSON.stringify(README_TIMELINE),
    attribute: 'current',
    bad: 'monitoring',
    good: 'infusions',
    allowed: CLINIC_STEPS,
    isDefault: (el) => root(el).querySelector('[aria-current]') === null,
  },
  {
    tag: 'ketamine-therapy-comparison',
    base: {},
    attribute: 'therapies',
    bad: 'tms laser',
    good: 'ketamine cbt',
    allowed: THERAPY_IDS,
    isDefault: (el) =>
      [...root(el).querySelectorAll('thead th[data-therapy]')].map((th) => th.getAttribute('data-therapy')).join() ===
      THERAPY_IDS.join(),
  },
  {
    tag: 'ketamine-therapy-comparison',
    base: {},
    attribute: 'therapies',
    bad: 'ketamine cost',
    good: 'ssri',
    allowed: THERAPY_IDS,
    // Unknown ids are dropped, the known ones kept.
    isDefault: (el) =>
      [...root(el).querySelectorAll('thead th[data-therapy]')].map((th) => th.getAttribute('data-therapy')).join() ===
      'ketamine',
  },
  {
    tag: 'ketamine-therapy-comparison',
    base: {},
    attribute: 'criteria',
    bad: 'price',
    good: 'onset',
    allowed: CRITERION_IDS,
    isDefault: (el) => root(el).querySelectorAll('tbody tr[data-criterion]').length === CRITERION_IDS.length,
  },
  {
    tag: 'ketamine-therapy-comparison',
    base: {},
    attribute: 'highlight',
    bad: 'nope',
    good: 'cbt',
    allowed: THERAPY_IDS,
    isDefault: (el) => root(el).querySelector('[data-highlighted]') === null,
  },
  {
    tag: 'ketamine-therapy-comparison',
    base: {},
    attribute: 'heading-level',
    bad: 'h2',
    good: '5',
    allowed: HEADING_LEVELS,
    isDefault: (el) => root(el).querySelector('#cards-title')!.getAttribute('aria-level') === '3',
  },
];

describe('robustness: dev-friendly failures (built CDN bundle)', function () {
  this.timeout(60_000);
  let trap: ConsoleTrap;
  let seenUncaught: number;

  const durations: [string, number][] = [];
  before(async () => {
    await loadBundle();
    await warmUp();
  });
  after(() => {
    const total = durations.reduce((sum, [, ms]) => sum + ms, 0);
    const slowest = [...durations].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(
      `dev-friendly failures: ${durations.length} tests in ${(total / 1000).toFixed(1)} s; slowest: ` +
        slowest.map(([title, ms]) => `${title} ${(ms / 1000).toFixed(1)} s`).join(', '),
    );
  });
  beforeEach(() => {
    trap = trapConsole();
    seenUncaught = uncaught.length;
  });
  afterEach(async function () {
    durations.push([this.currentTest!.title, this.currentTest!.duration ?? 0]);
    trap.restore();
    document.querySelectorAll(ALL_WIDGETS).forEach((el) => el.remove());
    if (html.lang !== 'en') await switchLocale('en');
    expect(uncaught.slice(seenUncaught), 'uncaught errors').to.deep.equal([]);
  });

  describe('an unknown attribute value falls back to the default and warns once per element and value', () => {
    for (const c of BAD_VALUES) {
      it(`<${c.tag} ${c.attribute}="${c.bad}">${c.json ? ' (clinic steps)' : ''}`, async () => {
        const warningsFor = (el?: Widget) =>
          trap.warnings.filter(
            (args) => String(args[0]).includes(`${c.attribute}="${c.bad}"`) && (!el || args[1] === el),
          );
        const el = make(c.tag, { ...c.base, [c.attribute]: c.bad }, c.json);
        await rendered(el);
        expect(c.isDefault(el), 'falls back to the default').to.be.true;

        // The same bad value, again and again; valid and back; re-renders; other attributes; other languages.
        for (let i = 0; i < 5; i++) {
          el.setAttribute(c.attribute, c.bad);
          await el.updateComplete;
        }
        el.setAttribute(c.attribute, c.good);
        await el.updateComplete;
        expect(c.isDefault(el), `the valid value ${c.good} is used`).to.be.false;
        el.setAttribute(c.attribute, c.bad);
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        // Another attribute changes: a re-render for another reason.
        if (c.attribute === 'theme') el.setAttribute('heading-level', '4');
        else el.setAttribute('theme', 'dark');
        await el.updateComplete;
        for (const lang of ['es', 'ar', 'de-CH', 'en']) {
          await switchLocale(lang);
          await el.updateComplete;
        }
        el.removeAttribute(c.attribute);
        await el.updateComplete;
        el.setAttribute(c.attribute, c.bad);
        await el.updateComplete;
        // Moved elsewhere and back: connected again, same element.
        document.body.prepend(el);
        await el.updateComplete;
        expect(c.isDefault(el), 'still the default').to.be.true;

        const warnings = warningsFor(el);
        expect(warnings, 'one warning for this element and value').to.have.length(1);
        const message = String(warnings[0]![0]);
        expect(message).to.include(`<${c.tag}>`);
        expect(message).to.include(`${c.attribute}="${c.bad}"`);
        for (const allowed of c.allowed) expect(message).to.include(`"${allowed}"`);
        expect(
          trap.warnings.filter((args) => args[1] === el),
          'no other warning from this element',
        ).to.have.length(1);

        // Another element with the same bad value warns too: once.
        const other = make(c.tag, { ...c.base, [c.attribute]: c.bad }, c.json);
        await rendered(other);
        other.setAttribute(c.attribute, c.bad);
        await other.updateComplete;
        expect(warningsFor(other), 'the second element warns once, for itself').to.have.length(1);
        expect(trap.errors, 'no console errors').to.deep.equal([]);
      });
    }

    it('valid values and removed attributes never warn', async () => {
      const el = make('ketamine-treatment-timeline', {
        orientation: 'horizontal',
        theme: 'dark',
        'heading-level': '2',
        current: 'monitoring',
      });
      await rendered(el);
      for (const name of ['orientation', 'theme', 'heading-level', 'current']) {
        el.removeAttribute(name);
        await el.updateComplete;
      }
      const card = make('ketamine-evidence-card', { study: 'taylor-2018-sad', theme: 'light', 'heading-level': '6' });
      await rendered(card);
      card.removeAttribute('theme');
      card.removeAttribute('heading-level');
      await card.updateComplete;
      const table = make('ketamine-therapy-comparison', {
        therapies: 'ketamine ssri',
        criteria: 'onset',
        highlight: 'ssri',
        theme: 'dark',
      });
      await rendered(table);
      for (const name of ['therapies', 'criteria', 'highlight', 'theme', 'heading-level']) table.removeAttribute(name);
      await table.updateComplete;
      expect(trap.warnings.map((args) => String(args[0]))).to.deep.equal([]);
      expect(card.theme).to.equal('auto');
      expect(root(card).querySelector('[part~="headline"]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('bad content never throws and never leaves a blank widget', () => {
    const hostile = () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('get trap');
          },
          ownKeys() {
            throw new Error('ownKeys trap');
          },
          getPrototypeOf() {
            throw new Error('getPrototypeOf trap');
          },
        },
      );
    const throwingGetter = () =>
      Object.defineProperty({ ...README_STUDY }, 'headline', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });

    for (const [tag, property, value] of [
      ['ketamine-evidence-card', 'study', hostile],
      ['ketamine-evidence-card', 'study', throwingGetter],
      ['ketamine-treatment-timeline', 'steps', hostile],
      ['ketamine-treatment-timeline', 'steps', () => [hostile()]],
      ['ketamine-therapy-comparison', 'additions', hostile],
    ] as const) {
      it(`<${tag}> .${property} = ${value === hostile ? 'a proxy whose traps throw' : 'a value whose getters throw'}`, async () => {
        const el = document.createElement(tag) as Widget;
        let events = 0;
        el.addEventListener('ketamine-error', () => (events += 1));
        (el as unknown as Record<string, unknown>)[property] = value();
        document.body.append(el);
        await waitFor(() => root(el).querySelector('[part~="error"]'), 'error panel');
        await nextTask();
        expect(events).to.equal(1);
        expect(root(el).querySelector('[part~="base"]')).to.equal(null);
        expect(root(el).querySelectorAll('[part~="error"] li').length).to.be.greaterThan(0);
        expect(trap.errors).to.have.length(1);
      });
    }
  });

  describe('the error panel and the inline JSON through language changes and detached edits', () => {
    it('the issues follow the page language, with no new event', async () => {
      const inputs: [Tag, string][] = [
        [
          'ketamine-evidence-card',
          JSON.stringify({
            ...README_STUDY,
            participants: 'ten',
            citation: { ...README_STUDY.citation, url: 'javascript:alert(1)' },
          }),
        ],
        ['ketamine-treatment-timeline', JSON.stringify({ steps: [{ id: 'Bad Id', title: 'x' }] })],
        [
          'ketamine-therapy-comparison',
          JSON.stringify({ sources: [{ id: 'x', citation: 'X', url: 'data:text/html,x' }] }),
        ],
      ];
      for (const [tag, json] of inputs) {
        const el = make(tag, {}, json);
        let events = 0;
        el.addEventListener('ketamine-error', () => (events += 1));
        await waitFor(() => root(el).querySelector('[part~="error"]'), 'error panel');
        for (const lang of ['es', 'fr', 'ar', 'en']) {
          await switchLocale(lang);
          const fresh = make(tag, {}, json);
          await waitFor(
            () => fresh.shadowRoot?.querySelector('[part~="error"]') && renderSignature(el) === renderSignature(fresh),
            () =>
              `<${tag}> in ${lang}: the error panel is not the one a fresh widget shows\n${renderSignature(el).slice(0, 2000)}`,
          );
          fresh.remove();
        }
        expect(events, 'one ketamine-error, for the content; none for the language changes').to.equal(1);
        el.remove();
      }
    });

    it('a "study" attribute removed (or .study = null) hands over to the inline JSON, which stays live', async () => {
      const el = make('ketamine-evidence-card', { study: 'feder-2021-ptsd' }, '{"id": "bad"}');
      await rendered(el);
      el.removeAttribute('study');
      await waitFor(() => root(el).querySelector('[part~="error"]'), 'the bad JSON shows its error panel');
      el.querySelector('script')!.textContent = JSON.stringify(README_STUDY);
      await waitFor(() => root(el).textContent!.includes('Our first 10 patients'), 'the edited JSON shows');
      el.study = null;
      el.querySelector('script')!.textContent = '{"id": "bad again"}';
      await waitFor(() => root(el).querySelector('[part~="error"]'), 'the JSON edited after .study = null shows');
    });

    it('inline JSON edited while the widget is out of the page shows when it is back', async () => {
      for (const [tag, before, after, shows] of [
        ['ketamine-evidence-card', '{"id": "bad"}', JSON.stringify(README_STUDY), 'Our first 10 patients'],
        [
          'ketamine-treatment-timeline',
          JSON.stringify(README_TIMELINE),
          JSON.stringify({ steps: [{ id: 'call', title: 'Phone call', description: 'We call.' }] }),
          'Phone call',
        ],
        [
          'ketamine-therapy-comparison',
          '{}',
          JSON.stringify({ criteria: [{ id: 'parking', label: 'Parking', cells: {} }] }),
          'Parking',
        ],
      ] as const) {
        const el = make(tag, {}, before);
        await rendered(el);
        el.remove();
        el.querySelector('script')!.textContent = after;
        await nextTask();
        document.body.append(el);
        await waitFor(
          () => root(el).textContent!.includes(shows),
          `<${tag}> shows the JSON edited while it was out of the page`,
        );
        el.remove();
        el.querySelector('script')!.remove();
        document.body.append(el);
        await waitFor(
          () => !root(el).textContent!.includes(shows),
          `<${tag}> drops the JSON removed while it was out of the page`,
        );
      }
    });
  });
});
