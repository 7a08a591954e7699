import { waitUntil } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';

/**
 * Helpers for the embed-proof tests: each scenario is a static page in test/fixtures/embed/,
 * loaded in an <iframe> (same origin), with test/fixtures/embed/probe.js recording inside it.
 */

export const FIXTURES = '/test/fixtures/embed/';
/** Every widget tag of the registry (src/widgets.ts). */
export const TAGS: readonly string[] = WIDGET_NAMES.map(tagOf);
/** A selector for every widget of the registry. */
export const WIDGETS = TAGS.join(', ');

/** What probe.js records in a fixture page (see that file). */
export interface Probe {
  errors: string[];
  failedScripts: string[];
  violations: {
    directive: string;
    blockedURI: string;
    disposition: 'enforce' | 'report';
    sample: string;
    source: string;
    target: string;
  }[];
  console: { warn: string[]; error: string[] };
  attempts: string[];
  resources(): string[];
  flushViolations(options?: { trustedTypes?: boolean }): Promise<{ before: Probe['violations']; canaries: number }>;
}

export interface KetamineApi {
  setLocale(locale: string | null): Promise<string>;
  getLocale(): string;
  version: string;
  discover?(root: ParentNode): Promise<void>;
}

export type FixtureWindow = Window & typeof globalThis & { embedProbe: Probe; KetamineWidgets?: KetamineApi };

export interface Fixture {
  frame: HTMLIFrameElement;
  win: FixtureWindow;
  doc: Document;
  probe: Probe;
  /** The widgets on the page, in document order. */
  widgets(): HTMLElement[];
  remove(): void;
}

/**
 * Loads a fixture page in an iframe of the given size and resolves on its load event, when the
 * page's module scripts (the bundle) have run.
 */
export async function openFixture(page: string, { width = 1000, height = 800 } = {}): Promise<Fixture> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = FIXTURES + page;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FixtureWindow;
  if (!win.embedProbe) throw new Error(`${page}: probe.js did not run (is it the first script of the page?)`);
  const doc = frame.contentDocument!;
  return {
    frame,
    win,
    doc,
    probe: win.embedProbe,
    widgets: () => [...doc.querySelectorAll<HTMLElement>(WIDGETS)],
    remove: () => frame.remove(),
  };
}

/** The text of a shadow root (or element), whitespace folded. */
export const shadowText = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Resolves when the element's tag is defined in its own window. The CDN bundle loads a widget's
 * chunk only once its tag is on the page, so this is the first thing to wait for.
 */
export async function defined(el: HTMLElement, timeout = 5000): Promise<void> {
  const registry = el.ownerDocument.defaultView!.customElements;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`<${el.localName}> was not defined within ${timeout} ms (its chunk did not load?)`)),
      timeout,
    );
  });
  try {
    await Promise.race([registry.whenDefined(el.localName), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when the widget is defined and shows its content (`[part~="base"]`), not the loading placeholder or an error. */
export async function rendered(el: HTMLElement): Promise<ShadowRoot> {
  await defined(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'),
    `<${el.localName}> did not render`,
    { timeout: 5000 },
  );
  const error = el.shadowRoot!.querySelector('[part~="error"]');
  if (error) throw new Error(`<${el.localName}> shows its error panel: ${shadowText(error)}`);
  return el.shadowRoot!;
}

/** Resolves when every widget of the fixture has rendered its content; the page must hold every registry widget. */
export async function allRendered(fixture: Fixture): Promise<ShadowRoot[]> {
  const widgets = fixture.widgets();
  const missing = TAGS.filter((tag) => !widgets.some((w) => w.localName === tag));
  if (missing.length)
    throw new Error(`the fixture page lacks ${missing.join(', ')} (is its <!-- ketamine:widgets --> marker there?)`);
  return Promise.all(widgets.map(rendered));
}

/** The first widget of the page with this registry name (its example, where the page has one). */
export const widgetOf = (fixture: Fixture, name: WidgetName): HTMLElement => {
  const el = fixture.doc.querySelector<HTMLElement>(tagOf(name));
  if (!el) throw new Error(`no <${tagOf(name)}> on the page`);
  return el;
};

/** Resolves when `text` appears in the widget's shadow root (e.g. after a language change). */
export async function shows(el: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => shadowText(el.shadowRoot).includes(text), `<${el.localName}> does not show "${text}"`, {
    timeout: 5000,
  });
}

/** A copy of cross-frame data as plain values of this realm (for deep equality and messages). */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The library's own console warnings (not, e.g., Lit's dev-mode notice from the npm build). */
export const libraryWarnings = (probe: Probe): string[] =>
  probe.console.warn.filter((w) => w.startsWith('ketamine-widgets:'));

/** What the CDN build wrote in dist/cdn/.vite/manifest.json: each chunk, and what it imports. */
type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

/** The CDN build's chunks, by what they hold, as paths the page requests. */
export interface CdnChunks {
  /** The bundle the page loads. */
  entry: string;
  /** The files the entry's import loads before it runs (itself included). */
  entryFiles: string[];
  /** A widget's own chunk (`chunks/<name>-<hash>.js`). */
  widget(name: WidgetName): string;
  /** A widget's chunk and everything it imports statically, the entry included. */
  widgetFiles(name: WidgetName): string[];
}

export async function cdnChunks(): Promise<CdnChunks> {
  const response = await fetch('/dist/cdn/.vite/manifest.json');
  if (!response.ok) throw new Error('dist/cdn/.vite/manifest.json not found: build the CDN bundle first');
  const manifest = (await response.json()) as Manifest;
  const path = (key: string) => `/dist/cdn/${manifest[key]!.file}`;
  const closure = (key: string, seen = new Set<string>()): string[] => {
    if (seen.has(key)) return [];
    seen.add(key);
    return [path(key), ...(manifest[key]!.imports ?? []).flatMap((k) => closure(k, seen))];
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const defineKey = (name: WidgetName) => {
    const key = `src/elements/${name}/define.ts`;
    if (!manifest[key]) throw new Error(`no chunk for ${key} in the CDN manifest`);
    return key;
  };
  return {
    entry: path(entryKey),
    entryFiles: closure(entryKey),
    widget: (name) => path(defineKey(name)),
    widgetFiles: (name) => closure(defineKey(name)),
  };
}

/** The paths of the scripts a page fetched from dist/ (Resource Timing), in order, without repeats (not the manifest). */
export const distRequests = (urls: string[]): string[] => [
  ...new Set(
    urls.map((u) => new URL(u, location.href).pathname).filter((p) => p.startsWith('/dist/') && p.endsWith('.js')),
  ),
];
