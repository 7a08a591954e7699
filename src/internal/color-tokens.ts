import { unsafeCSS, type CSSResult } from 'lit';

/*
 * The colour tokens, one list for the three ways tokens.styles.ts declares them. Built as a string, so
 * this file sits apart: the build skips CSS minification in a file that calls unsafeCSS(), and the
 * declarations below are written compact.
 */

/** Each private colour token: its public property, then its light and dark defaults (all AA on `background`). */
const COLORS: Readonly<Record<string, readonly [string, string, string]>> = {
  text: ['--ketamine-color-text', '#1d2a30', '#e6edf0'],
  muted: ['--ketamine-color-muted', '#4b5b62', '#b4c2c8'],
  bg: ['--ketamine-color-background', '#ffffff', '#142024'],
  surface: ['--ketamine-color-surface', '#f1f6f6', '#1d2d32'],
  border: ['--ketamine-color-border', '#b9c8cb', '#3f5960'],
  accent: ['--ketamine-color-accent', '#0b6e69', '#5fd0c5'],
  'on-accent': ['--ketamine-color-on-accent', '#ffffff', '#0b1f1d'],
  link: ['--ketamine-color-link', '#0a5689', '#8cc8ff'],
  error: ['--ketamine-color-error', '#b3261e', '#ffb4ab'],
  focus: ['--ketamine-focus-color', '#1a56db', '#ffd166'],
};

/** `--_<name>: var(<public>, <default>)` for every colour, the default picked from its light and dark values. */
export const colorTokens = (pick: (light: string, dark: string) => string): CSSResult =>
  unsafeCSS(
    Object.entries(COLORS)
      .map(([name, [property, light, dark]]) => `--_${name}:var(${property},${pick(light, dark)});`)
      .join(''),
  );
