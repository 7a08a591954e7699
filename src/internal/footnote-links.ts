import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../localization/format.js';
import { sourceAnchor } from './footnotes.js';
import { sourceLinks, type Citable } from './source-links.js';

/*
 * The footnote links and the numbered source list of the widgets that cite
 * per statement (comparison, how it works, safety facts). Links between them
 * are `#` links that each widget follows inside its shadow root (in-page-link.ts).
 */

/**
 * A statement's footnote numbers, as links to the source list. The first mention of each source
 * (tracked in `seen`) gets the id `firstId(n)`, where the source's back link returns to.
 */
export function footnoteLinks(
  numbers: readonly number[],
  seen: Set<number>,
  firstId: (n: number) => string,
): TemplateResult | typeof nothing {
  if (numbers.length === 0) return nothing;
  return html`<sup class="refs"
    >${numbers.map((n, i) => {
      const first = !seen.has(n);
      seen.add(n);
      return html`${i ? ', ' : ''}<a
          part="footnote"
          class="footnote"
          href="#${sourceAnchor(n)}"
          data-kind="footnote"
          id=${first ? firstId(n) : nothing}
          data-source=${n}
          ><span aria-hidden="true">${formatNumber(n)}</span
          ><span class="visually-hidden"
            >${msg(str`Source ${formatNumber(n)}`, {
              id: 'footnote.source',
              desc: 'Screen-reader text of a footnote link; the placeholder is the number of a source in the numbered list of sources.',
            })}</span
          ></a
        >`;
    })}</sup
  >`;
}

export interface NumberedSource extends Citable {
  n: number;
  citation: string;
  /** Marks a source the clinic supplied (the list says so before its citation). */
  fromClinic?: boolean;
  /** The citation's language, for a built-in one (CITATION_LANG); a clinic's is in the widget's language. */
  lang?: string;
  /** The widget's own key for the source, written as `data-key`. */
  key?: string;
}

/**
 * The numbered source list. Each entry links back to `backId(n)`, its first mention; `websiteLabel`
 * names a source's web-page link and `clinicLabel` the mark before a clinic's source.
 */
export function numberedSources(
  sources: readonly NumberedSource[],
  backId: (n: number) => string,
  websiteLabel: () => string,
  clinicLabel?: () => string,
): TemplateResult {
  if (sources.length === 0) return html``;
  // Labelled by the footer's "Sources (N)" summary (widget-footer.ts).
  return html`
    <ol part="sources" class="source-list" aria-labelledby="sources-title">
      ${sources.map(
        ({ n, citation, fromClinic, key, lang, ...links }) =>
          html`<li
            part="source"
            class="source"
            id=${sourceAnchor(n)}
            data-source=${n}
            tabindex="-1"
            data-key=${key ?? nothing}
            ?data-clinic=${fromClinic}
          >
            ${fromClinic && clinicLabel ? html`<span class="source-clinic">${clinicLabel()}:</span> ` : nothing}<span
              class="citation"
              dir="auto"
              lang=${lang ?? nothing}
              >${citation}</span
            >
            ${sourceLinks(links, websiteLabel)}
            <a class="back" href="#${backId(n)}" data-ref=${n}
              ><span class="back-arrow" aria-hidden="true">↩</span
              ><span class="visually-hidden"
                >${msg(str`Back to where source ${formatNumber(n)} is cited`, {
                  id: 'footnote.back',
                  desc: 'Screen-reader text of the link from a source back to where it is first cited; the placeholder is the source number.',
                })}</span
              ></a
            >
          </li>`,
      )}
    </ol>
  `;
}
