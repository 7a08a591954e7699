// WCAG: 1.1.1, 1.3.1, 1.3.2, 3.1.2, 4.1.2, 4.1.3
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../support/defined.js';
import { setLocale } from '../../src/index.js';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';
import { captureConsole, settled } from '../support/helpers.js';
import {
  type Utterance,
  cellsWithHeaders,
  composedElements,
  decorationRead,
  flatten,
  langOf,
  orderProblems,
  readAll,
  readTwice,
  unnamedGraphics,
} from '../support/speech.js';

/*
 * What a screen reader says in each widget of the registry (issue 25, part 1), from @guidepup/virtual-screen-reader
 * over the widget's composed tree (test/support/speech.ts says how). Each state's spoken sequence is a reviewed
 * snapshot in test/a11y/speech/ (`KETAMINE_UPDATE_SPEECH=1` rewrites them); the rules that matter are asserted
 * on their own: headings and their levels, disclosure states, list counts, table headers, nothing read twice,
 * no decoration read, the reading order against the boxes on screen, the `actions` slot, the error panel.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

/** A clinic's link in the `actions` slot, as a webmaster adds it. */
const ACTION = 'Book a visit at our clinic';

/** The day the snapshots' visit summaries were made (the widget's `today`, instead of the reader's clock). */
const SNAPSHOT_DAY = '2026-12-07';

async function show(name: WidgetName, options: { expanded?: boolean; content?: unknown } = {}): Promise<Widget> {
  const el = document.createElement(tagOf(name)) as unknown as Widget;
  for (const [attribute, value] of Object.entries(WIDGETS[name].example)) el.setAttribute(attribute, value);
  if (options.expanded) el.setAttribute('expanded', '');
  if (options.content !== undefined) Object.assign(el, { [WIDGETS[name].content.property]: options.content });
  // The visit summary's date, pinned as the stories pin it: the snapshots must not change at midnight.
  if ('today' in el) Object.assign(el, { today: SNAPSHOT_DAY });
  const action = document.createElement('a');
  action.slot = 'actions';
  action.href = 'https://clinic.example/book';
  action.textContent = ACTION;
  el.append(action);
  document.body.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Arabic-Indic digits as ASCII: WebKit's Intl writes Arabic numbers with them, Chromium's and Firefox's do not. */
const asciiDigits = (text: string) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));

/** The snapshot's text: what is said, with the language of any text not in the widget's own. */
function transcript(said: Utterance[], host: Element, locale: string): string {
  const lines = said
    .filter((u) => !u.phrase.startsWith('end of '))
    .map((u) => {
      const lang = u.node instanceof Text ? langOf(u.node) : locale;
      return lang && lang !== locale ? `[${lang}] ${u.phrase}` : u.phrase;
    });
  const cells = cellsWithHeaders(host);
  const text = [...lines, ...(cells.length ? ['', '# Table cells with the headers read with them', ...cells] : [])];
  return asciiDigits(`${text.join('\n')}\n`);
}

async function expectSnapshot(name: string, text: string): Promise<void> {
  const { expected, updated } = (await executeServerCommand('ketamine-speech-snapshot', { name, text })) as {
    expected: string | null;
    updated: boolean;
  };
  if (updated) return;
  expect(expected, `test/a11y/speech/${name} is missing: run with KETAMINE_UPDATE_SPEECH=1, review, commit`).to.be.a(
    'string',
  );
  expect(text, `what is said differs from test/a11y/speech/${name}`).to.equal(expected);
}

const headingLevel = (el: Element) => Number(el.getAttribute('aria-level') ?? el.localName.slice(1));

/** The rules every state keeps, whatever the words. */
function expectSpokenRules(said: Utterance[], host: Element, rtl = false): void {
  expect(readTwice(said), 'read twice').to.deep.equal([]);
  expect(decorationRead(said), 'decoration read').to.deep.equal([]);
  expect(unnamedGraphics(host), 'graphics a reader reaches without a name').to.deep.equal([]);
  expect(orderProblems(said, rtl), 'reading order against the visual order').to.deep.equal([]);
  for (const { phrase, node } of said) {
    if (phrase.startsWith('heading, ') && node instanceof Element) {
      expect(phrase, 'heading level').to.match(new RegExp(`, level ${headingLevel(node)}$`));
    }
    if (node instanceof HTMLElement && node.localName === 'summary') {
      const open = (node.parentElement as HTMLDetailsElement).open;
      expect(phrase, 'disclosure state').to.match(open ? /, expanded$/ : /, not expanded$/);
    }
    if (node instanceof HTMLLIElement && node.parentElement && /^listitem/.test(phrase)) {
      const count = [...node.parentElement.children].filter((c) => c.localName === 'li').length;
      expect(phrase, 'list count').to.include(`set size ${count}`);
    }
  }
  const cells = cellsWithHeaders(host).filter((line) => line.includes('(no '));
  expect(cells, 'table cells read without a row or column header').to.deep.equal([]);
}

/** Where in the sequence a real node of the widget is read. */
const indexWhere = (said: Utterance[], test: (node: Node) => boolean) =>
  said.findIndex((u) => u.node !== undefined && test(u.node));
const insidePart = (part: string) => (node: Node) => {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest(`[part~="${part}"]`);
};

describe('what a screen reader says', () => {
  afterEach(async () => {
    document.querySelectorAll(WIDGET_NAMES.map(tagOf).join(', ')).forEach((el) => el.remove());
    await setLocale('en');
  });

  for (const name of WIDGET_NAMES) {
    describe(`<${tagOf(name)}>`, () => {
      it('first view: headings, closed disclosures, the actions link after the content and before the fine print', async () => {
        const el = await show(name);
        const said = await readAll(flatten(el));
        expectSpokenRules(said, el);
        const summaries = said.filter((u) => u.node instanceof HTMLElement && u.node.localName === 'summary');
        expect(summaries.length, 'disclosures read').to.be.greaterThan(0);
        expect(
          summaries.every((u) => u.phrase.endsWith('not expanded')),
          'closed at first',
        ).to.equal(true);
        const actions = said.filter((u) => u.phrase === `link, ${ACTION}`);
        expect(actions.length, 'the actions link, read once').to.equal(1);
        const action = said.indexOf(actions[0]!);
        const footer = indexWhere(said, insidePart('footer'));
        const content = said
          .slice(0, footer)
          .filter((u) => u.node instanceof Text && !insidePart('actions')(u.node) && u.phrase !== ACTION);
        const lastContent = said.lastIndexOf(content[content.length - 1]!);
        expect(footer, 'the fine print is read').to.be.greaterThan(-1);
        expect(action > lastContent && action < footer, 'actions between the content and the fine print').to.equal(
          true,
        );
        await expectSnapshot(`${name}.first-view.txt`, transcript(said, el, 'en'));
      });

      it('expanded: every disclosure open and read as expanded, with the footnotes and their back links', async () => {
        const el = await show(name, { expanded: true });
        const said = await readAll(flatten(el));
        expectSpokenRules(said, el);
        const summaries = said.filter((u) => u.node instanceof HTMLElement && u.node.localName === 'summary');
        expect(summaries.length, 'disclosures read').to.be.greaterThan(0);
        expect(summaries.filter((u) => !u.phrase.endsWith(', expanded')).map((u) => u.phrase)).to.deep.equal([]);
        // Each numbered source cited in the text has a back link from its entry in the open "Sources (N)".
        const numbers = (pattern: RegExp) =>
          [...new Set(said.map((u) => pattern.exec(u.phrase)?.[1]).filter(Boolean))].sort().join(' ');
        const cited = numbers(/^link, Source (\d+)$/);
        expect(numbers(/^link, Back to where source (\d+) is cited$/), 'back links').to.equal(cited);
        await expectSnapshot(`${name}.expanded.txt`, transcript(said, el, 'en'));
      });

      it('Arabic: read right to left in order, the widget marked lang="ar"', async () => {
        await setLocale('ar');
        const el = await show(name);
        const root = el.shadowRoot!.querySelector('.root')!;
        expect(root.getAttribute('lang')).to.equal('ar');
        expect(root.getAttribute('dir')).to.equal('rtl');
        const said = await readAll(flatten(el));
        expectSpokenRules(said, el, true);
        const firstText = said.find((u) => u.node instanceof Text);
        expect(firstText && langOf(firstText.node!), 'the first text is in Arabic').to.equal('ar');
        await expectSnapshot(`${name}.ar.txt`, transcript(said, el, 'ar'));
      });

      it('invalid clinic content: one error panel, read once, announced once', async () => {
        let el!: Widget;
        await captureConsole('error', async () => {
          el = await show(name, { content: { 'not-a-field': 42 } });
        });
        const live = composedElements(el).filter(
          (e) =>
            e.getAttribute('role') === 'alert' ||
            (e.hasAttribute('aria-live') && e.getAttribute('aria-live') !== 'off'),
        );
        expect(live.length, 'one live region').to.equal(1);
        const panel = live[0]!;
        let changes = 0;
        const observer = new MutationObserver((records) => (changes += records.length));
        observer.observe(panel, { subtree: true, childList: true, characterData: true });
        el.requestUpdate();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        observer.disconnect();
        expect(changes, 'the panel is not rewritten (a live region announces each change)').to.equal(0);
        const said = await readAll(flatten(el));
        expectSpokenRules(said, el);
        const title = panel.querySelector('.error-title')?.textContent?.trim();
        expect(title, 'the panel has a title').to.be.a('string');
        expect(said.filter((u) => u.phrase === title).length, 'its title read once').to.equal(1);
        expect(
          said.map((u) => u.phrase),
          'the alert is not also named by its title',
        ).not.to.include(`alert, ${title}`);
        await expectSnapshot(`${name}.error.txt`, transcript(said, el, 'en'));
      });
    });
  }
});
