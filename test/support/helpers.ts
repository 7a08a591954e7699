import { waitUntil } from '@open-wc/testing';

/** Waits until a widget shows its content or its error panel (validation is async). */
export async function settled(el: HTMLElement, selector = '[part~="base"], [part~="error"]'): Promise<Element> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} did not render`, {
    timeout: 15000,
  });
  return el.shadowRoot!.querySelector(selector)!;
}

/** A widget with clinic JSON in an inline `<script type="application/json">` child, added to the page and settled. */
export async function withInlineJson<T extends HTMLElement>(
  tag: string,
  json: string,
  attributes: Record<string, string> = {},
): Promise<T> {
  const el = document.createElement(tag) as T & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  document.body.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** The visible text of a widget, whitespace folded. */
export const textOf = (el: Element | ShadowRoot | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Collects console.error / console.warn calls while `fn` runs. */
export async function captureConsole(
  method: 'error' | 'warn',
  fn: () => Promise<unknown> | unknown,
): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => calls.push(args);
  try {
    await fn();
  } finally {
    console[method] = original;
  }
  return calls;
}
