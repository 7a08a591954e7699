import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from '../version.js';
import { getLocale } from '../localization/localization.js';
import { textDirection } from '../localization/locales.js';
import { tokens } from './tokens.styles.js';
import { errorPanel, errorPanelStyles } from './error-panel.js';
import { footerStyles } from './widget-footer.js';
import { sourceLinkStyles } from './source-links.js';
import type { Checked, ContentIssue } from './content-issue.js';
import type { SchemaName, SchemaOutput } from '../schema/validate.js';

export type Theme = 'auto' | 'light' | 'dark';

/** Shown while clinic content is validated: it holds the widget's room so nothing shifts. */
export const loadingPlaceholder = html`<div class="loading" aria-busy="true"></div>`;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/** `detail` of the `ketamine-error` event. */
export interface KetamineErrorDetail {
  issues: ContentIssue[];
}

/**
 * Base of every widget: tokens, theme, locale updates, the inline JSON child,
 * and the one error mechanism (error panel + `ketamine-error` event + one
 * console message). Free of side effects until an element is created.
 */
export abstract class KetamineElement extends LitElement {
  static version = VERSION;
  static override styles = [tokens, errorPanelStyles, footerStyles, sourceLinkStyles];
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    issues: { state: true, attribute: false },
  };

  /** Colour scheme: `auto` follows the visitor's system setting; `light` or `dark` force one. */
  declare theme: Theme;
  /** Heading level (1–6) of the widget's headings, so they fit the page's outline. */
  declare headingLevel: string;
  /** Problems with the current input; when set, the error panel replaces the content. */
  protected declare issues: ContentIssue[] | undefined;

  /** Title of the error panel, e.g. "This evidence card could not be shown". */
  protected abstract errorTitle(): string;
  /** Renders valid content. Only called when there are no issues. */
  protected abstract renderContent(): TemplateResult;
  /** Re-reads the input after an inline JSON child was added or edited. */
  protected abstract jsonChildChanged(): void;

  private jsonObserver?: MutationObserver;
  private loggedIssues = '';
  private loadToken = 0;

  constructor() {
    super();
    this.theme = 'auto';
    this.headingLevel = '3';
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.jsonObserver = new MutationObserver(() => this.jsonChildChanged());
    this.jsonObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonObserver?.disconnect();
    this.jsonObserver = undefined;
  }

  /** Text of the inline `<script type="application/json">` child, if any. */
  protected jsonChildText(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /**
   * Validates clinic content: `value` when given (a property), else the
   * inline JSON child. Loads the validation code on first use only. Resolves
   * to `undefined` when there is no clinic content, and to `'stale'` when a
   * newer load started meanwhile (its result must be dropped).
   */
  protected async checkClinicContent<N extends SchemaName>(
    schema: N,
    value: unknown,
  ): Promise<Checked<SchemaOutput<N>> | undefined | 'stale'> {
    const token = ++this.loadToken;
    const json = value === undefined ? this.jsonChildText() : undefined;
    if (value === undefined && json === undefined) return undefined;
    const { validateContent } = await import('../schema/validate.js');
    if (token !== this.loadToken) return 'stale';
    return validateContent(schema, value === undefined ? { json: json! } : { value });
  }

  /** Marks any load in progress as stale (e.g. a built-in id was chosen meanwhile). */
  protected cancelClinicContent(): void {
    this.loadToken += 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnInvalidAttribute('theme', this.theme, THEMES);
      this.theme = 'auto';
    }
    if (changed.has('headingLevel') && !HEADING_LEVELS.includes(this.headingLevel as '3')) {
      this.warnInvalidAttribute('heading-level', this.headingLevel, HEADING_LEVELS);
      this.headingLevel = '3';
    }
  }

  /** Shows the error panel, fires `ketamine-error` and logs once. */
  protected reportIssues(issues: ContentIssue[]): void {
    this.issues = issues;
    this.dispatchEvent(
      new CustomEvent<KetamineErrorDetail>('ketamine-error', {
        bubbles: true,
        composed: true,
        detail: { issues },
      }),
    );
    const signature = JSON.stringify(issues);
    if (signature !== this.loggedIssues) {
      this.loggedIssues = signature;
      console.error(
        `<${this.localName}>: invalid content.\n` +
          issues.map((i) => `  ${i.path || '(value)'}: expected ${i.expected}; found ${i.found}`).join('\n'),
        this,
      );
    }
  }

  protected clearIssues(): void {
    this.issues = undefined;
    this.loggedIssues = '';
  }

  /** An attribute with an unknown value falls back to its default and warns, never throws. */
  protected warnInvalidAttribute(name: string, value: unknown, allowed: readonly string[]): void {
    console.warn(
      `<${this.localName}>: ${name}="${String(value)}" is not supported; ` +
        `use one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using the default.`,
      this,
    );
  }

  protected override render(): TemplateResult {
    const body = this.issues ? errorPanel(this.errorTitle(), this.issues) : this.renderContent();
    const locale = getLocale();
    // lang and dir follow the widget's own language, so text stays readable on a page in another script.
    return html`<div class="root" lang=${locale} dir=${textDirection(locale)}>${body}</div>`;
  }
}
