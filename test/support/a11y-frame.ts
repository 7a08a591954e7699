import { waitUntil } from '@open-wc/testing';

/**
 * A same-origin frame of a given size, with every widget defined in it: a real viewport of that size in every
 * engine (WebKit's driver cannot resize the test page's own), so that viewport units, media queries and
 * `orientation` answer as they would on a phone or at 400% zoom. Resize it with `resize()`.
 */
export interface A11yFrame {
  win: Window & typeof globalThis;
  doc: Document;
  resize(width: number, height: number): Promise<void>;
  remove(): void;
}

export async function openFrame(width: number, height: number): Promise<A11yFrame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `border: 0; display: block; width: ${width}px; height: ${height}px;`;
  // The module graph is the test page's own (served by web-test-runner); the frame defines its own elements.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
    <style>body { margin: 0 }</style></head><body>
    <script type="module">import { ready } from '/src/index.ts'; await ready; window.ketamineReady = true;</script>
    </body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis & { ketamineReady?: boolean };
  await waitUntil(() => win.ketamineReady, 'the widgets were not defined in the frame', { timeout: 20000 });
  return {
    win,
    doc: frame.contentDocument!,
    async resize(w, h) {
      frame.style.width = `${w}px`;
      frame.style.height = `${h}px`;
      await waitUntil(() => win.innerWidth === w && win.innerHeight === h, `the frame did not become ${w}×${h}`);
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
    },
    remove: () => frame.remove(),
  };
}

/** Every element of a widget's shadow root (and of the open shadow roots inside it), in tree order. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** Rendered with a box: not display none, not inside a closed `<details>`, not a 1-pixel visually hidden text. */
export function shown(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return false;
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/** A short name of an element for failure messages: tag, part or class, and the start of its text. */
export function nameOf(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${el.localName}${part ? `[part=${part}]` : cls ? `.${cls.split(' ')[0]}` : ''} "${text}"`;
}

/** Whether `el` has text of its own (a non-blank text node child), as opposed to only elements. */
export const hasOwnText = (el: Element): boolean =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
