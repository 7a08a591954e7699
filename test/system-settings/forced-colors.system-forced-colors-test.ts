// WCAG: 1.4.3, 1.4.11
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { registryWidget } from '../support/registry-widget.js';
import { expectSystemSetting } from '../support/system-setting.js';
import { settled } from '../support/helpers.js';
import '../support/defined.js';

/**
 * Only in the "system-forced-colors" group (web-test-runner.config.js): browsers launched with forced colours,
 * as a Windows high-contrast theme or Firefox's "override the page's colours" gives them. WebKitGTK has no
 * forced-colours mode (docs/accessibility-tests.md#system-settings): there each test is skipped, and counted.
 */
const FORCED = '(forced-colors: active)';

/** The CSS system colours, of which forced colours paint every text and border. */
const SYSTEM_COLOURS = [
  ...['CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonText', 'ButtonBorder', 'FieldText'],
  ...['GrayText', 'HighlightText', 'MarkText', 'SelectedItemText', 'AccentColorText', 'Canvas', 'ButtonFace'],
  ...['Field', 'Highlight', 'Mark', 'SelectedItem', 'AccentColor'],
];

/** The system colours as computed style gives them back inside `root` (in the widget's colour scheme). */
function systemColours(root: ShadowRoot): Set<string> {
  const probe = document.createElement('span');
  root.querySelector('[part~="base"]')!.append(probe);
  const colours = new Set(
    SYSTEM_COLOURS.map((keyword) => {
      probe.style.color = keyword;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  return colours;
}

/** Elements with their own text whose colour is not a system colour (the author's colour survived). */
function authorColouredText(root: ShadowRoot): string[] {
  const system = systemColours(root);
  return [...root.querySelectorAll('*')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .map((el) => [el, getComputedStyle(el).color] as const)
    .filter(([, colour]) => !system.has(colour))
    .map(([el, colour]) => `${el.localName}.${el.getAttribute('class') ?? ''}: ${colour}`);
}

describe('forced colours, set by the system', () => {
  for (const name of WIDGET_NAMES) {
    it(`<${tagOf(name)}>, every disclosure open, in theme light and dark: text in system colours, and axe passes`, async function () {
      expectSystemSetting(this, FORCED, ['webkit']);
      const el = await registryWidget(name, { expanded: true });
      try {
        for (const theme of ['light', 'dark']) {
          el.setAttribute('theme', theme);
          await el.updateComplete;
          expect(authorColouredText(el.shadowRoot!), `theme="${theme}"`).to.deep.equal([]);
          // Not axe's colour-contrast rule: it reads `-webkit-text-fill-color`, which Chromium computes from the
          // author's colour while it paints the text in the forced one (docs/accessibility-tests.md).
          await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
        }
      } finally {
        el.remove();
      }
    });
  }

  it('<ketamine-safety-facts> keeps each section outlined, in a system colour', async function () {
    expectSystemSetting(this, FORCED, ['webkit']);
    const el = await registryWidget('safety-facts', { expanded: true });
    try {
      const system = systemColours(el.shadowRoot!);
      const sections = [...el.shadowRoot!.querySelectorAll('details[part~="section"]')];
      expect(sections.length, 'sections').to.be.greaterThan(0);
      for (const section of sections) {
        const style = getComputedStyle(section);
        expect(style.borderTopStyle).to.equal('solid');
        expect(system.has(style.borderTopColor), `border colour ${style.borderTopColor}`).to.equal(true);
      }
    } finally {
      el.remove();
    }
  });

  it("<ketamine-how-it-works> draws the diagram's circles in the system's text colour", async function () {
    expectSystemSetting(this, FORCED, ['webkit']);
    const el = await registryWidget('how-it-works');
    try {
      const node = el.shadowRoot!.querySelector('svg.row circle')!;
      // The system colour CanvasText, resolved in the widget's colour scheme.
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      el.shadowRoot!.querySelector('.root')!.append(probe);
      expect(getComputedStyle(node).stroke).to.equal(getComputedStyle(probe).color);
    } finally {
      el.remove();
    }
  });

  it('<ketamine-visit-prep> keeps the QR code black on white, and its buttons outlined, in the dark theme too', async function () {
    expectSystemSetting(this, FORCED, ['webkit']);
    const el = document.createElement('ketamine-visit-prep');
    Object.assign(el, { additions: { clinic: { name: 'Riverside Clinic', url: 'https://example.org/ketamine' } } });
    el.setAttribute('theme', 'dark');
    document.body.append(el);
    try {
      // The QR encoder is a lazy chunk: wait for the code itself, not only the widget.
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="qr"] path'), 'the QR code was not drawn', {
        timeout: 10000,
      });
      const qr = el.shadowRoot!.querySelector('[part~="qr"]')!;
      expect(getComputedStyle(qr.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(qr.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
      const button = el.shadowRoot!.querySelector<HTMLElement>('.button')!;
      expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
    } finally {
      el.remove();
    }
  });

  it('<ketamine-therapy-comparison rows="questions">, as narrow cards: the highlighted answer keeps its edge', async function () {
    expectSystemSetting(this, FORCED, ['webkit']);
    const box = document.createElement('div');
    box.style.inlineSize = '320px';
    document.body.append(box);
    try {
      const el = document.createElement('ketamine-therapy-comparison');
      el.setAttribute('rows', 'questions');
      el.setAttribute('highlight', 'ketamine');
      el.setAttribute('expanded', '');
      box.append(el);
      await settled(el, '[part~="base"]');
      const edge = getComputedStyle(el.shadowRoot!.querySelector('.fact.highlighted')!);
      expect([edge.borderInlineStartStyle, edge.borderInlineStartWidth]).to.deep.equal(['solid', '3px']);
    } finally {
      box.remove();
    }
  });
});
