/**
 * The rows of the "Design tokens" docs page (design-tokens.mdx): every public `--ketamine-*` custom
 * property, its light and dark defaults read from the list the widgets' styles are built from
 * (src/internal/color-tokens.ts), and what it styles in each widget, read from custom-elements.json (each
 * element's JSDoc header). Nothing is copied by hand, so the page cannot drift from the CSS.
 */
import { COLOR_TOKENS, SHAPE_TOKENS } from '../src/internal/color-tokens.js';
import { declarations } from './manifest.js';

/** What the token styles, and the widgets whose JSDoc says so in these words. */
export interface TokenUse {
  description: string;
  tags: string[];
}

export interface TokenRow {
  property: string;
  light: string;
  dark: string;
  /** A colour, shown with swatches. */
  color: boolean;
  /** What the token styles, per widget that documents it (widgets that say the same share a line). */
  uses: TokenUse[];
}

const widgets = declarations.filter((d) => d.tagName);

function usesOf(property: string): TokenUse[] {
  const byDescription = new Map<string, string[]>();
  for (const d of widgets) {
    const description = d.cssProperties?.find((p) => p.name === property)?.description;
    if (description !== undefined)
      byDescription.set(description, [...(byDescription.get(description) ?? []), d.tagName!]);
  }
  return [...byDescription].map(([description, tags]) => ({ description, tags }));
}

const shared = new Set<string>([
  ...Object.values(COLOR_TOKENS).map(([property]) => property),
  ...Object.values(SHAPE_TOKENS).map(([property]) => property),
]);

/**
 * Tokens one widget adds to the shared ones (the comparison's table height): their default lives in that
 * widget's styles and its JSDoc, the same in both schemes.
 */
const ownTokens: TokenRow[] = [
  ...new Map(
    widgets.flatMap((d) => (d.cssProperties ?? []).filter((p) => !shared.has(p.name)).map((p) => [p.name, p] as const)),
  ).values(),
].map((p) => ({ property: p.name, light: p.default ?? '', dark: p.default ?? '', color: false, uses: usesOf(p.name) }));

export const TOKEN_ROWS: readonly TokenRow[] = [
  ...Object.values(COLOR_TOKENS).map(([property, light, dark]) => ({
    property,
    light,
    dark,
    color: true,
    uses: usesOf(property),
  })),
  ...Object.values(SHAPE_TOKENS).map(([property, value]) => ({
    property,
    light: value,
    dark: value,
    color: false,
    uses: usesOf(property),
  })),
  ...ownTokens,
];
