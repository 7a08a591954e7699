import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { settled } from '../support/helpers.js';
import { nextTask } from './hosts.js';

/**
 * The reader events (src/internal/controllers/reader-events.ts), in every widget: each fires once, with its
 * detail, on the reader's or the page's action, bubbling and composed (a listener on `document` hears it);
 * none on the first render, on `expanded`, on print's opening of disclosures or on taking over a pre-rendered
 * widget; and nothing goes over the network.
 */

const NAMES = [
  'ketamine-toggle',
  'ketamine-source-follow',
  'ketamine-locale-change',
  'ketamine-print',
  'ketamine-action',
] as const;

interface Heard {
  type: string;
  detail: Record<string, unknown>;
  target: EventTarget | null;
  bubbles: boolean;
  composed: boolean;
}

let heard: Heard[] = [];
const hear = (event: Event): void => {
  const { type, target, bubbles, composed } = event;
  heard.push({ type, target, bubbles, composed, detail: (event as CustomEvent<Record<string, unknown>>).detail });
};
const ofType = (type: string): Heard[] => heard.filter((h) => h.type === type);

/** Every way the library could send something, counted instead of sent. */
let sent: string[] = [];
const originals = { fetch: window.fetch, sendBeacon: navigator.sendBeacon, open: XMLHttpRequest.prototype.open };

let widgets: HTMLElement[] = [];
async function add(tag: string, inner = '', attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = inner;
  document.body.append(el);
  widgets.push(el);
  await settled(el);
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return el;
}

/** Lets queued `toggle` events and updates arrive, so a second (wrong) event would be heard too. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await nextTask();
};

/** What a widget needs to show its content: the card, a study. */
const NEEDS: Partial<Record<string, Record<string, string>>> = { 'evidence-card': { study: 'feder-2021-ptsd' } };
const addWidget = (name: string, attributes: Record<string, string> = {}): Promise<HTMLElement> =>
  add(`ketamine-${name}`, '', { ...NEEDS[name], ...attributes });

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const disclosure = (el: HTMLElement, section: string): HTMLDetailsElement =>
  root(el).querySelector<HTMLDetailsElement>(`details[data-section="${section}"]`)!;

/** Keeps a followed source link from opening a tab: the event still reaches the widget. */
const keepPage = (event: Event): void => {
  if ((event.composedPath()[0] as Element).closest?.('a[target="_blank"]')) event.preventDefault();
};

beforeEach(() => {
  heard = [];
  sent = [];
  for (const name of NAMES) document.addEventListener(name, hear);
  document.addEventListener('click', keepPage, true);
  window.fetch = (input) => {
    sent.push(`fetch ${String(input)}`);
    return originals.fetch.call(window, input);
  };
  navigator.sendBeacon = (url) => (sent.push(`beacon ${String(url)}`), false);
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    sent.push(`xhr ${String(url)}`);
    originals.open.call(this, method, url, true);
  };
});

afterEach(async () => {
  for (const name of NAMES) document.removeEventListener(name, hear);
  document.removeEventListener('click', keepPage, true);
  window.fetch = originals.fetch;
  navigator.sendBeacon = originals.sendBeacon;
  XMLHttpRequest.prototype.open = originals.open;
  for (const el of widgets) el.remove();
  widgets = [];
  await setLocale('en');
});

describe('reader events', () => {
  it('fire nothing on the first render, expanded or not, and send nothing', async () => {
    for (const name of WIDGET_NAMES) {
      await addWidget(name);
      await addWidget(name, { expanded: '' });
    }
    await settle();
    expect(heard).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
  });

  it('ketamine-toggle: every disclosure of every widget, by its stable id, once per click', async () => {
    for (const name of WIDGET_NAMES) {
      const el = await addWidget(name);
      const all = [...root(el).querySelectorAll('details')];
      const sections = all.map((details) => details.dataset['section']);
      expect(
        sections.every((id) => id && /^[a-z0-9-]+$/.test(id)),
        `${name}: ${sections.join()}`,
      ).to.be.true;
      expect(new Set(sections).size, `${name}: unique ids`).to.equal(all.length);
      for (const details of all) {
        heard = [];
        const open = !details.open;
        details.querySelector('summary')!.click();
        await settle();
        expect(
          heard.map((h) => [h.type, h.detail]),
          `${name} ${details.dataset['section']}`,
        ).to.deep.equal([['ketamine-toggle', { widget: tagOf(name), section: details.dataset['section'], open }]]);
        expect(heard[0]).to.include({ target: el, bubbles: true, composed: true });
      }
    }
    expect(sent).to.deep.equal([]);
  });

  it('ketamine-toggle: Enter and Space on a summary', async () => {
    const el = await add('ketamine-safety-facts');
    const effects = disclosure(el, 'effects');
    effects.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ofType('ketamine-toggle').length === 1, 'Enter toggles');
    await sendKeys({ press: ' ' });
    await waitUntil(() => ofType('ketamine-toggle').length === 2, 'Space toggles');
    await settle();
    expect(heard.map((h) => h.detail)).to.deep.equal([
      { widget: 'ketamine-safety-facts', section: 'effects', open: true },
      { widget: 'ketamine-safety-facts', section: 'effects', open: false },
    ]);
  });

  it('ketamine-toggle: not for expanded, print or a footnote opening a disclosure', async () => {
    const el = await add('ketamine-safety-facts');
    (el as HTMLElement & { expanded: boolean }).expanded = true;
    await settle();
    (el as HTMLElement & { expanded: boolean }).expanded = false;
    await settle();
    expect(heard).to.deep.equal([]);
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await settle();
    expect(heard.map((h) => h.type)).to.deep.equal(['ketamine-print']);
    heard = [];
    // The footnote opens the closed "Sources (N)": a source followed, not a toggle.
    disclosure(el, 'rules').querySelector<HTMLAnchorElement>('a.footnote')!.click();
    await settle();
    expect(disclosure(el, 'sources').open).to.be.true;
    expect(heard.map((h) => h.type)).to.deep.equal(['ketamine-source-follow']);
  });

  it('the timeline keeps ketamine-step-toggle beside ketamine-toggle', async () => {
    const el = await add('ketamine-treatment-timeline');
    const steps: unknown[] = [];
    el.addEventListener('ketamine-step-toggle', (event) => steps.push(event.detail));
    disclosure(el, 'monitoring').querySelector('summary')!.click();
    await settle();
    expect(steps).to.deep.equal([{ id: 'monitoring', open: true }]);
    expect(heard.map((h) => h.detail)).to.deep.equal([
      { widget: 'ketamine-treatment-timeline', section: 'monitoring', open: true },
    ]);
  });

  it('ketamine-source-follow: a footnote, a DOI, a PubMed and a web link', async () => {
    const el = await add('ketamine-safety-facts');
    const footnote = disclosure(el, 'rules').querySelector<HTMLAnchorElement>('a.footnote')!;
    const n = Number(footnote.dataset['source']);
    footnote.click();
    await settle();
    expect(heard.map((h) => h.detail)).to.deep.equal([
      { widget: 'ketamine-safety-facts', kind: 'footnote', href: `#source-${n}`, source: n },
    ]);
    expect(heard[0]).to.include({ target: el, bubbles: true, composed: true });
    for (const kind of ['doi', 'pubmed'] as const) {
      heard = [];
      const link = root(el).querySelector<HTMLAnchorElement>(`a[data-kind="${kind}"]`)!;
      const source = Number(link.closest('li.source')!.id.replace('source-', ''));
      link.click();
      await settle();
      expect(heard.map((h) => h.detail)).to.deep.equal([
        { widget: 'ketamine-safety-facts', kind, href: link.getAttribute('href'), source },
      ]);
    }
    // The card has no numbered list: no `source`.
    const card = await add('ketamine-evidence-card', '', { study: 'feder-2021-ptsd' });
    heard = [];
    const cardLink = root(card).querySelector<HTMLAnchorElement>('a[data-kind="doi"]')!;
    cardLink.click();
    await settle();
    expect(heard.map((h) => h.detail)).to.deep.equal([
      { widget: 'ketamine-evidence-card', kind: 'doi', href: cardLink.getAttribute('href') },
    ]);
    heard = [];
    const web = await add(
      'ketamine-treatment-timeline',
      `<script type="application/json">${JSON.stringify({
        steps: [
          {
            id: 'intake',
            title: 'Fictional intake',
            description: 'Fictional.',
            details: 'Fictional details.',
            sources: [{ citation: 'Fictional protocol', url: 'https://example.org/protocol' }],
          },
        ],
      })}</script>`,
    );
    heard = [];
    root(web).querySelector<HTMLAnchorElement>('a[data-kind="web"]')!.click();
    await settle();
    expect(heard.map((h) => h.detail)).to.deep.equal([
      { widget: 'ketamine-treatment-timeline', kind: 'web', href: 'https://example.org/protocol', source: 1 },
    ]);
    // A back link or a click on plain text is no source followed.
    heard = [];
    root(el).querySelector<HTMLAnchorElement>('a.back')!.click();
    root(el).querySelector<HTMLElement>('.citation')!.click();
    await settle();
    expect(heard).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
  });

  it('ketamine-locale-change: once per widget when it shows another language', async () => {
    await add('ketamine-safety-facts');
    await add('ketamine-evidence-summary');
    await setLocale('es');
    await waitUntil(() => ofType('ketamine-locale-change').length === 2, 'both widgets in Spanish');
    await setLocale('es');
    await settle();
    expect(heard.map((h) => h.detail)).to.have.deep.members([
      { widget: 'ketamine-safety-facts', locale: 'es' },
      { widget: 'ketamine-evidence-summary', locale: 'es' },
    ]);
    expect(heard.every((h) => h.bubbles && h.composed)).to.be.true;
    heard = [];
    await setLocale('en');
    await waitUntil(() => ofType('ketamine-locale-change').length === 2, 'both back in English');
    await settle();
    expect(heard.map((h) => h.detail)).to.have.deep.members([
      { widget: 'ketamine-safety-facts', locale: 'en' },
      { widget: 'ketamine-evidence-summary', locale: 'en' },
    ]);
  });

  it('ketamine-print: once per widget per print', async () => {
    const facts = await add('ketamine-safety-facts');
    const card = await add('ketamine-evidence-card', '', { study: 'feder-2021-ptsd' });
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await settle();
    expect(heard.map((h) => [h.target, h.detail])).to.deep.equal([
      [facts, { widget: 'ketamine-safety-facts' }],
      [card, { widget: 'ketamine-evidence-card' }],
    ]);
    expect(heard.every((h) => h.bubbles && h.composed)).to.be.true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(ofType('ketamine-print')).to.have.length(4);
  });

  it("ketamine-action: the actions slot's link or button, and nothing else", async () => {
    const el = await add(
      'ketamine-safety-facts',
      `<p slot="actions">Fictional: <button type="button">Book a consultation</button></p>`,
    );
    const action = el.querySelector('button')!;
    action.click();
    await settle();
    expect(heard.map((h) => [h.type, h.target, h.bubbles, h.composed, h.detail])).to.deep.equal([
      ['ketamine-action', el, true, true, { widget: 'ketamine-safety-facts' }],
    ]);
    heard = [];
    el.querySelector('p')!.click();
    root(el).querySelector<HTMLElement>('[part~="base"]')!.click();
    await settle();
    expect(heard).to.deep.equal([]);
    action.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heard.length === 1, 'Enter on the button');
    expect(sent).to.deep.equal([]);
  });

  it('fire nothing when a pre-rendered widget is taken over, in English or Spanish', async () => {
    for (const locale of ['en', 'es']) {
      const response = await originals.fetch.call(window, `/prerendered/safety-facts.html?expanded=&locale=${locale}`);
      const prerendered = await response.text();
      const switching = setLocale(locale);
      const holder = document.createElement('div');
      widgets.push(holder);
      document.body.append(holder);
      holder.setHTMLUnsafe(prerendered);
      const el = holder.querySelector('ketamine-safety-facts')!;
      await switching;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await settle();
      expect(heard, locale).to.deep.equal([]);
      // And once taken over, the reader's click counts.
      disclosure(el as HTMLElement, 'effects')
        .querySelector('summary')!
        .click();
      await settle();
      expect(heard.map((h) => h.detail)).to.deep.equal([
        { widget: 'ketamine-safety-facts', section: 'effects', open: false },
      ]);
      heard = [];
      holder.remove();
    }
  });
});
