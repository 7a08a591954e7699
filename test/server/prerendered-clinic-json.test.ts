import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { WIDGETS, tagOf, type WidgetName } from '../../src/widgets.js';
import {
  INLINE_JSON_DOC,
  VALID_DOCS,
  hostileTextDoc,
  type DocKind,
  type Generated,
} from '../support/robustness-arbitraries.js';
import { injectionProblems, payloadRan, waitFor } from '../support/robustness-page.js';
import { differences, measureInside } from '../support/embed-layout.js';

/**
 * The adversarial-JSON inputs (test/support/robustness-arbitraries.ts) against pre-rendered widgets: for each
 * widget, the README's clinic document and documents with payloads and Unicode edge cases in a text it shows
 * (plus a web link with markup in it), as inline JSON, rendered by the server renderer (POST to
 * scripts/lib/prerender.js) and parsed as a page would be. Before any script: the text shows, as
 * text, nothing is injected and no payload runs. After the element takes over: the same text, no placeholder in
 * between, still nothing injected, and the console stays quiet. And, as in test/embed/hostile-css.test.ts, the
 * pre-rendered widgets look the same inside on a page under css-hostile.css as on a clean one, before any script.
 * The full fuzz runs client-side in test/robustness/; this is a fixed sample of it (seeded), so it stays quick.
 */

const SAMPLES = 5;

/** A reader's text of a shadow root, styles left out, whitespace folded. */
function readerText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.localName !== 'style') parts.push(node.nodeValue ?? '');
  return comparable(parts.join(''));
}

/**
 * Text as HTML can carry it: the server's HTML cannot hold NUL (the parser drops it) or a lone surrogate (UTF-8
 * replaces it), and the parser turns CR into LF; the client's DOM text can. Otherwise the same.
 */
const comparable = (text: string): string =>
  text
    .replaceAll('\0', '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();

/** injectionProblems, less what only a server render has: Lit's server markers and the inline styles. */
const injected = (el: Element): string[] =>
  injectionProblems(el).filter(
    (problem) => !/^comment <!--\/?lit-(part|node)\b/.test(problem) && problem !== '<style>',
  );

/** The paths of a document's `url` fields. */
const urlPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) =>
        key === 'url' ? [[...path, key]] : urlPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
      )
    : [];

/** The README document, the seeded hostile ones, and one with markup in its first web link. */
function cases(kind: DocKind): Generated[] {
  const base = VALID_DOCS[kind][0]!;
  const link = urlPaths(base)[0];
  const withLink: Generated[] = link
    ? [
        {
          value: (() => {
            const doc = structuredClone(base) as Record<string | number, unknown>;
            const parent = link.slice(0, -1).reduce((node, key) => node[key] as typeof node, doc);
            parent[link.at(-1)!] = 'https://example.org/"><img src=x onerror=window.__ketaminePwned=1>';
            return doc;
          })(),
          expect: 'valid',
          note: `markup in ${link.join('.')}`,
        },
      ]
    : [];
  return [
    { value: base, expect: 'valid', note: 'the README example' },
    ...fc.sample(hostileTextDoc(kind), { seed: 22, numRuns: SAMPLES }),
    ...withLink,
  ];
}

async function prerendered(name: WidgetName, docs: Generated[]): Promise<string> {
  const response = await fetch(`/prerendered/${name}.html?locale=en`, {
    method: 'POST',
    body: JSON.stringify(docs.map((doc) => JSON.stringify(doc.value))),
  });
  const html = await response.text();
  expect(response.status, html).to.equal(200);
  return html;
}

type Host = HTMLElement & { updateComplete: Promise<boolean> };

/** A page of `html` in an iframe with the embed fixtures' stage styles (and the hostile ones), and no script. */
async function page(html: string, hostile: boolean): Promise<HTMLIFrameElement> {
  const css = (name: string) => `<link rel="stylesheet" href="/test/fixtures/embed/${name}.css">`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0; display: block;';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${hostile ? css('css-hostile') : ''}${css(
    'css-stage',
  )}</head><body><div id="stage">${html}</div></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

for (const [name, kind] of Object.entries(INLINE_JSON_DOC) as [WidgetName, DocKind][]) {
  const tag = tagOf(name);
  describe(`pre-rendered <${tag}> with hostile clinic JSON`, () => {
    const docs = cases(kind);
    let html: string;
    before(async () => {
      html = await prerendered(name, docs);
    });

    it('looks the same inside under hostile host CSS, before any script', async () => {
      const [clean, hostile] = await Promise.all([page(html, false), page(html, true)]);
      const hosts = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll<HTMLElement>(tag)];
      const body = hostile.contentDocument!.body;
      expect(hostile.contentWindow!.getComputedStyle(body).color, 'the hostile rules apply').to.equal('rgb(255, 0, 0)');
      expect(hosts(hostile)).to.have.length(docs.length);
      // The server's <style> element (the client adopts its styles instead) has no box, only inherited styles.
      const measured = (host: HTMLElement) => measureInside(host).filter((m) => m.path !== 'style');
      hosts(clean).forEach((host, i) => {
        const expected = measured(host);
        expect(expected.length, `${docs[i]!.note}: elements measured`).to.be.greaterThan(5);
        const diffs = differences(expected, measured(hosts(hostile)[i]!));
        expect(diffs, `${docs[i]!.note}: clean → hostile`).to.deep.equal([]);
      });
      clean.remove();
      hostile.remove();
    });

    it('shows the text, escaped, before the script and the same text after it takes over', async () => {
      expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
      const holder = document.createElement('div');
      document.body.append(holder);
      holder.setHTMLUnsafe(html);
      const hosts = [...holder.querySelectorAll<Host>(tag)];
      expect(hosts).to.have.length(docs.length);

      const before = hosts.map((host, i) => {
        const { note, shows } = docs[i]!;
        const root = host.shadowRoot;
        expect(root, `${note}: the shadow root attached from the HTML`).to.exist;
        expect(injected(host), note).to.deep.equal([]);
        const text = readerText(root!);
        if (shows) expect(text, note).to.include(comparable(shows));
        const script = host.querySelector(':scope > script[type="application/json"]');
        expect(JSON.parse(script!.textContent!), `${note}: the JSON child`).to.deep.equal(docs[i]!.value);
        return { text, first: root!.firstChild! };
      });
      expect(payloadRan(), 'no payload ran').to.equal(false);

      // Any placeholder shown while the element checks its clinic content would be a visible change.
      const placeholders: string[] = [];
      const watchers = hosts.map((host, i) => {
        const observer = new MutationObserver(() => {
          if (host.shadowRoot!.querySelector('[aria-busy="true"]')) placeholders.push(docs[i]!.note);
        });
        observer.observe(host.shadowRoot!, { childList: true, subtree: true });
        return observer;
      });
      const errors: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        await WIDGETS[name].define();
        for (const [i, host] of hosts.entries()) {
          await waitFor(() => !before[i]!.first.isConnected || undefined, `${docs[i]!.note}: the client took over`);
          await host.updateComplete;
        }
      } finally {
        console.error = consoleError;
        for (const observer of watchers) observer.disconnect();
      }
      hosts.forEach((host, i) => {
        const { note } = docs[i]!;
        expect(readerText(host.shadowRoot!), `${note}: the same text after the takeover`).to.equal(before[i]!.text);
        expect(host.shadowRoot!.querySelector('style'), note).to.equal(null);
        expect(injectionProblems(host), note).to.deep.equal([]);
      });
      expect(placeholders, 'no placeholder during the takeover').to.deep.equal([]);
      expect(payloadRan(), 'no payload ran').to.equal(false);
      expect(errors).to.deep.equal([]);
      holder.remove();
    });
  });
}

describe('pre-rendered clinic JSON the renderer refuses', () => {
  it("answers with the message the browser's console gives for the same JSON", async () => {
    const json = JSON.stringify({ note: 'x', unknown: 1 });
    const response = await fetch('/prerendered/how-it-works.html', { method: 'POST', body: JSON.stringify([json]) });
    expect(response.status).to.equal(422);
    const message = await response.text();

    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const el = document.createElement('ketamine-how-it-works') as Host;
    el.innerHTML = `<script type="application/json">${json}</script>`;
    try {
      await WIDGETS['how-it-works'].define();
      document.body.append(el);
      await waitFor(() => el.shadowRoot?.querySelector('[part~="error"]') ?? undefined, 'the error panel');
    } finally {
      console.error = consoleError;
      el.remove();
    }
    expect(errors.map((args) => args[0])).to.deep.equal([message]);
  });
});
