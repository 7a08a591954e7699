import { waitUntil } from '@open-wc/testing';

/**
 * Helpers for the embed-proof tests: each scenario is a static page in test/fixtures/embed/,
 * loaded in an <iframe> (same origin), with test/fixtures/embed/probe.js recording inside it.
 */

export const FIXTURES = '/test/fixtures/embed/';
export const WIDGETS = 'ketamine-evidence-card, ketamine-treatment-timeline, ketamine-therapy-comparison';

/** What probe.js records in a fixture page (see that file). */
export interface Probe {
  errors: string[];
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
}

export type FixtureWindow = Window &
  typeof globalThis & { embedProbe: Probe; KetamineWidgets?: KetamineApi };

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

/** Resolves when the widget shows its content (`[part~="base"]`), not the loading placeholder or an error. */
export async function rendered(el: HTMLElement): Promise<ShadowRoot> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]'),
    `<${el.localName}> did not render`,
    { timeout: 5000 },
  );
  const error = el.shadowRoot!.querySelector('[part~="error"]');
  if (error) throw new Error(`<${el.localName}> shows its error panel: ${shadowText(error)}`);
  return el.shadowRoot!;
}

/** Resolves when every widget of the fixture has rendered its content. */
export const allRendered = (fixture: Fixture): Promise<ShadowRoot[]> => Promise.all(fixture.widgets().map(rendered));

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
