import { emulateMedia } from '@web/test-runner-commands';

/**
 * Print or screen media for the widgets, in every engine.
 *
 * Chromium's driver (CDP) emulates the media type for real. Firefox's (WebDriver BiDi) and WebKit's
 * (WebDriver classic) have no command for it, so there the `@media print` rules of every stylesheet on
 * the page, adopted ones in shadow roots included, are switched on by rewriting their media lists
 * (`print` → `all`, `screen` → `not all`) until `setMedia('screen')`. The engine then applies the widgets'
 * real print declarations, selectors and all; only the media type match itself is simulated.
 */
export async function setMedia(media: 'print' | 'screen'): Promise<void> {
  if (hasMediaEmulation()) {
    await emulateMedia({ media });
    return;
  }
  if (media === 'print') rewriteMediaRules();
  else restoreMediaRules();
}

/**
 * Whether the driver emulates media types: Chromium's, over CDP. Puppeteer over WebDriver BiDi (Firefox)
 * throws "CDP support is required" and @web/test-runner-webdriver (WebKit) has no such command.
 */
export const hasMediaEmulation = (): boolean => / (Headless)?Chrome\//.test(navigator.userAgent);

const rewritten = new Map<MediaList, string>();

const PRINT_MEDIUM: [RegExp, string][] = [
  [/^\s*(only\s+)?print\b/i, 'all'],
  [/^\s*(only\s+)?screen\b/i, 'not all'],
  [/^\s*not\s+print\b/i, 'not all'],
  [/^\s*not\s+screen\b/i, 'all'],
];

function rewriteMediaRules(): void {
  for (const sheet of allStyleSheets()) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not the widgets'
    }
    forEachMediaRule(rules, (list) => {
      const media = [...list];
      const printed = media.map((m) => PRINT_MEDIUM.reduce((text, [re, to]) => text.replace(re, to), m));
      if (printed.join() === media.join()) return;
      if (!rewritten.has(list)) rewritten.set(list, list.mediaText);
      list.mediaText = printed.join(', ');
    });
  }
}

function restoreMediaRules(): void {
  for (const [list, text] of rewritten) list.mediaText = text;
  rewritten.clear();
}

function forEachMediaRule(rules: CSSRuleList, fn: (media: MediaList) => void): void {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) fn(rule.media);
    if (rule instanceof CSSImportRule) fn(rule.media);
    if ('cssRules' in rule) forEachMediaRule((rule as CSSGroupingRule).cssRules, fn);
  }
}

/** The page's stylesheets and the adopted ones of every (nested) open shadow root. */
function allStyleSheets(): Set<CSSStyleSheet> {
  const sheets = new Set<CSSStyleSheet>();
  const visit = (root: Document | ShadowRoot) => {
    for (const sheet of root.styleSheets) sheets.add(sheet);
    for (const sheet of root.adoptedStyleSheets) sheets.add(sheet);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return sheets;
}
