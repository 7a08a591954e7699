import { waitUntil } from '@open-wc/testing';

/** Waits until a widget shows its content or its error panel (validation is async). */
export async function settled(el: HTMLElement, selector = '[part~="base"], [part~="error"]'): Promise<Element> {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} did not render`, {
    timeout: 15000,
  });
  return el.shadowRoot!.querySelector(selector)!;
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
