import { html, isServer, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { sourceListStyles } from '../../internal/source-list.styles.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { followInPageLink } from '../../internal/in-page-link.js';
import { questionsTitle } from '../../content/safety-shared.js';
import type { Answer, Rating } from './content.js';
import type { VisitPrepAdditions, VisitPrepInput } from './visit-prep.schema.js';
import {
  NO_ANSWERS,
  labels,
  localToday,
  offeredQuestions,
  plainText,
  summary,
  type Answers,
  type Summary,
} from './visit-prep-model.js';
import { form, sheet, visitSources, type FormEvents } from './visit-prep-template.js';
import { visitPrepStyles } from './visit-prep.styles.js';
import { loadQrEncoder, qrEncoderReady } from './qr-code.js';

const NO_ADDITIONS: VisitPrepAdditions = {};

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadSchema = () => import('./visit-prep.schema.js').then((m) => m.visitPrepSchema);

/**
 * "Prepare for your visit": the patient rates what matters to them (how fast a treatment may help, how sure
 * the research is, not feeling detached, no drip or shot, no daily pill, time, cost), answers four plain
 * questions on how ready they feel, and ticks the questions to ask the clinic (the safety facts' questions,
 * the clinic's own, and their own in a text box). The widget turns that into a one-page summary with the
 * date, the clinic's contact and a QR code to its page, and a few sourced facts from the safety facts; the
 * patient prints it, copies it as plain text or shares it (an email through a `mailto:` link, or
 * `navigator.share` where the device has it). Native form controls throughout. Nothing leaves the page: no storage, no request, no
 * cookie, nothing in the address; the answers vanish on reload. What the patient enters is their own view,
 * never a claim about a treatment. Printing shows only the summary and the fine print, on one page.
 *
 * @summary A visit-preparation form (values, readiness, questions) that ends in a one-page printable summary.
 *
 * @tagname ketamine-visit-prep
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 *
 * @slot - Optional `<script type="application/json">` with clinic additions (`{ clinic, questions }`). Never shown.
 * @slot actions - The clinic's own link or button (e.g. "Book a visit"), shown after the summary and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart base - The whole widget.
 * @csspart title - The widget's heading.
 * @csspart intro - The note under the heading: what to do, and that the page keeps and sends nothing.
 * @csspart form - The form (hidden in print).
 * @csspart values - "What matters to you": a fieldset of radio groups.
 * @csspart readiness - "How ready you feel": a fieldset of radio groups.
 * @csspart questions - "Questions to ask your clinic": checkboxes and the text box.
 * @csspart clinic - The clinic's own questions, marked "From your clinic".
 * @csspart own-questions - The text box for the patient's own questions.
 * @csspart summary - "Print, copy or share": the buttons and the summary sheet.
 * @csspart buttons - The Print and Copy buttons and the Share link (an email link that opens the device's share menu where there is one); not printed.
 * @csspart sheet - The summary: date, clinic, answers, questions and sourced facts (all that prints).
 * @csspart date - The date the summary was made, in the reader's locale.
 * @csspart contact - The clinic's name, phone, email, web page and QR code.
 * @csspart phone - The clinic's phone number (a `tel:` link).
 * @csspart email - The clinic's email address (a `mailto:` link).
 * @csspart clinic-link - The clinic's web page.
 * @csspart qr - The QR code of the clinic's web page (black on white in every theme).
 * @csspart footnote - A numbered footnote link.
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources - The numbered source list.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart error - The error panel shown instead of the widget when the clinic's additions are invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (buttons, the clinic block's edge).
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 */
export class KetamineVisitPrep extends KetamineElement {
  static override styles = [...KetamineElement.styles, sourceListStyles, visitPrepStyles];
  protected static override messageGroup: MessageGroup = 'visit-prep';
  static override properties: PropertyDeclarations = {
    additions: { attribute: false },
    today: { attribute: false },
    answers: { state: true },
    status: { state: true },
  };

  /**
   * Clinic additions as an object (`{ clinic: { name, phone?, email?, url? }, questions? }`). Without it, the
   * widget reads an inline `<script type="application/json">` child.
   */
  declare additions: VisitPrepInput | undefined;
  /**
   * @internal The summary's date (YYYY-MM-DD) instead of today on the reader's clock: the stories' screenshots
   * pin it, so they do not change every day.
   */
  declare today: string | undefined;
  /** The patient's answers: in this element only, never stored or sent. */
  declare private answers: Answers;
  /** The result of the last Copy, read out by the status line. */
  declare private status: 'copied' | 'copy-failed' | undefined;

  constructor() {
    super();
    this.answers = NO_ANSWERS;
  }

  private readonly content = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.additions,
    pick: (additions) => (additions == null ? undefined : { clinic: additions }),
    absent: () => ({ ok: true, value: NO_ADDITIONS }),
    valid: (additions: VisitPrepAdditions) => additions,
  });

  private readonly followLink = (event: MouseEvent): void => followInPageLink(event, this.renderRoot as ShadowRoot);

  /** Leaving the page clears the answers, so that Back (the page cache) or a shared computer never shows them. */
  private readonly clearOnLeave = (): void => {
    this.answers = NO_ANSWERS;
    this.status = undefined;
    this.renderRoot.querySelector('form')?.reset();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.clearOnLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.clearOnLeave);
  }

  private readonly events: FormEvents = {
    rate: (group, id, choice) => {
      const next = new Map<string, string>(this.answers[group]);
      next.set(id, choice);
      this.answers = { ...this.answers, [group]: next as Map<string, Rating & Answer> };
      this.status = undefined;
    },
    tick: (key, on) => {
      const ticked = new Set(this.answers.ticked);
      if (on) ticked.add(key);
      else ticked.delete(key);
      this.answers = { ...this.answers, ticked };
      this.status = undefined;
    },
    own: (own) => {
      this.answers = { ...this.answers, own };
      this.status = undefined;
    },
  };

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (clinic) => this.renderForm(clinic));
  }

  private renderForm(clinic: VisitPrepAdditions): TemplateResult {
    const level = Number(this.headingLevel);
    const shown = summary(this.answers, clinic, this.today ?? localToday());
    if (shown.clinic?.url && !qrEncoderReady() && !isServer) this.awaitQr();
    return html`<section part="base" class="visit panel" aria-labelledby="title" @click=${this.followLink}>
      <div part="title" class="title" id="title" role="heading" aria-level=${level}>${labels.title()}</div>
      <p part="intro" class="intro">
        ${msg(
          'Answer what you like, then print, copy or share a summary to bring to your visit. This page does not keep or send your answers. They are gone when you reload or leave the page.',
          {
            id: 'visit-prep.intro',
            desc: 'Visit prep: the note under the heading. What to do (print, copy or share: the three buttons below), and that the page keeps the answers nowhere (not stored, not sent, gone on reload or leaving). Keep each point.',
          },
        )}
      </p>
      ${form(this.answers, offeredQuestions(clinic), this.events)}
      <section part="summary" class="summary" aria-labelledby="summary-title">
        <div class="heading part-title" id="summary-title" role="heading" aria-level=${Math.min(level + 1, 6)}>
          ${msg('Print, copy or share', {
            id: 'visit-prep.summary.title',
            desc: 'Visit prep: heading of the part with the summary and its Print, Copy and Share buttons.',
          })}
        </div>
        ${this.buttons(shown)} ${sheet(shown, Math.min(level + 2, 6))}
      </section>
      ${glossary(
        shown.facts.map((f) => f.text),
        this.expanded,
      )}
      ${footer(this, visitSources(shown.sources), shown.sources.length)}
    </section>`;
  }

  /** The QR encoder's load, while it is on its way: `updateComplete` waits for it and the render after it. */
  private qrLoad: Promise<void> | undefined;

  private awaitQr(): void {
    this.qrLoad ??= loadQrEncoder().then(
      () => this.requestUpdate(),
      (error: unknown) => console.error(`<${this.localName}>: the QR code could not be drawn.`, error),
    );
  }

  /** Resolves once the widget shows its content, the clinic's QR code included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.qrLoad && !qrEncoderReady()) {
      await this.qrLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Print, Copy and Share, the same on the server and in every browser, so a pre-rendered widget does not move
   * when the browser takes it over. Share is an email link (`mailto:`, the summary as its text, the patient
   * chooses whom to send it to) that opens the device's share menu instead where there is one.
   */
  private buttons(shown: Summary): TemplateResult {
    const text = plainText(shown, questionsTitle());
    const title = labels.sheet();
    const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
    const share = (event: Event): void => {
      if (typeof navigator.share !== 'function') return;
      event.preventDefault();
      navigator.share({ title, text }).catch(() => undefined);
    };
    return html`<div part="buttons" class="buttons">
        <button type="button" class="button" data-action="print" @click=${() => window.print()}>
          ${msg('Print', {
            id: 'visit-prep.button.print',
            desc: 'Visit prep: button that prints the summary (or saves it as a PDF).',
          })}
        </button>
        <button type="button" class="button" data-action="copy" @click=${() => this.copy(text)}>
          ${msg('Copy', {
            id: 'visit-prep.button.copy',
            desc: 'Visit prep: button that copies the summary as plain text.',
          })}
        </button>
        <a class="button" data-action="share" href=${mailto} @click=${share}>
          ${msg('Share', {
            id: 'visit-prep.button.share',
            desc: "Visit prep: link that shares the summary as text: the device's share menu where there is one, otherwise a new email (the patient chooses whom to send it to).",
          })}
        </a>
      </div>
      <p class="status" role="status">${this.statusText()}</p>`;
  }

  private async copy(text: string): Promise<void> {
    try {
      // No clipboard (an insecure page, an older browser): the status says to copy it by hand.
      await navigator.clipboard.writeText(text);
      this.status = 'copied';
    } catch {
      this.status = 'copy-failed';
    }
  }

  private statusText(): string {
    if (this.status === 'copied') {
      return msg('Copied. You can paste it into a note or a message.', {
        id: 'visit-prep.status.copied',
        desc: 'Visit prep: said after the summary was copied as text.',
      });
    }
    if (this.status === 'copy-failed') {
      return msg('It could not be copied. You can select the summary and copy it yourself.', {
        id: 'visit-prep.status.copy-failed',
        desc: 'Visit prep: said when the browser did not allow copying the summary.',
      });
    }
    return '';
  }
}

const errorTitle = (): string =>
  msg('This visit preparation could not be shown', {
    id: 'visit-prep.error-title',
    desc: 'Title of the error panel shown instead of the visit-prep widget when the clinic-supplied additions are invalid.',
  });
