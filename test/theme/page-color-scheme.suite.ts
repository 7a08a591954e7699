// WCAG: 1.4.3
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
// The axe build that @open-wc/testing's `accessible()` loads; it registers `window.axe`.
import 'axe-core/axe.min.js';
import { WIDGETS, WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { settled } from '../support/helpers.js';
import '../support/defined.js';

/**
 * `theme="auto"` follows the page's colour scheme, not only the system's (issue 15). One suite,
 * run twice: by page-color-scheme.test.ts in the normal (light-system) browsers and by
 * page-color-scheme.system-dark-test.ts in browsers launched with a dark system (the
 * "system-dark" group of web-test-runner.config.js). Every registered widget is on the page;
 * the page's own declaration (`color-scheme` on :root, or `<meta name="color-scheme">`) changes
 * between tests, and each widget panel's resolved colours are read back.
 */
type Scheme = 'light' | 'dark';

/** The default tokens (src/internal/tokens.styles.ts) as computed style gives them back. */
const PANEL: Record<Scheme, string> = {
  light: 'text rgb(29, 42, 48) on rgb(255, 255, 255)',
  dark: 'text rgb(230, 237, 240) on rgb(20, 32, 36)',
};

/** How the page declares its colour schemes: nothing, the CSS property on :root, or the meta tag. */
type Declaration = { via: 'nothing' } | { via: 'css' | 'meta'; value: string };

function declare(declaration: Declaration): void {
  document.documentElement.style.removeProperty('color-scheme');
  document.head.querySelector('meta[name="color-scheme"]')?.remove();
  if (declaration.via === 'css') document.documentElement.style.setProperty('color-scheme', declaration.value);
  if (declaration.via === 'meta') {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = declaration.value;
    document.head.append(meta);
  }
}

const describeDeclaration = (d: Declaration) =>
  d.via === 'nothing' ? 'declares nothing' : `declares "${d.value}" via ${d.via === 'css' ? 'CSS on :root' : 'meta'}`;

/**
 * axe's colour-contrast rule alone, over a widget's shadow DOM: the widgets' own tests run every rule
 * (in light and dark); here twelve full runs per browser would not fit a busy machine's time limits.
 */
async function contrastProblems(el: HTMLElement): Promise<string[]> {
  const { axe } = window as unknown as { axe: { run(el: Element, options: RunOptions): Promise<AxeResults> } };
  const { violations } = await axe.run(el, {
    runOnly: { type: 'rule', values: ['color-contrast'] },
    resultTypes: ['violations'],
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary ?? v.help}`));
}

export function pageColorSchemeSuite(system: Scheme): void {
  const other: Scheme = system === 'light' ? 'dark' : 'light';

  /** Fails loudly when the browser's launch setting (or its default) no longer gives the system scheme we expect. */
  const expectSystem = () =>
    expect(
      matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      'the system colour scheme this browser was launched with',
    ).to.equal(system);

  describe(`theme: the page's colour scheme, system ${system}`, () => {
    const widgets: HTMLElement[] = [];
    const panel = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    const background = (el: HTMLElement) => getComputedStyle(panel(el)).backgroundColor;
    const panelColors = (el: HTMLElement) => `text ${getComputedStyle(panel(el)).color} on ${background(el)}`;
    const expectAll = (scheme: Scheme, why: string) => {
      for (const el of widgets) expect(panelColors(el), `<${el.localName}> ${why}`).to.equal(PANEL[scheme]);
    };

    before(async () => {
      for (const name of WIDGET_NAMES) {
        const el = document.createElement(tagOf(name));
        for (const [k, v] of Object.entries(WIDGETS[name].example)) el.setAttribute(k, v);
        document.body.append(el);
        widgets.push(el);
      }
      await Promise.all(widgets.map((el) => settled(el, '[part~="base"]')));
    });
    afterEach(() => {
      declare({ via: 'nothing' });
      for (const el of widgets) {
        el.removeAttribute('theme');
        el.style.removeProperty('--ketamine-color-background');
        el.style.removeProperty('--ketamine-color-text');
      }
    });
    after(() => widgets.forEach((el) => el.remove()));

    it('every registered widget is on the page, rendered', () => {
      expectSystem();
      expect(widgets.map((el) => el.localName)).to.deep.equal(WIDGET_NAMES.map(tagOf));
      for (const el of widgets) expect(panel(el), el.localName).to.exist;
    });

    const cases: [Declaration, Scheme][] = [
      [{ via: 'nothing' }, 'light'],
      [{ via: 'css', value: 'light' }, 'light'],
      [{ via: 'meta', value: 'light' }, 'light'],
      [{ via: 'css', value: 'light dark' }, system],
      [{ via: 'meta', value: 'light dark' }, system],
      [{ via: 'css', value: 'dark' }, 'dark'],
      [{ via: 'meta', value: 'dark' }, 'dark'],
    ];
    for (const [declaration, expected] of cases) {
      it(`theme="auto": a page that ${describeDeclaration(declaration)} gets ${expected} widgets`, () => {
        expectSystem();
        declare(declaration);
        expectAll(expected, `on a page that ${describeDeclaration(declaration)}`);
      });
    }

    for (const forced of ['light', 'dark'] as const) {
      for (const page of [
        { via: 'nothing' },
        { via: 'css', value: 'light dark' },
        { via: 'css', value: 'dark' },
      ] as const) {
        it(`theme="${forced}" forces ${forced} on a page that ${describeDeclaration(page)}`, () => {
          expectSystem();
          declare(page);
          for (const el of widgets) el.setAttribute('theme', forced);
          expectAll(forced, `theme="${forced}"`);
        });
      }
    }

    it(`a clinic's --ketamine-color-background wins in both schemes`, () => {
      expectSystem();
      declare({ via: 'css', value: 'light dark' });
      for (const el of widgets) el.style.setProperty('--ketamine-color-background', 'rgb(1, 2, 3)');
      for (const theme of ['auto', 'light', 'dark']) {
        for (const el of widgets) {
          el.setAttribute('theme', theme);
          expect(background(el), `<${el.localName}> theme="${theme}"`).to.equal('rgb(1, 2, 3)');
        }
      }
    });

    it(`a clinic's light-dark() value resolves from the widget's scheme`, () => {
      expectSystem();
      declare({ via: 'nothing' });
      for (const el of widgets)
        el.style.setProperty('--ketamine-color-background', 'light-dark(rgb(1, 1, 1), rgb(2, 2, 2))');
      for (const [theme, expected] of [
        ['auto', 'rgb(1, 1, 1)'],
        ['dark', 'rgb(2, 2, 2)'],
      ] as const) {
        for (const el of widgets) {
          el.setAttribute('theme', theme);
          expect(background(el), `<${el.localName}> theme="${theme}"`).to.equal(expected);
        }
      }
    });

    for (const scheme of [system, other]) {
      const page: Declaration = scheme === system ? { via: 'css', value: 'light dark' } : { via: 'nothing' };
      const theme = scheme === system ? 'auto' : scheme;
      WIDGET_NAMES.forEach((name, i) => {
        it(`<${tagOf(name)}> passes axe's colour contrast in ${scheme}: theme="${theme}", page ${describeDeclaration(page)}`, async () => {
          expectSystem();
          declare(page);
          const el = widgets[i]!;
          el.setAttribute('theme', theme);
          expect(panelColors(el), 'before axe').to.equal(PANEL[scheme]);
          expect(await contrastProblems(el)).to.deep.equal([]);
        });
      });
    }

    it('browsers without light-dark(): the fallback is light, unless theme="dark"', () => {
      expectSystem();
      declare({ via: 'css', value: 'light dark' });
      // An engine without light-dark() applies only the @supports-not block's rules: put them last in each widget.
      for (const el of widgets) {
        const sheets = el.shadowRoot!.adoptedStyleSheets;
        const fallback = sheets
          .flatMap((sheet) => [...sheet.cssRules])
          .find((r): r is CSSSupportsRule => r instanceof CSSSupportsRule && /not.*light-dark/.test(r.conditionText));
        expect(fallback, `<${el.localName}>: the @supports not (light-dark) block`).to.exist;
        const older = new CSSStyleSheet();
        for (const rule of fallback!.cssRules) older.insertRule(rule.cssText, older.cssRules.length);
        el.shadowRoot!.adoptedStyleSheets = [...sheets, older];
      }
      try {
        expectAll('light', 'theme="auto", without light-dark()');
        for (const el of widgets) el.setAttribute('theme', 'dark');
        expectAll('dark', 'theme="dark", without light-dark()');
      } finally {
        for (const el of widgets) el.shadowRoot!.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets.slice(0, -1);
      }
    });

    it('the contrast check catches text that fails AA (light grey on white)', async () => {
      expectSystem();
      const el = widgets[0]!;
      el.setAttribute('theme', 'light');
      el.style.setProperty('--ketamine-color-text', '#d0d0d0');
      expect(await contrastProblems(el)).to.not.be.empty;
    });
  });
}
