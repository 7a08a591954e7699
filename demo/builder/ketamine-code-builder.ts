import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { setLocale, SUPPORTED_LOCALES } from '../../src/index.js';
import { textDirection } from '../../src/localization/locales.js';
import { cdnBase } from '../../scripts/lib/sri-snippet.js';
import type { IntegrityManifest } from '../../scripts/lib/integrity.js';
import type { BuilderAttribute, BuilderCatalog, BuilderWidget } from './catalog.js';
import { pageCode, safeHref, shortcode, tryItPage, type AttributeValue, type Choice } from './code.js';
import { builderStyles } from './builder.styles.js';

/** A chosen value: on/off, one value, the ids of a list in the order they were ticked, or text. */
type Chosen = boolean | string | string[];
type Source = 'jsdelivr' | 'unpkg' | 'own' | 'here';

const CDN_BASES: Record<'jsdelivr' | 'unpkg', (version: string) => string> = {
  jsdelivr: (version) => `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`,
  unpkg: (version) => `https://unpkg.com/ketamine-widgets@${version}/dist/cdn/`,
};

function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A resource as JSON or text, or undefined when it is missing (a static host, or offline). */
async function fetchOrUndefined(url: string, as: 'json' | 'text'): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response[as]() : undefined;
  } catch {
    return undefined;
  }
}

/** The chosen attributes as the tag carries them: set, and not the widget's default. */
function tagAttributes(widget: BuilderWidget, chosen: Record<string, Chosen>): Choice['attributes'] {
  return widget.attributes.flatMap((attribute): [string, AttributeValue][] => {
    const value = chosen[attribute.name];
    if (value === true) return [[attribute.name, true]];
    const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value.trim() : '';
    return text && text !== attribute.default ? [[attribute.name, text]] : [];
  });
}

/**
 * "Get the code": a webmaster picks a widget, its options, the language and where the script comes from, and
 * gets the code to paste beside the live widget. The demo site's own element (demo/builder/), not a library
 * widget. Its options come from `catalog` (scripts/build/builder-catalog.js: custom-elements.json and the
 * WordPress plugin's catalog). `local-cdn` names this server's built bundle folder (`npm start`), which also
 * gives the SRI hashes; the pre-rendered HTML comes from the server's `/prerendered/` route when it answers.
 */
export class KetamineCodeBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    catalog: { attribute: false },
    localCdn: { attribute: 'local-cdn' },
    widgetName: { state: true },
    chosen: { state: true },
    locale: { state: true },
    direction: { state: true },
    source: { state: true },
    ownBase: { state: true },
    sri: { state: true },
    prerender: { state: true },
    fallbackHref: { state: true },
    fallbackText: { state: true },
    integrity: { state: true },
    prerendered: { state: true },
    status: { state: true },
  };
  static override styles = builderStyles;

  catalog?: BuilderCatalog;
  localCdn?: string;
  widgetName = '';
  chosen: Record<string, Chosen> = {};
  locale = SUPPORTED_LOCALES[0]!;
  direction: 'ltr' | 'rtl' = 'ltr';
  source: Source = 'jsdelivr';
  ownBase = '/assets/ketamine-widgets/';
  sri = false;
  prerender = false;
  fallbackHref = '/ketamine-treatment';
  fallbackText = 'Read about ketamine treatment on our own page.';
  /** The hashes for the SRI variant: a manifest, `null` when none could be had, undefined while asked. */
  integrity?: IntegrityManifest | null;
  /** The server's rendering of the current choice: HTML, `null` when the server cannot, undefined while asked. */
  prerendered?: string | null;
  status = '';

  private tryItUrl?: string;
  /** Which answer is the newest, so a slow one never overwrites a newer choice. */
  private asked = { integrity: '', prerendered: '' };

  get widget(): BuilderWidget | undefined {
    return this.catalog?.widgets.find((w) => w.name === this.widgetName) ?? this.catalog?.widgets[0];
  }

  /** The folder the script loads from, or the reason the address given is refused. */
  get base(): { url: string } | { error: string } {
    const version = this.catalog?.version ?? '';
    if (this.source === 'jsdelivr' || this.source === 'unpkg') return { url: CDN_BASES[this.source](version) };
    try {
      const own = this.source === 'here' ? new URL(this.localCdn ?? '', location.href).href : this.ownBase;
      return { url: cdnBase(own, version) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  get choice(): Choice | undefined {
    const { widget, base } = this;
    if (!widget || !('url' in base)) return undefined;
    return {
      widget,
      attributes: tagAttributes(widget, this.chosen),
      locale: this.locale,
      dir: this.direction,
      base: base.url,
      integrity: this.sri ? (this.integrity ?? undefined) : undefined,
      prerendered: this.prerender ? (this.prerendered ?? undefined) : undefined,
      fallback: { href: this.fallbackHref, text: this.fallbackText },
    };
  }

  get code(): string {
    const choice = this.choice;
    return choice ? pageCode(choice) : '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.tryItUrl) URL.revokeObjectURL(this.tryItUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const widget = this.widget;
    if (widget && widget.name !== this.widgetName) this.pickWidget(widget);
    if (changed.has('locale')) this.direction = textDirection(this.locale);
    // "Copied." speaks of the code that was copied: any other change makes it stale.
    if (!changed.has('status')) this.status = '';
    const choice = this.choice;
    if (this.sri && choice) void this.askIntegrity(choice.base);
    if (this.prerender && choice) void this.askPrerendered(choice);
    if (this.tryItUrl) URL.revokeObjectURL(this.tryItUrl);
    this.tryItUrl = choice && URL.createObjectURL(new Blob([tryItPage(choice)], { type: 'text/html' }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('locale')) void setLocale(this.locale);
    this.showPreview(this.choice);
  }

  private pickWidget(widget: BuilderWidget): void {
    this.widgetName = widget.name;
    this.chosen = Object.fromEntries(
      widget.attributes.map((a) => [
        a.name,
        a.kind === 'boolean' ? false : (widget.example[a.name] ?? a.default ?? ''),
      ]),
    );
  }

  /** The hashes of this version: beside the bundle at `base`, else those of this server's build. */
  private async askIntegrity(base: string): Promise<void> {
    const urls = [
      ...(/^https?:/.test(base) ? [`${base}integrity.json`] : []),
      ...(this.localCdn ? [`${this.localCdn}integrity.json`] : []),
    ];
    const key = urls.join(' ');
    if (this.asked.integrity === key) return;
    this.asked.integrity = key;
    this.integrity = undefined;
    for (const url of urls) {
      const manifest = (await fetchOrUndefined(url, 'json')) as IntegrityManifest | undefined;
      if (manifest?.version === this.catalog?.version && manifest?.files) {
        if (this.asked.integrity === key) this.integrity = manifest;
        return;
      }
    }
    if (this.asked.integrity === key) this.integrity = null;
  }

  private async askPrerendered(choice: Choice): Promise<void> {
    const query = new URLSearchParams([
      ...choice.attributes.map(([name, value]) => [name, value === true ? '' : value]),
      ['locale', choice.locale],
    ]);
    const url = `/prerendered/${choice.widget.name}.html?${query}`;
    if (this.asked.prerendered === url) return;
    this.asked.prerendered = url;
    this.prerendered = undefined;
    const answer = await fetchOrUndefined(url, 'text');
    // A static host answers with its own page or nothing: only the widget's own tag counts.
    const { tag } = choice.widget;
    const rendered =
      typeof answer === 'string' && answer.includes(`<${tag}`) && answer.includes(`</${tag}>`) ? answer.trim() : null;
    if (this.asked.prerendered === url) this.prerendered = rendered;
  }

  private set(name: string, value: Chosen): void {
    this.chosen = { ...this.chosen, [name]: value };
  }

  private toggleListValue(name: string, id: string, on: boolean): void {
    const list = (this.chosen[name] as string[] | string | undefined) ?? [];
    const ids = Array.isArray(list) ? list : list.split(/\s+/).filter(Boolean);
    this.set(name, on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code);
      this.status = 'Copied.';
    } catch {
      const area = this.renderRoot.querySelector('textarea')!;
      area.focus();
      area.select();
      this.status = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  }

  private attributeControl(attribute: BuilderAttribute): TemplateResult {
    const id = `attribute-${attribute.name}`;
    const hint = html`<p class="hint" id="${id}-hint">
      ${attribute.description}${attribute.wordpress ? nothing : ' (not in the WordPress shortcode)'}
    </p>`;
    const value = this.chosen[attribute.name];
    if (attribute.kind === 'boolean') {
      return html`<div class="field check">
        <input
          id=${id}
          type="checkbox"
          aria-describedby="${id}-hint"
          .checked=${value === true}
          @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${attribute.name}</label>${hint}
      </div>`;
    }
    if (attribute.kind === 'list') {
      const ids = Array.isArray(value)
        ? value
        : String(value ?? '')
            .split(/\s+/)
            .filter(Boolean);
      return html`<fieldset class="field" aria-describedby="${id}-hint">
        <legend>${attribute.name}</legend>
        ${hint}
        ${attribute.values!.map(
          (v) =>
            html`<label class="check"
              ><input
                id="${id}-${v}"
                type="checkbox"
                .checked=${ids.includes(v)}
                @change=${(e: Event) => this.toggleListValue(attribute.name, v, (e.target as HTMLInputElement).checked)}
              />${v}</label
            >`,
        )}
        <p class="hint">${ids.length ? `In this order: ${ids.join(' ')}` : 'None ticked: the widget shows all.'}</p>
      </fieldset>`;
    }
    if (attribute.kind === 'one') {
      return html`<div class="field">
        <label for=${id}>${attribute.name}</label>
        <select
          id=${id}
          aria-describedby="${id}-hint"
          @change=${(e: Event) => this.set(attribute.name, (e.target as HTMLSelectElement).value)}
        >
          ${attribute.default === undefined ? html`<option value="" ?selected=${!value}>(not set)</option>` : nothing}
          ${attribute.values!.map((v) => html`<option value=${v} ?selected=${v === value}>${v}${v === attribute.default ? ' (default)' : ''}</option>`)}
        </select>
        ${hint}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${attribute.name}</label>
      <input
        id=${id}
        type="text"
        aria-describedby="${id}-hint"
        .value=${String(value ?? '')}
        @input=${(e: Event) => this.set(attribute.name, (e.target as HTMLInputElement).value)}
      />
      ${hint}
    </div>`;
  }

  /**
   * The live widget: the builder's own light-DOM child, shown in the preview slot, so the page sees it as any
   * widget of the page (Storybook's theme toolbar, the tests' "every widget settled").
   */
  private showPreview(choice: Choice | undefined): void {
    if (!choice) return this.replaceChildren();
    if (this.firstElementChild?.localName !== choice.widget.tag) {
      const preview = document.createElement(choice.widget.tag);
      preview.slot = 'preview';
      this.replaceChildren(preview);
    }
    const preview = this.firstElementChild!;
    for (const name of preview.getAttributeNames()) if (name !== 'slot') preview.removeAttribute(name);
    for (const [name, value] of choice.attributes) preview.setAttribute(name, value === true ? '' : value);
  }

  private sourceOption(source: Source, label: string): TemplateResult {
    return html`<label class="check"
      ><input
        id="source-${source}"
        type="radio"
        name="source"
        value=${source}
        .checked=${this.source === source}
        @change=${() => (this.source = source)}
      />${label}</label
    >`;
  }

  private notes(choice: Choice): TemplateResult[] {
    const notes: TemplateResult[] = [];
    if (this.sri && this.integrity === null) {
      notes.push(
        html`<p class="note">
          No SRI hashes for version ${this.catalog?.version} could be read here: run
          <code>npm run -s sri -- ${choice.base}</code> for that snippet.
        </p>`,
      );
    }
    if (this.prerender && this.prerendered === null) {
      notes.push(
        html`<p class="note">
          Pre-rendered HTML needs the server: <code>npm start</code> makes it on this page; for your own page, run
          <code>npx ketamine-widgets render page.html</code>.
        </p>`,
      );
    } else if (this.prerender && this.prerendered && !this.prerendered.includes('<template')) {
      notes.push(html`<p class="note">This choice is not pre-rendered (the script renders it, as before).</p>`);
    }
    if (!safeHref(this.fallbackHref))
      notes.push(
        html`<p class="note">The fallback link is left out: give an http(s) address or a path on your site.</p>`,
      );
    return notes;
  }

  override render(): TemplateResult {
    const { widget, base } = this;
    if (!widget) return html`<p>No widgets in the catalog.</p>`;
    const choice = this.choice;
    const hidden = widget.attributes.filter((a) => !a.wordpress).map((a) => a.name);
    return html`
      <form class="options" part="base" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="widget">Widget</label>
          <select
            id="widget"
            aria-describedby="widget-hint"
            @change=${(e: Event) => this.pickWidget(this.catalog!.widgets.find((w) => w.name === (e.target as HTMLSelectElement).value)!)}
          >
            ${this.catalog!.widgets.map((w) => html`<option value=${w.name} ?selected=${w.name === widget.name}>${w.tag}</option>`)}
          </select>
          <p class="hint" id="widget-hint">${widget.summary}</p>
        </div>
        <fieldset>
          <legend>Options</legend>
          ${widget.attributes.map((a) => this.attributeControl(a))}
        </fieldset>
        <fieldset>
          <legend>Language and direction</legend>
          <div class="field">
            <label for="locale">Language of the page</label>
            <select id="locale" @change=${(e: Event) => (this.locale = (e.target as HTMLSelectElement).value)}>
              ${PAGE_LOCALES.map((l) => html`<option value=${l} ?selected=${l === this.locale}>${languageName(l)} (${l})</option>`)}
            </select>
          </div>
          <fieldset class="inline">
            <legend>Direction of the page</legend>
            ${(['ltr', 'rtl'] as const).map((d) => html`<label class="check"><input id="dir-${d}" type="radio" name="dir" value=${d} .checked=${this.direction === d} @change=${() => (this.direction = d)} />${d === 'ltr' ? 'Left to right' : 'Right to left'}</label>`)}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>The script</legend>
          ${this.sourceOption('jsdelivr', `jsDelivr, pinned to ${this.catalog!.version}`)}
          ${this.sourceOption('unpkg', `unpkg, pinned to ${this.catalog!.version}`)}
          ${this.sourceOption('own', 'Your own server (a copy of dist/cdn/)')}
          ${this.localCdn ? this.sourceOption('here', 'This server (to try it here)') : nothing}
          <div class="field">
            <label for="own-base">Folder on your server</label>
            <input
              id="own-base"
              type="text"
              .value=${this.ownBase}
              ?disabled=${this.source !== 'own'}
              @input=${(e: Event) => (this.ownBase = (e.target as HTMLInputElement).value)}
            />
            ${'error' in base ? html`<p class="note" role="alert">${base.error}</p>` : nothing}
          </div>
          <label class="check"
            ><input
              id="sri"
              type="checkbox"
              .checked=${this.sri}
              @change=${(e: Event) => (this.sri = (e.target as HTMLInputElement).checked)}
            />Subresource Integrity (SRI import map)</label
          >
          <label class="check"
            ><input
              id="prerender"
              type="checkbox"
              .checked=${this.prerender}
              @change=${(e: Event) => (this.prerender = (e.target as HTMLInputElement).checked)}
            />Pre-rendered HTML</label
          >
        </fieldset>
        <fieldset>
          <legend>Fallback, shown when the script cannot run</legend>
          <div class="field">
            <label for="fallback-href">Link to your own page</label>
            <input
              id="fallback-href"
              type="text"
              .value=${this.fallbackHref}
              @input=${(e: Event) => (this.fallbackHref = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="fallback-text">Link text</label>
            <input
              id="fallback-text"
              type="text"
              .value=${this.fallbackText}
              @input=${(e: Event) => (this.fallbackText = (e.target as HTMLInputElement).value)}
            />
          </div>
        </fieldset>
      </form>
      <section class="result" aria-labelledby="code-title">
        <h2 id="code-title">Your code</h2>
        ${choice ? this.notes(choice) : nothing}
        <label for="code"
          >Paste this into your page (the script and style part once, in the <code>&lt;head&gt;</code>)</label
        >
        <textarea id="code" readonly rows="14" spellcheck="false" .value=${this.code}></textarea>
        <div class="actions">
          <button type="button" ?disabled=${!choice} @click=${() => this.copy()}>Copy</button>
          ${this.tryItUrl ? html`<a href=${this.tryItUrl} target="_blank" rel="noopener">Try it (a page with just this code)</a>` : nothing}
          <span role="status" class="status">${this.status}</span>
        </div>
        <h3>WordPress</h3>
        <p>Shortcode: <code id="shortcode">${choice ? shortcode(choice) : ''}</code></p>
        <p>
          Block: <code id="block">${widget.block}</code>, "${widget.title}" in the block inserter. The language follows
          your site${hidden.length ? `; ${hidden.join(', ')} only in a Custom HTML block` : ''}.
        </p>
        <h2>Preview</h2>
        <div class="preview" lang=${this.locale} dir=${this.direction}><slot name="preview"></slot></div>
      </section>
    `;
  }
}

/**
 * The languages a page can be in: the source language and the translations, not a pseudo-locale of the source
 * language (en-XA, for testing layouts), as the WordPress plugin's fragments (scripts/wordpress/prerender.js).
 */
const PAGE_LOCALES = SUPPORTED_LOCALES.filter(
  (locale) => locale === SUPPORTED_LOCALES[0] || !locale.startsWith(`${SUPPORTED_LOCALES[0]}-`),
);

/** Registers the element (a call, not an import's side effect: package.json's `sideEffects` lists only the library's). */
export function defineCodeBuilder(): void {
  if (!customElements.get('ketamine-code-builder')) customElements.define('ketamine-code-builder', KetamineCodeBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-code-builder': KetamineCodeBuilder;
  }
}
