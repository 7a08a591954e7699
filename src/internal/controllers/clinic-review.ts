import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ClinicReview } from '../../schema/clinic-review.js';
import { preview } from '../../schema/content-issue.js';
import type { AttributeWarnings } from '../attribute-warnings.js';

/**
 * The clinic's own medical review (the `clinic-review` attribute, or the
 * `clinicReview` property as an object): validated with zod, loaded only when
 * a page gives one. Valid, it is `review`; invalid, the widget warns once
 * naming each field and what it expects, and shows no review (the rest of the
 * widget is unchanged). Not shown on the server yet (validation is
 * asynchronous there): the browser adds it.
 */
export class ClinicReviewController implements ReactiveController {
  /** The valid review to show, or `undefined`. */
  review: ClinicReview | undefined;
  /** The validation still running, if any (the host's `updateComplete` waits for it). */
  pending: Promise<void> | undefined;
  private lastInput: unknown;
  private started = false;
  private token = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly input: () => unknown,
    private readonly warnings: AttributeWarnings,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const input = this.input();
    if (this.started && Object.is(input, this.lastInput)) return;
    this.started = true;
    this.lastInput = input;
    const loading = this.load(input).finally(() => {
      if (this.pending === loading) this.pending = undefined;
    });
    this.pending = loading;
  }

  private async load(input: unknown): Promise<void> {
    const token = ++this.token;
    if (this.review) this.host.requestUpdate();
    this.review = undefined;
    if (isServer || input == null || (typeof input === 'string' && input.trim() === '')) return;
    let problems: string;
    try {
      const { checkClinicReview } = await import('../../schema/clinic-review.js');
      if (token !== this.token) return;
      const checked = checkClinicReview(input);
      if (checked.ok) {
        this.review = checked.value;
        this.host.requestUpdate();
        return;
      }
      problems = checked.problems;
    } catch (error) {
      // The validation code did not load (offline, or a chunk missing on the server).
      if (token !== this.token) return;
      problems = `  the validation code did not load: ${String(error)}`;
    }
    this.warnings.warn(
      'clinic-review',
      typeof input === 'string' ? input : preview(input),
      [],
      `<${this.host.localName}>: clinic-review is not valid, so no clinic review is shown.\n${problems}`,
    );
  }
}
