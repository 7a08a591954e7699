import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClinicReview } from '../../schema/clinic-review.js';
import { preview } from '../../schema/content-issue.js';
import type { AttributeWarnings } from '../attribute-warnings.js';

/** The message of anything thrown, without running more of the thrower's code than needed. */
function thrownMessage(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return typeof error;
  }
}

/**
 * The clinic's own medical review (the `clinic-review` attribute, or the
 * `clinicReview` property as an object): validated with zod, loaded only when
 * a page gives one. Valid, it is `review`; invalid, the widget warns once
 * naming each field and what it expects, and shows no review (the rest of the
 * widget is unchanged).
 */
export class ClinicReviewController implements ReactiveController {
  /** The valid review to show, or `undefined`. */
  review: ClinicReview | undefined;
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
    void this.load(input);
  }

  private async load(input: unknown): Promise<void> {
    const token = ++this.token;
    if (this.review) this.host.requestUpdate();
    this.review = undefined;
    if (input == null || (typeof input === 'string' && input.trim() === '')) return;
    const given = typeof input === 'string' ? { json: input } : { value: input };
    let problems: string;
    try {
      const [{ validateContent }, { clinicReviewSchema }] = await Promise.all([
        import('../../schema/validate.js'),
        import('../../schema/clinic-review.js'),
      ]);
      if (token !== this.token) return;
      const checked = validateContent(clinicReviewSchema, given);
      if (checked.ok) {
        this.review = checked.value;
        this.host.requestUpdate();
        return;
      }
      problems = checked.issues
        .map((i) => `  ${i.path || '(value)'}: expected ${i.expected}; found ${i.found}`)
        .join('\n');
    } catch (error) {
      // The validation code did not load (offline), or a value whose getters throw.
      if (token !== this.token) return;
      problems = `  (value): could not be checked: ${thrownMessage(error)}`;
    }
    this.warnings.warn(
      'clinic-review',
      typeof input === 'string' ? input : preview(input),
      [],
      `<${this.host.localName}>: clinic-review is not valid, so no clinic review is shown.\n${problems}\n` +
        `Write it as {"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}.`,
    );
  }
}
