import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/*
 * The events a clinic can count in its own analytics. Each says what the reader (or the page) did, never
 * what the reader or the clinic wrote: `widget` is the tag name, the rest are stable ids, numbers and the
 * library's own links. The library sends them nowhere (docs/privacy.md).
 */

/** `detail` of `ketamine-toggle`: the reader opened or closed a disclosure. */
export interface KetamineToggleDetail {
  /** The widget's tag name, e.g. `ketamine-safety-facts`. */
  widget: string;
  /** The disclosure's stable id (never its translated title), e.g. `sources`, `glossary`, `effects`. */
  section: string;
  /** Whether it is now open. */
  open: boolean;
}

/** Which link a reader followed: a footnote to the source list, or a source's DOI, PubMed or web-page link. */
export type KetamineSourceLinkKind = 'footnote' | 'doi' | 'pubmed' | 'web';

/** `detail` of `ketamine-source-follow`: the reader followed a footnote or a source's link. */
export interface KetamineSourceFollowDetail {
  widget: string;
  kind: KetamineSourceLinkKind;
  /** The link's `href` as written: `#source-2` for a footnote, the DOI, PubMed or web address for a source. */
  href: string;
  /** The source's number in the widget's numbered list; absent in a widget without one. */
  source?: number;
}

/** `detail` of `ketamine-locale-change`: the widget shows its content in another language. */
export interface KetamineLocaleChangeDetail {
  widget: string;
  /** The language it now shows, e.g. `es`. */
  locale: string;
}

/** `detail` of `ketamine-print` (the page is printing) and of `ketamine-action` (the reader used the `actions` slot's link or button). */
export interface KetamineWidgetDetail {
  widget: string;
}

/** The reader events as `HTMLElementEventMap` entries: each widget's define.ts adds them to the global map. */
export interface KetamineReaderEventMap {
  'ketamine-toggle': CustomEvent<KetamineToggleDetail>;
  'ketamine-source-follow': CustomEvent<KetamineSourceFollowDetail>;
  'ketamine-locale-change': CustomEvent<KetamineLocaleChangeDetail>;
  'ketamine-print': CustomEvent<KetamineWidgetDetail>;
  'ketamine-action': CustomEvent<KetamineWidgetDetail>;
}

type ReaderEventDetails = { [K in keyof KetamineReaderEventMap]: KetamineReaderEventMap[K]['detail'] };

/** What counts as activating the `actions` slot's element: a link, a button, or a control inside it. */
const ACTION_CONTROL = 'a[href], button, input, [role="button"], [role="link"]';

/**
 * Fires the reader events, bubbling and composed, from the host. Only the reader's or the page's actions
 * count: a click (or Enter or Space, which click) on a disclosure's summary, on a footnote or source link,
 * or on the `actions` slot's element; a print; a new locale. Disclosures opened by `expanded`, by print or
 * by a footnote are not the reader's toggles, and the first render (a pre-rendered widget's takeover
 * included) is no locale change. Nothing on the server: no DOM, no reader.
 */
export class ReaderEventsController implements ReactiveController {
  /** Disclosures whose summary the reader clicked, until their `toggle` event arrives. */
  private readonly clickedSummaries = new Set<HTMLDetailsElement>();
  private shownLocale?: string;
  private printing = false;

  /**
   * `root` is the host's shadow root; `contentLocale` the locale its content is shown in, or `undefined`
   * while it shows a placeholder or pre-rendered nodes.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly root: () => ParentNode,
    private readonly contentLocale: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen('addEventListener');
  }

  hostDisconnected(): void {
    this.listen('removeEventListener');
    this.clickedSummaries.clear();
    this.printing = false;
  }

  /** The host's clicks; its shadow root's `toggle` events, which neither bubble nor leave it (so: capture); printing. */
  private listen(method: 'addEventListener' | 'removeEventListener'): void {
    if (isServer) return;
    this.host[method]('click', this);
    this.root()[method]('toggle', this, true);
    window[method]('beforeprint', this);
    window[method]('afterprint', this);
  }

  hostUpdated(): void {
    const locale = this.contentLocale();
    if (!locale) return;
    const previous = this.shownLocale;
    this.shownLocale = locale;
    if (previous && previous !== locale) this.fire('ketamine-locale-change', { locale });
  }

  /** @internal The one listener (an `EventListenerObject`) for every event `listen` names. */
  handleEvent(event: Event): void {
    const { type, target } = event;
    if (type === 'beforeprint') {
      if (!this.printing) this.fire('ketamine-print', {});
      this.printing = true;
    } else if (type === 'afterprint') {
      this.printing = false;
    } else if (type === 'toggle') {
      this.toggled(target as HTMLDetailsElement);
    } else if (target === this.host) {
      // A click retargeted to the host: it was inside the shadow root.
      this.clickedInside(event.composedPath()[0] as Element);
    } else if (this.isAction(target as Element)) {
      this.fire('ketamine-action', {});
    }
  }

  private clickedInside(origin: Element): void {
    const summary = origin.closest('summary');
    if (summary?.parentElement instanceof HTMLDetailsElement) {
      this.clickedSummaries.add(summary.parentElement);
      return;
    }
    // Footnotes and source links say their kind (footnote-links.ts, source-links.ts); back links do not.
    const link = origin.closest<HTMLAnchorElement>('a[data-kind]');
    if (!link) return;
    const source = Number(link.closest('[data-source]')?.getAttribute('data-source'));
    this.fire('ketamine-source-follow', {
      kind: link.dataset['kind'] as KetamineSourceLinkKind,
      href: link.getAttribute('href')!,
      ...(source > 0 ? { source } : {}),
    });
  }

  /** Whether `target` is in a link or button of the host's child in the `actions` slot. */
  private isAction(target: Element): boolean {
    const control = target.closest(ACTION_CONTROL);
    let child: Element | null = target;
    while (child && child.parentElement !== this.host) child = child.parentElement;
    return child?.slot === 'actions' && control !== null && child.contains(control);
  }

  /** Only the toggle that follows a click on the summary is the reader's. */
  private toggled(details: HTMLDetailsElement): void {
    const section = details.dataset['section'];
    if (this.clickedSummaries.delete(details) && section) {
      this.fire('ketamine-toggle', { section, open: details.open });
    }
  }

  private fire<K extends keyof ReaderEventDetails>(name: K, detail: Omit<ReaderEventDetails[K], 'widget'>): void {
    this.host.dispatchEvent(
      new CustomEvent(name, { bubbles: true, composed: true, detail: { widget: this.host.localName, ...detail } }),
    );
  }
}
