import { unsafeCSS, type CSSResult } from 'lit';

/*
 * The shared design tokens, one list for tokens.styles.ts (all the ways it declares them) and for
 * Storybook's "Design tokens" page. Built as strings, so this file sits apart: the build skips CSS
 * minification in a file that calls unsafeCSS(), and the declarations below are written compact.
 */

/** Each private colour token: its public property, then its light and dark defaults (all AA on `background`). */
export const COLOR_TOKENS = {
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
} as const satisfies Readonly<Record<string, readonly [`--ketamine-${string}`, string, string]>>;

/** The tokens that are the same in both schemes: the host declaration each feeds, its public property and default. */
export const SHAPE_TOKENS = {
  'font-family': ['--ketamine-font-family', 'inherit'],
  'font-size': ['--ketamine-font-size', '1rem'],
  '--_radius': ['--ketamine-radius', '0.75rem'],
  '--_space': ['--ketamine-space', '1rem'],
} as const satisfies Readonly<Record<string, readonly [`--ketamine-${string}`, string]>>;

/** `--_<name>: var(<public>, <default>)` for every colour, the default picked from its light and dark values. */
export const colorTokens = (pick: (light: string, dark: string) => string): CSSResult =>
  unsafeCSS(
    Object.entries(COLOR_TOKENS)
      .map(([name, [property, light, dark]]) => `--_${name}:var(${property},${pick(light, dark)});`)
      .join(''),
  );

/** `<declaration>: var(<public>, <default>)` for every token the same in both schemes. */
export const shapeTokens = (): CSSResult =>
  unsafeCSS(
    Object.entries(SHAPE_TOKENS)
      .map(([declaration, [property, value]]) => `${declaration}:var(${property},${value});`)
      .join(''),
  );
