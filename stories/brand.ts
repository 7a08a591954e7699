/**
 * "Brand your widgets": one fictional clinic's theme, set only through `--ketamine-*` tokens and `::part`
 * rules in a page-level stylesheet, as a clinic would write it in its site's CSS. Every widget's
 * "Brand your widgets" story applies this one stylesheet and shows it as the story's source.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import { settled } from './support.js';

/**
 * Sunrise Clinic's (fictional) theme. Each colour is `light-dark(light, dark)`, so light and dark widgets
 * each get a readable pair: every text colour is AA (4.5:1 or more) on the background and the surface.
 */
export const BRAND_CSS = `/* Sunrise Clinic: the ketamine widgets in the clinic's colours and shapes. */
.sunrise-clinic {
  --ketamine-font-family: Georgia, 'Times New Roman', serif;
  --ketamine-radius: 0.25rem;
  --ketamine-space: 1.25rem;
  --ketamine-color-text: light-dark(#2b2230, #f3ecf6);
  --ketamine-color-muted: light-dark(#5a4a64, #cdbfd6);
  --ketamine-color-background: light-dark(#fffcf8, #1d1723);
  --ketamine-color-surface: light-dark(#f6eff9, #2b2133);
  --ketamine-color-border: light-dark(#c7b2d4, #5e4a6b);
  --ketamine-color-accent: light-dark(#6b2d8c, #d6b1f0);
  --ketamine-color-on-accent: light-dark(#ffffff, #2a0f3a);
  --ketamine-color-link: light-dark(#5c2a8a, #e6ccfb);
  --ketamine-color-error: light-dark(#a8231b, #ffb4ab);
  --ketamine-focus-color: light-dark(#c2410c, #fdba74);
}

/* The widget's box: a soft shadow, as the clinic's other cards have. */
.sunrise-clinic *::part(base) {
  box-shadow: 0 0.25rem 1rem rgb(60 20 80 / 0.15);
}

/* Headings in the clinic's accent colour. */
.sunrise-clinic ketamine-evidence-card::part(headline),
.sunrise-clinic ketamine-evidence-summary::part(heading),
.sunrise-clinic ketamine-how-it-works::part(heading),
.sunrise-clinic ketamine-safety-facts::part(title),
.sunrise-clinic ketamine-therapy-comparison::part(caption),
.sunrise-clinic ketamine-treatment-timeline::part(title) {
  color: var(--ketamine-color-accent);
  letter-spacing: 0.01em;
}

/* Toggles ("Sources (N)", "More details") look like the clinic's links. */
.sunrise-clinic *::part(sources-toggle),
.sunrise-clinic *::part(details-toggle) {
  text-decoration: underline dotted;
  text-underline-offset: 0.2em;
}

/* The fine print set apart by a double rule. */
.sunrise-clinic *::part(footer) {
  border-block-start: 3px double var(--ketamine-color-border);
  padding-block-start: 0.75rem;
}
`;

/** The source a docs reader copies: the stylesheet, then the widget inside the clinic's page. */
const source = (markup: string): string =>
  `<style>\n${BRAND_CSS}</style>\n\n<div class="sunrise-clinic">\n  ${markup}\n</div>`;

/**
 * A widget's "Brand your widgets" story: `render` inside the clinic's page, with its stylesheet; `markup`
 * is the same widget as HTML, for the docs. Its play function checks that a token and a part rule reach
 * inside the widget.
 */
export function brandStory<Args>(tag: string, render: (args: Args) => TemplateResult, markup: string): StoryObj<Args> {
  return {
    render: (args) =>
      html`${unsafeHTML(`<style>${BRAND_CSS}</style>`)}
        <div class="sunrise-clinic">${render(args)}</div>`,
    parameters: {
      docs: {
        description: {
          story:
            'A clinic palette and shapes from the page’s own stylesheet: `--ketamine-*` custom properties and ' +
            '`::part()` rules only, with `light-dark()` so light and dark widgets each stay readable. The same ' +
            'stylesheet brands every widget; see also the Design tokens page.',
        },
        source: { code: source(markup), language: 'html' },
      },
    },
    play: async ({ canvasElement }) => {
      const root = await settled(canvasElement, tag);
      const base = getComputedStyle(root.querySelector('[part~="base"]')!);
      await expect(base.fontFamily).toContain('Georgia');
      await expect(base.boxShadow).not.toBe('none');
      await expect(getComputedStyle(root.querySelector('[part~="footer"]')!).borderBlockStartStyle).toBe('double');
    },
  };
}
