import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { getLocale } from '../../localization/localization.js';
import { invalidContentMessage, type ContentIssue } from '../../schema/content-issue.js';
import { reportServerIssues } from '../server-context.js';

/** `detail` of the `ketamine-error` event. */
export interface KetamineErrorDetail {
  issues: ContentIssue[];
}

/**
 * The one error mechanism: holds the issues the error panel shows, fires
 * `ketamine-error` and logs once per distinct set. Issue texts are translated
 * when made, so after a locale change they are made again (no new event).
 * On the server it hands them to the server, which refuses to render the widget: no event, no log.
 */
export class IssueReporter implements ReactiveController {
  /** The issues shown now; `undefined` when there are none. */
  issues: ContentIssue[] | undefined;
  private remake?: () => ContentIssue[];
  private locale = '';
  private logged = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** `remake` makes the same issues in the current locale; without it they stay as given. */
  report(issues: ContentIssue[], remake?: () => ContentIssue[]): void {
    this.issues = issues;
    this.remake = remake;
    this.locale = getLocale();
    this.host.requestUpdate();
    if (isServer) return reportServerIssues(issues);
    this.host.dispatchEvent(
      new CustomEvent<KetamineErrorDetail>('ketamine-error', { bubbles: true, composed: true, detail: { issues } }),
    );
    const signature = JSON.stringify(issues);
    if (signature === this.logged) return;
    this.logged = signature;
    console.error(invalidContentMessage(this.host.localName, issues), this.host);
  }

  clear(): void {
    if (this.issues) this.host.requestUpdate();
    this.issues = undefined;
    this.remake = undefined;
    this.logged = '';
  }

  hostUpdate(): void {
    if (this.issues && this.remake && this.locale !== getLocale()) {
      this.locale = getLocale();
      this.issues = this.remake();
    }
  }
}
