import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Opens every closed disclosure of the widget while the page prints, and
 * closes them again afterwards, so a printout holds every detail and every
 * source whatever the reader had open. Nothing to do on the server (no window).
 */
export class OpenForPrintController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('beforeprint', this.open);
    window.addEventListener('afterprint', this.restore);
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('beforeprint', this.open);
    window.removeEventListener('afterprint', this.restore);
    this.restore();
  }

  private readonly open = (): void => {
    for (const details of this.root().querySelectorAll('details:not([open])')) {
      (details as HTMLDetailsElement).open = true;
      this.opened.push(details as HTMLDetailsElement);
    }
  };

  private readonly restore = (): void => {
    for (const details of this.opened) details.open = false;
    this.opened = [];
  };
}
