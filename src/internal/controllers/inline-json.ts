import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { serverInlineJson } from '../server-context.js';

/**
 * Watches a widget's inline `<script type="application/json">` child and calls
 * `changed` when it is added, removed or edited. Edits made while the widget
 * was out of the page (no observer then) are noticed when it comes back.
 * On the server there is no child to read: the server passes its text (see server-context.ts).
 */
export class InlineJsonController implements ReactiveController {
  private observer?: MutationObserver;
  /** The text as last read; `null` until the first read. */
  private lastRead: string | undefined | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  /** Text of the first inline JSON child, if any; remembered to spot edits made while disconnected. */
  read(): string | undefined {
    this.lastRead = this.peek();
    return this.lastRead;
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.lastRead !== null && this.peek() !== this.lastRead) this.changed();
  }

  hostDisconnected(): void {
    // disconnect() drops the registration, so a removed widget keeps no observer alive.
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private peek(): string | undefined {
    if (isServer) return serverInlineJson()?.text;
    return this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }
}
