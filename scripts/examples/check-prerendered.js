/*
 * The Eleventy example's built pages read as a crawler reads them: parse5, no script. Each page has its
 * `<html lang>` and `dir`, and each widget tag holds a declarative shadow root whose text is what the packed
 * library itself renders for that tag, its attributes and the page's language (`renderShadowRoot` of the
 * installed `ketamine-widgets/server`): the card's headline and the disclaimer among it, translated on the
 * Arabic page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseFragment } from 'parse5';

/** The pages of examples/eleventy/src, where Eleventy writes them, and the language each is in. */
export const PAGES = [
  { path: '/', file: 'index.html', lang: 'en' },
  { path: '/ar/', file: 'ar/index.html', lang: 'ar' },
];
/** The widgets on each page (src/_includes/clinic-widgets.njk), in order. */
export const TAGS = ['ketamine-evidence-card', 'ketamine-treatment-timeline', 'ketamine-safety-facts'];

const attribute = (element, name) => element.attrs?.find((a) => a.name === name)?.value;
/** Each element under `node`, template contents included, in document order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
/** What a reader sees: the text nodes, styles and scripts left out, whitespace folded. */
export function readerText(node) {
  const texts = [];
  const walk = (parent) => {
    for (const child of (parent.tagName === 'template' ? parent.content : parent).childNodes ?? []) {
      if (child.nodeName === '#text') texts.push(child.value);
      else if (child.tagName !== 'style' && child.tagName !== 'script') walk(child);
    }
  };
  walk(node);
  return texts.join('').replace(/\s+/g, ' ').trim();
}
const partText = (node, part) => {
  const found = [...elements(node)].find((e) => attribute(e, 'part')?.split(/\s+/).includes(part));
  return found ? readerText(found) : '';
};

/**
 * A built page's widgets as its HTML holds them: tag, attributes, and the declarative shadow root (parse5's
 * template element) or `undefined`.
 */
export function prerenderedWidgets(site, page) {
  const document = parse(readFileSync(join(site, page.file), 'utf8'));
  const all = [...elements(document)];
  const html = all.find((element) => element.tagName === 'html');
  const widgets = all
    .filter((element) => element.tagName.startsWith('ketamine-'))
    .map((element) => ({
      tag: element.tagName,
      attributes: Object.fromEntries(element.attrs.map((a) => [a.name, a.value])),
      shadow: element.childNodes.find(
        (child) => child.tagName === 'template' && attribute(child, 'shadowrootmode') === 'open',
      ),
    }));
  return { lang: attribute(html, 'lang'), dir: attribute(html, 'dir'), widgets };
}

/** Checks every page of the site built in `app/dist` against the library installed in `app`. */
export async function checkPrerendered(app) {
  const require = createRequire(join(app, 'package.json'));
  const server = await import(pathToFileURL(require.resolve('ketamine-widgets/server')).href);
  const disclaimers = new Map();
  for (const page of PAGES) {
    const { lang, dir, widgets } = prerenderedWidgets(join(app, 'dist'), page);
    assert(lang === page.lang, `${page.file}: <html lang="${lang}">, expected "${page.lang}"`);
    assert(dir === server.textDirection(page.lang), `${page.file}: <html dir="${dir}"> for lang="${lang}"`);
    const tags = widgets.map((widget) => widget.tag).join(', ');
    assert(tags === TAGS.join(', '), `${page.file} holds ${tags}, expected ${TAGS.join(', ')}`);
    for (const { tag, attributes, shadow } of widgets) {
      const label = `${page.file}: <${tag}>`;
      assert(shadow, `${label} has no declarative shadow root`);
      const own = parseFragment((await server.renderShadowRoot(tag, attributes, { locale: page.lang })) ?? '');
      const expected = readerText(own);
      const text = readerText(shadow);
      assert(text === expected, `${label} does not show the library's own rendering:\n  ${text}\n  ${expected}`);
      // The widget's wrapper (`<div class="root">`) carries the language it renders in.
      const wrapper = shadow.content.childNodes.find((node) => attribute(node, 'class') === 'root');
      assert(
        attribute(wrapper ?? {}, 'lang') === page.lang && attribute(wrapper ?? {}, 'dir') === dir,
        `${label}'s content is not marked lang="${page.lang}" dir="${dir}"`,
      );
      const firstView = [
        partText(own, 'disclaimer'),
        ...(tag === 'ketamine-evidence-card' ? [partText(own, 'headline')] : []),
      ];
      assert(
        firstView.every((part) => part.length > 10),
        `${label}: the library renders no headline or disclaimer`,
      );
      assert(
        firstView.every((part) => text.includes(part)),
        `${label} lacks "${firstView.join('" or "')}"`,
      );
      disclaimers.set(page.lang, firstView[0]);
    }
  }
  const [english, other] = PAGES.map((page) => disclaimers.get(page.lang));
  assert(english !== other, `the ${PAGES[1].lang} page shows the English disclaimer: "${other}"`);
}
