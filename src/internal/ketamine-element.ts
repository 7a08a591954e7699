import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { VERSION } from '../version.js';
import { getLocale } from '../localization/localization.js';
import { pendingMessages } from '../localization/pending-messages.js';
import type { MessageGroup } from '../generated/messages/loaders.js';
import { textDirection } from '../localization/locales.js';
import { tokens } from './tokens.styles.js';
import { errorPanel, errorPanelStyles } from './error-panel.js';
import { footerStyles } from './widget-footer.js';
import { sourceLinkStyles } from './source-links.js';
import type { Checked, ContentIssue } from '../schema/content-issue.js';
import type { $ZodType as ZodType } from 'zod/v4/core';

export type Theme = 'auto' | 'light' | 'dark';

/** Shown while clinic content is validated: it holds the widget's room so nothing shifts. */
export const loadingPlaceholder = html`<div class="loading" aria-busy="true"></div>`;
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/** The message of anything thrown, without running more of the thrower's code than needed. */
function thrownMessage(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return typeof error;
  }
}

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
  /** The group of translations that holds this element's own texts (see localization/messages.ts). */
  protected static messageGroup: MessageGroup = 'shared';
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
  /** The inline JSON as last read, to notice edits made while the widget was out of the page. */
  private jsonTextRead?: string;
  private loggedIssues = '';
  private loadToken = 0;
  /** Attribute values this element has warned about (see `warnInvalidAttribute`). */
  private warnedAttributes = new Set<string>();
  /** Makes the shown issues again: their texts are translated when made, so a locale change remakes them. */
  private remakeIssues?: () => ContentIssue[];
  private issuesLocale = '';
  /** This element's translations on their way, while it shows the loading placeholder. */
  private messagesPending?: Promise<void>;
  /** A locale whose translations for this element failed to load: it shows English text rather than nothing. */
  private messagesFailedIn?: string;
  /** The issues of the last failed validation, and how to make them again in another locale. */
  private failedCheck?: { issues: ContentIssue[]; remake: () => ContentIssue[] };

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
    // No observer saw edits to the inline JSON while the widget was out of the page: read it again if it changed.
    if (this.hasUpdated && this.readJsonChild() !== this.jsonTextRead) this.jsonChildChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonObserver?.disconnect();
    this.jsonObserver = undefined;
  }

  /** Text of the inline `<script type="application/json">` child, if any. */
  protected jsonChildText(): string | undefined {
    this.jsonTextRead = this.readJsonChild();
    return this.jsonTextRead;
  }

  private readJsonChild(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  /**
   * Validates clinic content: `value` when given (a property), else the
   * inline JSON child, and hands the result to `use`: `undefined` when there
   * is no clinic content. Loads the validation code on first use only. When a
   * newer load (or a built-in id) took over meanwhile, `use` is not called:
   * it runs in the same step as that check, so no late result can slip in.
   */
  protected async checkClinicContent<T>(
    loadSchema: () => Promise<ZodType<T>>,
    value: unknown,
    use: (checked: Checked<T> | undefined) => void,
  ): Promise<void> {
    const token = ++this.loadToken;
    const json = value === undefined ? this.jsonChildText() : undefined;
    if (value === undefined && json === undefined) {
      await null;
      if (token === this.loadToken) use(undefined);
      return;
    }
    // The validation code and the widget's schema load together, only when clinic content is there.
    const [{ validateContent }, schema] = await Promise.all([import('../schema/validate.js'), loadSchema()]);
    if (token !== this.loadToken) return;
    const input = value === undefined ? { json: json! } : { value };
    let checked: Checked<T>;
    try {
      checked = validateContent(schema, input);
    } catch (error) {
      // A value whose getters or proxy traps throw: one issue naming the error, like a JSON syntax error,
      // instead of an unhandled rejection and a blank widget.
      use({ ok: false, issues: [{ path: '', expected: 'object', found: thrownMessage(error) }] });
      return;
    }
    if (!checked.ok) {
      const { issues } = checked;
      const remake = (): ContentIssue[] => {
        try {
          const again = validateContent(schema, input);
          return again.ok ? issues : again.issues;
        } catch {
          return issues;
        }
      };
      this.failedCheck = { issues, remake };
    }
    use(checked);
  }

  /** Marks any load in progress as stale (e.g. a built-in id was chosen meanwhile). */
  protected cancelClinicContent(): void {
    this.loadToken += 1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      // A removed attribute (null) restores the default without a warning.
      if (this.theme != null) this.warnInvalidAttribute('theme', this.theme, THEMES);
      this.theme = 'auto';
    }
    if (changed.has('headingLevel') && !HEADING_LEVELS.includes(this.headingLevel as '3')) {
      if (this.headingLevel != null) this.warnInvalidAttribute('heading-level', this.headingLevel, HEADING_LEVELS);
      this.headingLevel = '3';
    }
    // The page's language changed under the error panel: the same issues, in the new language (no new event).
    if (this.issues && this.remakeIssues && this.issuesLocale !== getLocale()) {
      this.issuesLocale = getLocale();
      this.issues = this.remakeIssues();
    }
  }

  /**
   * Shows the error panel, fires `ketamine-error` and logs once. Pass the
   * issues as a function to have them remade (retranslated) when the locale
   * changes; the issues of a failed `checkClinicContent` are remade anyway.
   */
  protected reportIssues(made: ContentIssue[] | (() => ContentIssue[])): void {
    const issues = typeof made === 'function' ? made() : made;
    this.remakeIssues =
      typeof made === 'function' ? made : this.failedCheck?.issues === made ? this.failedCheck.remake : undefined;
    this.issuesLocale = getLocale();
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
    this.remakeIssues = undefined;
    this.failedCheck = undefined;
  }

  /**
   * An attribute with an unknown value falls back to its default and warns,
   * never throws. Each element warns once per attribute, value and set of
   * allowed values, however often the value is set or the widget re-renders.
   * `message` replaces the standard wording (it must still name the attribute
   * and the allowed values).
   */
  protected warnInvalidAttribute(name: string, value: unknown, allowed: readonly string[], message?: string): void {
    const key = `${name}\u0000${String(value)}\u0000${allowed.join(' ')}`;
    if (this.warnedAttributes.has(key)) return;
    this.warnedAttributes.add(key);
    console.warn(
      message ??
        `<${this.localName}>: ${name}="${String(value)}" is not supported; ` +
          `use one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using the default.`,
      this,
    );
  }

  /** Resolves once the widget shows its content in the current locale, its translations included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.messagesPending) {
      await this.messagesPending.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * True while this element's translations for the current locale are still
   * on their way (the first widget of its kind on a page in another language):
   * it then shows the loading placeholder rather than English text.
   */
  private awaitingMessages(locale: string): boolean {
    if (this.messagesFailedIn === locale) return false;
    const pending = pendingMessages((this.constructor as typeof KetamineElement).messageGroup, locale);
    if (pending && pending !== this.messagesPending) {
      this.messagesPending = pending;
      pending
        .catch((error: unknown) => {
          this.messagesFailedIn = locale;
          console.error(`<${this.localName}>: could not load its "${locale}" texts; it shows them in English.`, error);
        })
        .finally(() => {
          if (this.messagesPending === pending) this.messagesPending = undefined;
          this.requestUpdate();
        });
    }
    return pending !== undefined;
  }

  protected override render(): TemplateResult {
    const locale = getLocale();
    if (this.awaitingMessages(locale)) return html`<div class="root">${loadingPlaceholder}</div>`;
    const body = this.issues ? errorPanel(this.errorTitle(), this.issues) : this.renderContent();
    // lang and dir follow the widget's own language, so text stays readable on a page in another script.
    return html`<div class="root" lang=${locale} dir=${textDirection(locale)}>${body}</div>`;
  }
}
