import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { getLocale } from '../../localization/localization.js';
import { pendingMessages } from '../../localization/pending-messages.js';
import type { MessageGroup } from '../../generated/messages/loaders.js';

/**
 * Holds a widget's rendering while its group of translations for the current
 * locale is on its way (the first widget of its kind on a page in another
 * language), so it shows a placeholder rather than English text. A locale
 * whose translations fail to load is shown in English, with one error.
 */
export class TranslationGroupController implements ReactiveController {
  /** True while the host should show its placeholder; set at each update. */
  waiting = false;
  /** The load being waited for, if any. */
  pending?: Promise<void>;
  private failedIn?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly group: MessageGroup,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const locale = getLocale();
    if (this.failedIn === locale) {
      this.waiting = false;
      return;
    }
    const pending = pendingMessages(this.group, locale);
    if (pending && pending !== this.pending && !isServer) this.follow(pending, locale);
    this.waiting = pending !== undefined;
  }

  private follow(pending: Promise<void>, locale: string): void {
    this.pending = pending;
    pending
      .catch((error: unknown) => {
        this.failedIn = locale;
        console.error(
          `<${this.host.localName}>: could not load its "${locale}" texts; it shows them in English.`,
          error,
        );
      })
      .finally(() => {
        if (this.pending === pending) this.pending = undefined;
        this.host.requestUpdate();
      });
  }
}
