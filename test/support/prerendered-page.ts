import { tagOf, type WidgetName } from '../../src/widgets.js';
import type { FixtureWindow } from './embed-frames.js';

/**
 * test/fixtures/server/page.html as the server sends it (test/support/prerendered-pages.js): every widget of
 * the registry pre-rendered, in an <iframe> (same origin) of this page, before the library's script runs.
 */
export interface PrerenderedPage {
  frame: HTMLIFrameElement;
  win: FixtureWindow & { takeOver?: () => Promise<unknown> };
  doc: Document;
  /** Each widget of the registry on the page, by name. */
  widget(name: WidgetName): HTMLElement;
  remove(): void;
}

export interface PageOptions {
  /** The page's `<html lang>`, which the renderer renders in. */
  locale?: string;
  /** Link each widget's stylesheet from this folder instead of inlining its styles. */
  stylesheets?: string;
  /** Serve the page with the README's strict Content-Security-Policy header. */
  csp?: 'strict';
  /** The frame's `sandbox` attribute (`allow-same-origin` alone: no script of the page runs). */
  sandbox?: string;
}

export async function openPrerendered({ sandbox, ...query }: PageOptions = {}): Promise<PrerenderedPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0; display: block;';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = `/prerendered/pages/page.html?${new URLSearchParams(query as Record<string, string>)}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // As tall as its content, so every widget is in the frame's viewport (where layout shifts are measured).
  frame.style.height = `${doc.documentElement.scrollHeight}px`;
  const widget = (name: WidgetName): HTMLElement => {
    const el = doc.querySelector<HTMLElement>(tagOf(name));
    if (!el?.shadowRoot) throw new Error(`no pre-rendered <${tagOf(name)}> on the page`);
    return el;
  };
  return { frame, win: frame.contentWindow as PrerenderedPage['win'], doc, widget, remove: () => frame.remove() };
}

/** What a reader sees of a shadow root: its text without the styles (and what `without` matches), whitespace folded. */
export function readerText(root: ShadowRoot, without?: string): string {
  const copy = root.ownerDocument.createElement('div');
  for (const child of root.children)
    if (!/^(style|link)$/.test(child.localName)) copy.append(child.cloneNode(true), ' ');
  if (without) copy.querySelectorAll(without).forEach((el) => el.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the widget's own CSS applies to it: `:host { display: block }` and the panel's border. */
export function styled(host: HTMLElement): boolean {
  const view = host.ownerDocument.defaultView!;
  const base = host.shadowRoot!.querySelector('[part~="base"]');
  return (
    view.getComputedStyle(host).display === 'block' &&
    base !== null &&
    view.getComputedStyle(base).borderTopWidth === '1px' &&
    view.getComputedStyle(base).getPropertyValue('--_border').trim() !== ''
  );
}
