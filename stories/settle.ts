/** Waiting for widgets to show what a reader sees (stories, the Storybook tests, the screenshots). */

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };
const isShown = (el: Widget): boolean =>
  !!el.shadowRoot?.querySelector('[part~="base"], [part~="error"]') &&
  !el.shadowRoot.querySelector('[aria-busy="true"]');

/**
 * Resolves once every `ketamine-*` element in `root` shows its content or its error panel: widgets load
 * their texts and validate clinic content asynchronously, and the accessibility check and the screenshots
 * must see what a reader sees, not the loading box.
 */
export async function widgetsSettled(root: ParentNode, timeout = 20000): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const widgets = [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('ketamine-'));
    for (const el of widgets) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
    const waiting = widgets.find((el) => !isShown(el));
    if (!waiting) return;
    if (performance.now() > deadline) {
      throw new Error(`<${waiting.localName}> did not show its content or its error panel in ${timeout / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
