import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import catalog from 'virtual:ketamine-builder-catalog';
import { defineCodeBuilder, type KetamineCodeBuilder } from '../../demo/builder/ketamine-code-builder.js';

/** Helpers for the code builder's tests: a builder on the test page, driven by the keyboard alone. */

defineCodeBuilder();

export { catalog };

/** The builder as `npm start`'s page has it: this server's build in /dist/cdn/ for "This server" and the SRI hashes. */
export async function openBuilder(): Promise<KetamineCodeBuilder> {
  const builder = await fixture<KetamineCodeBuilder>(
    html`<ketamine-code-builder .catalog=${catalog} local-cdn="/dist/cdn/"></ketamine-code-builder>`,
  );
  await builder.updateComplete;
  return builder;
}

export const control = <T extends Element = HTMLElement>(builder: KetamineCodeBuilder, selector: string): T => {
  const found = builder.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`the builder has no ${selector}`);
  return found;
};

const focused = (builder: KetamineCodeBuilder): Element | null => builder.shadowRoot!.activeElement;

/**
 * Moves the focus forward with Tab until it is on `target`, as a keyboard user would. Forward only: WebKit's
 * WebDriver takes no held Shift, so the tests choose the options in the order of the form.
 */
export async function tabTo(builder: KetamineCodeBuilder, target: Element, { maxPresses = 120 } = {}): Promise<void> {
  for (let i = 0; i < maxPresses && focused(builder) !== target; i++) await sendKeys({ press: 'Tab' });
  if (focused(builder) !== target) throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Picks an option of a <select> with the arrow keys. */
export async function choose(builder: KetamineCodeBuilder, select: HTMLSelectElement, value: string): Promise<void> {
  await tabTo(builder, select);
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`${select.id} has no option ${value}`);
  for (let i = 0; i < select.options.length && select.selectedIndex !== target; i++) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
  await builder.updateComplete;
  if (select.value !== value) throw new Error(`${select.id}: the arrow keys gave ${select.value}, not ${value}`);
}

/** Ticks (or unticks) a checkbox or picks a radio with the space bar. */
export async function press(builder: KetamineCodeBuilder, input: HTMLInputElement): Promise<void> {
  await tabTo(builder, input);
  // ' ', not 'Space': the WebDriver engines know the key by its character.
  await sendKeys({ press: ' ' });
  await builder.updateComplete;
}

/** Replaces a text field's text by typing. */
export async function type(builder: KetamineCodeBuilder, input: HTMLInputElement, text: string): Promise<void> {
  await tabTo(builder, input);
  input.select();
  await sendKeys({ press: 'Backspace' });
  // One key at a time: WebKit's WebDriver drops the second of two equal keys sent together (`http` → `htp`).
  for (const key of text) await sendKeys({ press: key });
  await builder.updateComplete;
}

/** Copy, pressed with Enter: the text now on the clipboard, or selected in the code field (the fallback). */
export async function copyCode(builder: KetamineCodeBuilder): Promise<string> {
  await tabTo(builder, control(builder, '.actions button'));
  await sendKeys({ press: 'Enter' });
  const status = control(builder, '[role="status"]');
  await waitUntil(() => status.textContent!.trim() !== '', 'Copy said nothing');
  if (status.textContent!.includes('Copied')) return navigator.clipboard.readText().catch(() => builder.code);
  const area = control<HTMLTextAreaElement>(builder, 'textarea');
  if (focused(builder) !== area || area.selectionStart !== 0 || area.selectionEnd !== area.value.length) {
    throw new Error('Copy failed and did not select the code either');
  }
  return area.value;
}

/** What the blank page's reporter (test/fixtures/builder/report.js) says. */
export interface BlankPageReport {
  origin: string;
  errors: string[];
  failedScripts: string[];
  consoleErrors: string[];
  widgets: {
    tag: string;
    defined: boolean;
    attributes: Record<string, string>;
    shown: boolean;
    /** Rendered by the widget's script (not only pre-rendered). */
    takenOver: boolean;
    error: boolean;
    lang: string | null;
    text: string;
  }[];
}

/** This server under its other name: another origin, as the clinic's own site is to the builder and the CDN. */
export const otherOrigin = (): string => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
};

export interface BlankPage {
  frame: HTMLIFrameElement;
  report(): Promise<BlankPageReport>;
}

/** Pastes `code` into the body of a blank page served from another origin, and opens it in an iframe. */
export async function pasteIntoBlankPage(
  code: string,
  { lang, dir }: { lang: string; dir: string },
): Promise<BlankPage> {
  const response = await fetch(`/builder-blank?${new URLSearchParams({ lang, dir })}`, { method: 'POST', body: code });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px; border: 0; display: block;';
  frame.title = 'A clinic page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = otherOrigin() + (await response.text());
  document.body.append(frame);
  await loaded;
  const report = () =>
    new Promise<BlankPageReport>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the blank page did not answer')), 5000);
      const listener = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        clearTimeout(timer);
        removeEventListener('message', listener);
        resolve(event.data as BlankPageReport);
      };
      addEventListener('message', listener);
      frame.contentWindow!.postMessage('ketamine-report', '*');
    });
  return { frame, report };
}

const everyWidgetShown = (report: BlankPageReport): boolean =>
  report.widgets.length > 0 && report.widgets.every((w) => w.defined && w.takenOver && (w.shown || w.error));

/**
 * The report once `done` says so (by default: every widget defined, rendered by its script and showing its content
 * or an error box), or after 20 s.
 */
export async function settledReport(page: BlankPage, done = everyWidgetShown): Promise<BlankPageReport> {
  const deadline = performance.now() + 20000;
  for (;;) {
    const report = await page.report();
    if (done(report) || performance.now() > deadline) return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
