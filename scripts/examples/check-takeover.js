/*
 * The Eleventy example's built pages in headless Chromium, served over HTTP: the widgets' script (the CDN
 * folder the site copies) takes over every pre-rendered widget. Afterwards each shadow root holds the
 * script's own render (the server's nodes, and their inline style, are gone) with exactly one
 * `[part~="base"]`, shows the same text as the HTML had, in the page's language; nothing is fetched from
 * another site and the console holds no error or warning.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveSite, watchedPage } from './check-page.js';
import { PAGES, TAGS, prerenderedWidgets, readerText } from './check-prerendered.js';

/** In the page: each widget, once its script has replaced the pre-rendered nodes and finished updating. */
async function takenOver(tags) {
  const widgets = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  // What a reader sees, as readerText() reads the HTML: text nodes outside styles and scripts.
  const text = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('style, script') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    let all = '';
    while (walker.nextNode()) all += walker.currentNode.data;
    return all.replace(/\s+/g, ' ').trim();
  };
  return widgets.map((widget) => {
    const wrapper = [...widget.shadowRoot.children].find((child) => child.classList.contains('root'));
    return {
      tag: widget.localName,
      bases: widget.shadowRoot.querySelectorAll('[part~="base"]').length,
      text: text(widget.shadowRoot),
      lang: wrapper?.lang,
      dir: wrapper?.dir,
    };
  });
}

export async function checkTakeover(browser, app) {
  const site = join(app, 'dist');
  const server = await serveSite(site);
  const origin = server.resolvedUrls.local[0];
  const { page, offSite, messages } = await watchedPage(browser, origin, /^(error|warn)/);
  try {
    for (const { path, lang, file } of PAGES) {
      const before = prerenderedWidgets(site, { file });
      await page.goto(new URL(path, origin).href);
      // Taken over: every widget is defined and its shadow root holds no node of the server's (their <style>).
      await page.waitForFunction(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].every(
            (widget) =>
              customElements.get(widget.localName) &&
              ![...widget.shadowRoot.children].some((child) => child.localName === 'style'),
          ),
        {},
        TAGS,
      );
      const after = await page.evaluate(takenOver, TAGS);
      assert(
        after.length === TAGS.length,
        `${path}: ${after.length} widgets after the script, expected ${TAGS.length}`,
      );
      after.forEach((widget, at) => {
        const label = `${path}: <${widget.tag}>`;
        assert(widget.bases === 1, `${label} has ${widget.bases} [part~="base"], expected 1`);
        assert(
          widget.lang === lang && widget.dir === before.dir,
          `${label} renders lang="${widget.lang}" dir="${widget.dir}"`,
        );
        const html = readerText(before.widgets[at].shadow);
        assert(
          widget.text === html,
          `${label} changed its text when the script took over:\n  ${html}\n  ${widget.text}`,
        );
      });
    }
    assert(!offSite.length, `the pages fetched from other sites: ${offSite.join(', ')}`);
    assert(!messages.length, `console errors or warnings:\n${messages.join('\n')}`);
  } finally {
    await page.close().catch(() => undefined);
    await server.close();
  }
}
