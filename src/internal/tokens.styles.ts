import { css } from 'lit';

/*
 * Design tokens shared by every widget. Public `--ketamine-*` custom
 * properties feed private `--_*` ones, so a clinic can brand a widget from
 * its own stylesheet. Font family and size inherit from the host page on
 * purpose; nothing else does: `all: initial` on the host blocks the rest, and
 * again on `.root` inside, since page CSS that reaches the host itself (a
 * `* { … !important }` rule) would otherwise flow in by inheritance.
 */

const darkTokens = css`
  --_text: var(--ketamine-color-text, #e6edf0);
  --_muted: var(--ketamine-color-muted, #b4c2c8);
  --_bg: var(--ketamine-color-background, #142024);
  --_surface: var(--ketamine-color-surface, #1d2d32);
  --_border: var(--ketamine-color-border, #3f5960);
  --_accent: var(--ketamine-color-accent, #5fd0c5);
  --_on-accent: var(--ketamine-color-on-accent, #0b1f1d);
  --_link: var(--ketamine-color-link, #8cc8ff);
  --_focus: var(--ketamine-focus-color, #ffd166);
  --_scheme: dark;
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    all: initial;
    --_text: var(--ketamine-color-text, #1d2a30);
    --_muted: var(--ketamine-color-muted, #4b5b62);
    --_bg: var(--ketamine-color-background, #ffffff);
    --_surface: var(--ketamine-color-surface, #f1f6f6);
    --_border: var(--ketamine-color-border, #b9c8cb);
    --_accent: var(--ketamine-color-accent, #0b6e69);
    --_on-accent: var(--ketamine-color-on-accent, #ffffff);
    --_link: var(--ketamine-color-link, #0a5689);
    --_focus: var(--ketamine-focus-color, #1a56db);
    --_radius: var(--ketamine-radius, 0.75rem);
    --_space: var(--ketamine-space, 1rem);
    --_scheme: light;
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--ketamine-font-family, inherit);
    font-size: var(--ketamine-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  /* Every widget's one top element: the host's settings again, out of the page's reach. */
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    visibility: inherit;
    font-family: inherit;
    font-size: inherit;
    line-height: 1.5;
    color: var(--_text);
    color-scheme: var(--_scheme);
    text-align: start;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Each widget's outer box, and the room it keeps while its content loads (no layout shift). */
  .panel,
  .loading {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .loading {
    min-block-size: 24rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #222;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #666;
      --_link: #000;
      --_scheme: light;
      color-scheme: light;
    }
  }
`;
