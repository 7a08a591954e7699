import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverFilledSlots } from '../server-context.js';

/**
 * Whether the host has light-DOM children for a named slot, so a template can
 * leave out the slot's wrapper (and its spacing) when the page put nothing
 * there. Re-renders the host when the slot's content changes. On the server
 * there are no children to look at: the server says which slots the page fills.
 */
export class HasSlotController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
  ) {
    host.addController(this);
  }

  get filled(): boolean {
    if (isServer) return serverFilledSlots().has(this.name);
    return [...this.host.children].some((child) => child.slot === this.name);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.changed);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.changed);
  }

  private readonly changed = (): void => this.host.requestUpdate();
}
