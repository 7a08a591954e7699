// The code the builder hands out for one choice, as text: what the README's "For webmasters" and "SRI"
// sections recommend, for exactly the chosen widget. Every chosen value is escaped; nothing here is HTML
// the builder renders (it shows the code as text).
import { MAIN, snippet } from '../../scripts/lib/sri-snippet.js';
import type { IntegrityManifest } from '../../scripts/lib/integrity.js';
import type { BuilderWidget } from './catalog.js';

/** An attribute's chosen value: `true` for a boolean that is on, the text otherwise. */
export type AttributeValue = string | true;

export interface Choice {
  widget: BuilderWidget;
  /** Only the attributes the tag carries: set, and not the widget's default. */
  attributes: ReadonlyArray<readonly [string, AttributeValue]>;
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The folder that holds ketamine-widgets.js, ending in `/`. */
  base: string;
  /** With it, the SRI snippet (import map and `integrity`) instead of the plain script tag. */
  integrity?: IntegrityManifest | undefined;
  /** The widget as the server renders it (a declarative shadow root inside the tag). */
  prerendered?: string | undefined;
  fallback: { href: string; text: string };
}

/**
 * The room each widget's tag keeps before it has drawn itself: the README's "No layout shift" CSS (and
 * demo/index.html's copy of it, which test/builder/ compares with this).
 */
export const RESERVED_BLOCK_SIZE: Readonly<Record<string, string>> = {
  'evidence-card': '26rem',
  'how-it-works': '42rem',
  'safety-facts': '42rem',
  'evidence-summary': '42rem',
  'treatment-timeline': '56rem',
  'therapy-comparison': '56rem',
};
const DEFAULT_BLOCK_SIZE = '26rem';

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replaceAll('"', '&quot;');

/** ` name="value"` pairs of an opening tag; a boolean on is the bare name. */
export const attributeText = (attributes: Choice['attributes']): string =>
  attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/** A link a visitor may follow: http(s) or a path on the clinic's own site; never `javascript:` or `data:`. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  try {
    const { protocol } = new URL(trimmed, 'https://clinic.invalid/');
    return protocol === 'https:' || protocol === 'http:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

const fallbackLink = ({ href, text }: Choice['fallback']): string => {
  const safe = safeHref(href);
  return safe && text.trim() ? `<a href="${escapeAttribute(safe)}">${escapeText(text.trim())}</a>` : '';
};

const scriptTag = (base: string): string =>
  `<script type="module" blocking="render" src="${escapeAttribute(base + MAIN)}"></script>`;

const reservedRoom = (widget: BuilderWidget): string =>
  [
    '<style>',
    `  ${widget.tag}:not(:defined) {`,
    '    display: block;',
    `    min-block-size: ${RESERVED_BLOCK_SIZE[widget.name] ?? DEFAULT_BLOCK_SIZE};`,
    '  }',
    '</style>',
  ].join('\n');

/** What goes once into the page's `<head>`: the script (or the SRI snippet) and the reserved room. */
export const headCode = (choice: Choice): string =>
  [
    choice.integrity ? snippet(choice.integrity, choice.base) : scriptTag(choice.base),
    reservedRoom(choice.widget),
  ].join('\n');

/** The tag with its attributes and the fallback link inside; the pre-rendered shadow root first, if chosen. */
export function tagCode(choice: Choice): string {
  const { tag } = choice.widget;
  const link = fallbackLink(choice.fallback);
  const close = `</${tag}>`;
  // The renderer's answer may end in Lit's marker comments: the link goes just before the closing tag.
  const at = choice.prerendered?.lastIndexOf(close) ?? -1;
  if (choice.prerendered && at >= 0) {
    return `${choice.prerendered.slice(0, at)}${link ? `\n  ${link}\n` : ''}${choice.prerendered.slice(at)}`;
  }
  return link
    ? `<${tag}${attributeText(choice.attributes)}>\n  ${link}\n${close}`
    : `<${tag}${attributeText(choice.attributes)}>${close}`;
}

/** Everything to paste, in order: the language note, the head part, then the tag. */
export const pageCode = (choice: Choice): string =>
  [
    `<!-- ketamine-widgets follow the page's language: <html lang="${escapeAttribute(choice.locale)}" dir="${choice.dir}"> -->`,
    headCode(choice),
    '',
    tagCode(choice),
  ].join('\n');

/** A page holding just that snippet ("Try it"). */
export const tryItPage = (choice: Choice): string =>
  [
    '<!doctype html>',
    `<html lang="${escapeAttribute(choice.locale)}" dir="${choice.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${choice.widget.tag}</title>`,
    headCode(choice),
    '</head>',
    '<body>',
    tagCode(choice),
    '</body>',
    '</html>',
  ].join('\n');

/** The WordPress shortcode: the attributes the plugin takes (its catalog's), written as its README shows. */
export function shortcode(choice: Choice): string {
  const offered = new Set(choice.widget.attributes.filter((a) => a.wordpress).map((a) => a.name));
  return `[${choice.widget.shortcode}${attributeText(choice.attributes.filter(([name]) => offered.has(name)))}]`;
}
