import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host has light-DOM children for a named slot, so a template can
 * leave out the slot's wrapper (and its spacing) when the page put nothing
 * there. Re-renders the host when the slot's content changes.
 */
export class HasSlotController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
  ) {
    host.addController(this);
  }

  get filled(): boolean {
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
