import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { $ZodType as ZodType } from 'zod/v4/core';
import type { Checked, ContentIssue } from '../../schema/content-issue.js';
import { InlineJsonController } from './inline-json.js';
import { IssueReporter } from './issue-reporter.js';
import { serverInlineJson } from '../server-context.js';

/** What a widget shows: nothing yet, valid content, or the issues of its input. */
export type ContentState<T> =
  { status: 'loading' } | { status: 'ok'; value: T } | { status: 'issues'; issues: ContentIssue[] };

/** Content known without validation: a built-in choice, or what shows when nothing is given. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: () => ContentIssue[] };

export interface ClinicContentOptions<V, T> {
  /** The widget's schema; it (and zod) loads only when clinic content is there. */
  schema: () => Promise<ZodType<V>>;
  /** The property that takes the content; each new value loads again. */
  input: () => unknown;
  /**
   * What the input asks for: built-in content (an `Outcome`, shown at once:
   * it wins over any validation still running), a clinic value to validate
   * (`{ clinic }`), or `undefined`: the inline JSON child is read.
   */
  pick: (input: unknown) => Outcome<T> | { clinic: unknown } | undefined;
  /** What shows with neither a clinic value nor an inline JSON child. */
  absent: () => Outcome<T>;
  /** Valid clinic content, as the widget shows it. */
  valid: (content: V) => T;
}

/** What failed to load when validation cannot start: usually a self-hosted copy without its chunks. */
const validationCode = (): string =>
  msg('the validation code (a file loaded from beside the script)', {
    id: 'error.expected.validation-code',
    desc: 'Error panel: the file that checks clinic content could not be loaded (offline, or missing on the server).',
  });

/** The message of anything thrown, without running more of the thrower's code than needed. */
function thrownMessage(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return typeof error;
  }
}

/**
 * The one way every widget gets its content: input (property value or inline
 * JSON child) → validation, loaded lazily → state (loading → ok | issues).
 * Issues go through the issue reporter. A newer input, or built-in content
 * chosen meanwhile, makes any validation still running stale: its result is
 * dropped in the same step as that check, so no late result can slip in.
 * On the server the inline JSON child is checked by the same validation,
 * loaded beforehand by the server (see server-context.ts); a clinic value
 * given as a property stays loading there (no page gives one).
 */
export class ClinicContentController<V, T> implements ReactiveController {
  private current: { status: 'loading' } | { status: 'ok'; value: T } | { status: 'issues' } = { status: 'loading' };
  private readonly reporter: IssueReporter;
  private readonly json: InlineJsonController;
  private token = 0;
  private started = false;
  private lastInput: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ClinicContentOptions<V, T>,
  ) {
    this.reporter = new IssueReporter(host);
    this.json = new InlineJsonController(host, () => {
      if (this.options.pick(this.options.input()) === undefined) void this.load();
    });
    host.addController(this);
  }

  get state(): ContentState<T> {
    const { current } = this;
    return current.status === 'issues' ? { status: 'issues', issues: this.reporter.issues ?? [] } : current;
  }

  hostUpdate(): void {
    const input = this.options.input();
    // Object.is, as Lit compares properties: with !==, a NaN input would load again at every update, forever.
    if (this.started && Object.is(input, this.lastInput)) return;
    this.started = true;
    this.lastInput = input;
    void this.load();
  }

  /** Reads the input again and shows its outcome, at once or after validation. */
  async load(): Promise<void> {
    const token = ++this.token;
    const picked = this.options.pick(this.options.input());
    if (picked && !('clinic' in picked)) return this.apply(picked);
    const value = picked?.clinic;
    const json = value === undefined ? this.json.read() : undefined;
    if (value === undefined && json === undefined) return this.apply(this.options.absent());
    if (isServer) {
      const checked = value === undefined ? serverInlineJson()?.validate() : undefined;
      if (checked) this.showChecked(checked as Checked<V>);
      return;
    }
    // The validation code and the widget's schema load together.
    let loaded: [typeof import('../../schema/validate.js'), ZodType<V>];
    try {
      loaded = await Promise.all([import('../../schema/validate.js'), this.options.schema()]);
    } catch (error) {
      // Offline, or a chunk missing on the server: one issue naming the error, not a placeholder forever.
      if (token === this.token)
        this.showIssues([{ path: '', expected: validationCode(), found: thrownMessage(error) }]);
      return;
    }
    const [{ validateContent }, schema] = loaded;
    if (token !== this.token) return;
    const input = value === undefined ? { json: json! } : { value };
    let checked: Checked<V>;
    try {
      checked = validateContent(schema, input);
    } catch (error) {
      // A value whose getters or proxy traps throw: one issue naming the error, not a blank widget.
      this.showIssues([{ path: '', expected: 'object', found: thrownMessage(error) }]);
      return;
    }
    // Made again in a new locale by validating again (the texts come from the validation).
    this.showChecked(checked, (issues) => {
      try {
        const again = validateContent(schema, input);
        return again.ok ? issues : again.issues;
      } catch {
        return issues;
      }
    });
  }

  /** Valid content, or its issues (which `remake` makes again from the first ones in a new locale). */
  private showChecked(checked: Checked<V>, remake?: (issues: ContentIssue[]) => ContentIssue[]): void {
    if (checked.ok) return this.show(this.options.valid(checked.value));
    const { issues } = checked;
    this.showIssues(issues, remake && (() => remake(issues)));
  }

  private apply(outcome: Outcome<T>): void {
    if (outcome.ok) this.show(outcome.value);
    else this.showIssues(outcome.issues(), outcome.issues);
  }

  private show(value: T): void {
    this.reporter.clear();
    this.current = { status: 'ok', value };
    this.host.requestUpdate();
  }

  private showIssues(issues: ContentIssue[], remake?: () => ContentIssue[]): void {
    this.current = { status: 'issues' };
    this.reporter.report(issues, remake);
  }
}
