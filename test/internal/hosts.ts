import { LitElement, html } from 'lit';

/** A unique tag per test host class, so each test defines its own element. */
let count = 0;
export function defineHost<C extends CustomElementConstructor>(name: string, element: C): string {
  const tag = `test-${name}-${++count}`;
  customElements.define(tag, element);
  return tag;
}

/** A macrotask: lets dynamic imports, promise chains and Lit updates run. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/** A bare Lit host that renders a counter of its updates. */
export class CountingHost extends LitElement {
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`<p>${this.renders}</p>`;
  }
}
