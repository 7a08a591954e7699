import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeWebUrl } from './safe-url.js';

/** Where a source can be read: a DOI, a verified PubMed id, or a web page. */
export interface Citable {
  doi?: string | undefined;
  pmid?: string | undefined;
  url?: string | undefined;
}

/**
 * The links of one source (DOI, PubMed, web page), as a list. Each opens in a
 * new tab and says so to screen readers; only https: and http: URLs are written.
 * `websiteLabel` names the web-page link in the widget's own words.
 */
export function sourceLinks(source: Citable, websiteLabel: () => string): TemplateResult | typeof nothing {
  const doi = source.doi ? safeWebUrl(`https://doi.org/${source.doi}`) : undefined;
  const pubmed = source.pmid ? safeWebUrl(`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`) : undefined;
  const web = safeWebUrl(source.url);
  if (!doi && !pubmed && !web) return nothing;
  const newTab = msg('(opens in a new tab)', {
    id: 'link.new-tab',
    desc: 'Screen-reader-only note after a link that opens in a new browser tab.',
  });
  // `data-kind` names the link in the `ketamine-source-follow` event (controllers/reader-events.ts).
  const link = (href: string, kind: 'doi' | 'pubmed' | 'web', label: TemplateResult | string) =>
    html`<li>
      <a part="link" href=${href} target="_blank" rel="noopener noreferrer" data-kind=${kind}
        >${label}<span class="visually-hidden"> ${newTab}</span></a
      >
    </li>`;
  return html`<ul class="links">
    ${doi ? link(doi, 'doi', html`<bdi dir="ltr">DOI: ${source.doi}</bdi>`) : nothing}
    ${
      pubmed
        ? link(
            pubmed,
            'pubmed',
            msg('PubMed record', { id: 'link.pubmed', desc: 'Link to the study on PubMed. Keep "PubMed".' }),
          )
        : nothing
    }
    ${web ? link(web, 'web', websiteLabel()) : nothing}
  </ul>`;
}

export const sourceLinkStyles = css`
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0.15em 0 0.5em;
    padding: 0;
  }
  .links a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125em;
  }
  @media print {
    .links a::after {
      content: ' <' attr(href) '>';
    }
  }
`;
