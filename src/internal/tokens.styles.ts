import { css } from 'lit';
import { colorTokens, shapeTokens } from './color-tokens.js';

/*
 * Design tokens shared by every widget. Public `--ketamine-*` custom
 * properties feed private `--_*` ones, so a clinic can brand a widget from
 * its own stylesheet. Font family and size inherit from the host page on
 * purpose, and so does `color-scheme` (for `theme="auto"`); nothing else
 * does: `all: initial` on the host blocks the rest, and again on `.root`
 * inside, since page CSS that reaches the host itself (a `* { … !important }`
 * rule) would otherwise flow in by inheritance.
 *
 * Each colour is `light-dark(light, dark)`, resolved on every element from
 * its used colour scheme: the page's `color-scheme` (or its
 * `<meta name="color-scheme">`) under `auto`, the one `theme` forces otherwise.
 */

export const tokens = css`
  :host {
    all: initial;
    color-scheme: inherit;
    ${colorTokens((light, dark) => `light-dark(${light},${dark})`)}
    ${shapeTokens()}
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Browsers without light-dark() (before 2024): light, unless theme="dark" forces dark. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${colorTokens((light) => light)}
    }
    :host([theme='dark']) {
      ${colorTokens((_light, dark) => dark)}
    }
  }
  :host([hidden]) {
    display: none;
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
    color-scheme: inherit;
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
  /* Black on white on paper, whatever the scheme or theme (the selector outranks :host([theme])). */
  @media print {
    :host,
    :host([theme]) {
      --_text: #000;
      --_muted: #222;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #666;
      --_link: #000;
      color-scheme: light;
    }
  }
`;
