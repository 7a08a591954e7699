import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from '../version.js';
import { getLocale, switchingLocale } from '../localization/localization.js';
import type { MessageGroup } from '../generated/messages/loaders.js';
import { textDirection } from '../localization/locales.js';
import { translationUnreviewed } from '../localization/review-status.js';
import { tokens } from './tokens.styles.js';
import { errorPanel, errorPanelStyles } from './error-panel.js';
import { footerStyles, type FooterHost, type FooterLayout } from './widget-footer.js';
import { sourceLinkStyles } from './source-links.js';
import { glossaryStyles } from './glossary.js';
import { disclosureStyles } from './disclosure.styles.js';
import { carryOverReaderState } from './reader-state.js';
import { AttributeWarnings, warnOncePerPage } from './attribute-warnings.js';
import { TranslationGroupController } from './controllers/translation-group.js';
import { HasSlotController } from './controllers/has-slot.js';
import { OpenForPrintController } from './controllers/open-for-print.js';
import { ReaderEventsController } from './controllers/reader-events.js';
import type { ContentState } from './controllers/clinic-content.js';
import { ClinicReviewController } from './controllers/clinic-review.js';
import { NEXT_REVIEW, reviewDue } from '../content/review.js';
import type { ClinicReview, ClinicReviewInput } from '../schema/clinic-review.js';

export type { KetamineErrorDetail } from './controllers/issue-reporter.js';
export type Theme = 'auto' | 'light' | 'dark';
/** A string, as the attribute gives it: any other value falls back to `'3'` with a console warning. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** Shown while content or translations load: it holds the widget's room so nothing shifts. */
export const loadingPlaceholder = html`<div class="loading" aria-busy="true"></div>`;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
const FOOTER_LAYOUTS: readonly FooterLayout[] = ['full', 'compact'];

/**
 * What every widget shares: tokens and styles, the theme, heading-level,
 * expanded and footer attributes, the actions slot, opening for print, locale
 * updates, waiting for its translations, and the lang/dir wrapper. Content,
 * issues and the inline JSON child are controllers (see controllers/). Free of
 * side effects until an element is created.
 *
 * @event {CustomEvent<KetamineSourceFollowDetail>} ketamine-source-follow - The reader followed a footnote or a source's link. `detail` is `{ widget, kind, href, source? }`: the tag name; `footnote`, `doi`, `pubmed` or `web`; the link's `href` (`#source-2` for a footnote); the source's number in the widget's list, where it has one.
 * @event {CustomEvent<KetamineLocaleChangeDetail>} ketamine-locale-change - The widget shows its content in another language (after `setLocale` or a new `<html lang>`); not on its first render. `detail` is `{ widget, locale }`.
 * @event {CustomEvent<KetamineWidgetDetail>} ketamine-print - The page is about to print (`beforeprint`), once per widget per print. `detail` is `{ widget }`.
 * @event {CustomEvent<KetamineWidgetDetail>} ketamine-action - The reader clicked (or pressed Enter on) the link or button in the `actions` slot. `detail` is `{ widget }`, never the link's text or address.
 *
 * @slot actions - The clinic's own next step (a link or button such as "Book a consultation"), shown after the content and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart actions - The box around the `actions` slot.
 * @csspart sources-toggle - The "Sources (N)" summary that opens the list of sources.
 * @csspart reviewed - The last-reviewed date, the next-review date and the content version.
 * @csspart review-due - The line saying that the information is due for review (check with your clinic): shown only after the next-review date of the built-in content has passed.
 * @csspart clinic-review - The clinic's own medical review, from the `clinic-review` attribute: "Reviewed for this clinic by (name), (role), on (date)." Absent without a valid one.
 * @csspart provenance - How the content was checked (against the cited sources by the ketamine-widgets project, not yet by a clinician) and the review policy: under the review dates, or first inside the sources disclosure in the compact footer.
 * @csspart translation-review - The line saying that the translation is not yet checked by a medical translator: shown in a language whose texts for this widget are not all approved (always in the `en-XA` pseudo-locale, never in English).
 */
export abstract class KetamineElement extends LitElement implements FooterHost {
  static version = VERSION;
  static override styles = [tokens, errorPanelStyles, disclosureStyles, footerStyles, sourceLinkStyles, glossaryStyles];
  /** The group of translations that holds this element's own texts (see localization/messages.ts). */
  protected static messageGroup: MessageGroup = 'shared';
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    expanded: { type: Boolean, reflect: true },
    footer: { reflect: true },
    clinicReview: { attribute: 'clinic-review' },
  };

  /**
   * Colour scheme. `auto` follows the page: dark when the page declares it supports dark
   * (`color-scheme: light dark`, or `<meta name="color-scheme">`) and the visitor's system is dark;
   * light on a page that declares nothing or only light. `light` or `dark` force one. Browsers without
   * CSS `light-dark()` show light unless `dark` is forced.
   */
  declare theme: Theme;
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  declare headingLevel: HeadingLevel;
  /** Shows everything open from the start: the details behind each disclosure and the sources. Print always does. */
  declare expanded: boolean;
  /**
   * The fine print at the end: `full` gives the disclaimer and the review date a line each; `compact` puts both on
   * one small line beside "Sources (N)", for a page section with several widgets. The disclaimer always shows.
   */
  declare footer: FooterLayout;
  /**
   * The clinic's own medical review of this widget, shown in the fine print as the clinic's, apart from the
   * library's: JSON such as `{"name": "Dr. A. Rivera", "role": "Psychiatrist", "date": "2026-11-20"}` (or, as a
   * property, the object). `name` and `role` are one line of plain text each (up to 120 characters), `date` is
   * YYYY-MM-DD and not in the future. Invalid, it is not shown and the console says which field is wrong.
   */
  declare clinicReview: string | ClinicReviewInput | undefined;

  /** Warns once per bad attribute value. */
  protected readonly warnings = new AttributeWarnings(this);
  private readonly translations = new TranslationGroupController(
    this,
    (this.constructor as typeof KetamineElement).messageGroup,
  );
  private readonly actions = new HasSlotController(this, 'actions');
  private readonly clinicReviewCheck = new ClinicReviewController(this, () => this.clinicReview, this.warnings);
  private due = false;
  /** On the server: the controllers, whose `hostUpdate` Lit's server renderer skips (see willUpdate). */
  private serverControllers?: ReactiveController[];
  /** In the browser: the nodes of a shadow root pre-rendered on the server, until the first render with content. */
  private prerendered?: ChildNode[];

  /** Whether the page put a link or button in the `actions` slot. */
  get hasActions(): boolean {
    return this.actions.filled;
  }

  /** Whether this widget's texts in the current language are not all approved by a medical translator. */
  get translationUnreviewed(): boolean {
    return translationUnreviewed(getLocale(), (this.constructor as typeof KetamineElement).messageGroup);
  }

  /** The clinic's review as the footer shows it: valid, or `undefined`. */
  get shownClinicReview(): ClinicReview | undefined {
    return this.clinicReviewCheck.review;
  }

  /** Whether the built-in content is past its next-review date (`NEXT_REVIEW`): the footer says so. */
  get reviewDue(): boolean {
    return this.due;
  }

  /** The widget's own content, in the current locale. Only called while its translations are there. */
  protected abstract renderContent(): TemplateResult;

  constructor() {
    super();
    this.theme = 'auto';
    this.headingLevel = '3';
    this.expanded = false;
    this.footer = 'full';
    updateWhenLocaleChanges(this);
    new OpenForPrintController(this, () => this.renderRoot);
    new ReaderEventsController(
      this,
      () => this.renderRoot,
      () => this.contentLocale,
    );
  }

  /** @internal Keeps the controllers on the server too (see willUpdate). */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (isServer) (this.serverControllers ??= []).push(controller);
  }

  /**
   * A shadow root the page already has (declarative, pre-rendered by src/server.ts) keeps its content on
   * show until this element's first render with content replaces it (see update), so the text never
   * blinks; nothing is rendered twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) this.prerendered = [...this.shadowRoot.childNodes];
    return super.createRenderRoot();
  }

  /**
   * Whether the last render left a pre-rendered shadow root on show: the texts of the page's language, or the
   * check of the clinic's content, were still on their way.
   */
  private holdingPrerendered = false;

  /** The locale the content is shown in; `undefined` while a placeholder or the pre-rendered nodes show. */
  private get contentLocale(): string | undefined {
    return this.holdingPrerendered || this.translations.waiting ? undefined : getLocale();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.prerendered && !this.holdingPrerendered) {
      const root = this.renderRoot as ShadowRoot;
      const prerendered = new Set<Node>(this.prerendered);
      const rendered = [...root.childNodes].filter((node) => !prerendered.has(node));
      // Before the old nodes go: the disclosures the reader opened and the focus stay as they were.
      carryOverReaderState(this.prerendered, rendered, root);
      for (const node of this.prerendered) node.remove();
      this.prerendered = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit's server renderer calls willUpdate but not the controllers' hostUpdate: the controllers, each
    // safe on the server (see isServer in controllers/), update here so the server shows what the
    // browser would.
    if (isServer) for (const controller of this.serverControllers ?? []) controller.hostUpdate?.();
    if (changed.has('theme')) this.theme = this.warnings.check('theme', this.theme, THEMES, 'auto');
    if (changed.has('headingLevel')) {
      this.headingLevel = this.warnings.check('heading-level', this.headingLevel, HEADING_LEVELS, '3');
    }
    if (changed.has('footer')) this.footer = this.warnings.check('footer', this.footer, FOOTER_LAYOUTS, 'full');
    this.due = reviewDue();
    if (this.due) {
      warnOncePerPage(
        'review-due',
        `ketamine-widgets: the content was due for review by ${NEXT_REVIEW}; update the package, or check with your clinic.`,
      );
    }
  }

  /** Resolves once the widget shows its content in the current locale, its translations and the clinic's review included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (;;) {
      const waiting = this.translations.pending ?? this.clinicReviewCheck.pending;
      if (!waiting) return done;
      await waiting.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    // While the texts of the page's language load, a pre-rendered widget keeps showing what the server
    // rendered in it, without a placeholder and without a first render in another language; and while
    // its clinic content is checked, without a placeholder.
    const prerendered = this.prerendered !== undefined;
    this.holdingPrerendered = prerendered && (this.translations.waiting || switchingLocale());
    if (this.holdingPrerendered) return nothing;
    if (this.translations.waiting) return html`<div class="root">${loadingPlaceholder}</div>`;
    const content = this.renderContent();
    this.holdingPrerendered = prerendered && content === loadingPlaceholder;
    if (this.holdingPrerendered) return nothing;
    const locale = getLocale();
    // lang and dir follow the widget's own language, so text stays readable on a page in another script.
    return html`<div class="root" lang=${locale} dir=${textDirection(locale)}>${content}</div>`;
  }
}

/** The placeholder, the error panel titled `errorTitle`, or `ok` with the content: one pattern for every widget. */
export function renderState<T>(
  state: ContentState<T>,
  errorTitle: () => string,
  ok: (value: T) => TemplateResult,
): TemplateResult {
  if (state.status === 'loading') return loadingPlaceholder;
  if (state.status === 'issues') return errorPanel(errorTitle(), state.issues);
  return ok(state.value);
}
