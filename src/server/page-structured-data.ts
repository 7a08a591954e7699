/**
 * Adds the page's structured data (src/server/structured-data.ts) to a page as one
 * `<script type="application/ld+json">`: at the end of its `<head>` when the page writes one, else just before
 * its first widget. Every other byte of the page stays as it was.
 */
import { parse } from 'parse5';
import { STRUCTURED_DATA_MARK, jsonLdScript, type PageWidget, type StructuredData } from './structured-data.js';
import { pageElements, pageLanguage, type Element } from './page-tree.js';

export interface PageWithStructuredData {
  page: string;
  /** Whether the script was added; when not, `why`. */
  added: boolean;
  why?: string;
}

/** Where the script goes: the end of a `<head>` written in the page, else before the first widget. */
function insertionPoint(all: readonly Element[], widgets: readonly Element[]): number | undefined {
  const head = all.find((element) => element.tagName === 'head')?.sourceCodeLocation;
  if (head?.startTag) return head.endTag?.startOffset ?? head.endOffset;
  return widgets[0]?.sourceCodeLocation?.startOffset;
}

/**
 * `source` with the structured data of its `widgetTags` added. `build` makes it from the page's widgets and
 * its `<html lang>` (see addStructuredData in server.ts), `undefined` when none shows built-in content.
 */
export async function insertStructuredData(
  source: string,
  widgetTags: readonly string[],
  build: (widgets: PageWidget[], locale: string | undefined) => Promise<StructuredData | undefined>,
  givenLocale?: string,
): Promise<PageWithStructuredData> {
  const all = [...pageElements(parse(source, { sourceCodeLocationInfo: true }), { intoTemplates: false })];
  if (all.some((element) => element.tagName === 'script' && element.attrs.some((a) => a.name === STRUCTURED_DATA_MARK)))
    return { page: source, added: false, why: 'the page already has it' };
  const widgets = all.filter((element) => widgetTags.includes(element.tagName));
  const locale = givenLocale ?? pageLanguage(all);
  const data = await build(
    widgets.map((element) => ({
      tag: element.tagName,
      attributes: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])),
    })),
    locale,
  );
  const at = insertionPoint(all, widgets);
  if (!data || at === undefined) return { page: source, added: false, why: 'no widget shows built-in content' };
  return { page: source.slice(0, at) + jsonLdScript(data) + source.slice(at), added: true };
}
