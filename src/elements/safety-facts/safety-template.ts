import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { footnoteLinks, numberedSources } from '../../internal/footnote-links.js';
import { iconArrays } from '../../internal/icon-array.js';
import { telHref } from '../../internal/safe-url.js';
import type { ListedSource, ShownItem, ShownSection } from './safety-model.js';

/* The widget's templates: pure functions of the model (see safety-model.ts). */

/** The element id of a source's first footnote, which its entry in the source list links back to. */
export const refAnchor = (n: number): string => `ref-${n}`;

/**
 * The sections, each a native disclosure whose summary holds its title and key line: closed, so the first
 * view is the list of questions a patient has, or all open from the start when `open` (`expanded`).
 */
export function safetySections(sections: readonly ShownSection[], open: boolean): TemplateResult {
  const firstMentions = new Set<number>();
  const item = (shown: ShownItem) => statement(shown, firstMentions);
  // A plain map, not repeat(): the timeline's chunk keeps repeat() to itself, and a section that moves
  // when `sections` changes simply takes the open state of its new place.
  return html`${sections.map(
    (section) =>
      html`<details part="section" class="section" data-section=${section.id} ?open=${open}>
        <summary part="summary" class="summary">
          <span class="summary-title">${section.title}</span>${
            section.key ? html` <span part="key-fact" class="key-fact">${section.key}</span>` : nothing
          }
        </summary>
        <div class="section-body">
          ${section.blocks.map(
            (block) =>
              html`${block.lead ? html`<p class="lead">${item(block.lead)}</p>` : nothing}
                <ul part="facts" class="facts">
                  ${block.items.map(
                    (shown) =>
                      html`<li>${item(shown)}${shown.frequencies ? iconArrays(shown.frequencies) : nothing}</li>`,
                  )}
                </ul>`,
          )}
          ${section.clinic.length ? clinicBlock(section, item) : nothing}
        </div>
      </details>`,
  )}`;
}

/** The clinic's items of one section, apart from the sourced facts and labelled as the clinic's. */
function clinicBlock(section: ShownSection, item: (shown: ShownItem) => TemplateResult): TemplateResult {
  const labelId = `clinic-${section.id}`;
  return html`<div part="clinic" class="clinic" role="group" aria-labelledby=${labelId}>
    <p class="clinic-label" id=${labelId}>${fromYourClinic()}</p>
    <ul class="facts">
      ${section.clinic.map((shown) => html`<li>${item(shown)}</li>`)}
    </ul>
  </div>`;
}

/** A statement, its phone link (clinic items) and its footnotes; the first mention of a source gets the anchor the list links back to. */
function statement(shown: ShownItem, firstMentions: Set<number>): TemplateResult {
  const tel = shown.phone ? telHref(shown.phone) : undefined;
  return html`<span dir="auto">${shown.text}</span>${
      tel ? html` <a part="phone" class="phone" href=${tel}><bdi dir="ltr">${shown.phone}</bdi></a>` : nothing
    }${footnoteLinks(shown.refs, firstMentions, refAnchor)}`;
}

/** The numbered source list; each entry links back to where it is first cited. */
export function safetySources(sources: readonly ListedSource[]): TemplateResult {
  return numberedSources(sources, refAnchor, websiteLabel, fromYourClinic);
}

const fromYourClinic = (): string =>
  msg('From your clinic', {
    id: 'safety-facts.from-clinic',
    desc: 'Label of the items (and sources) a clinic added itself, shown apart from the researched facts.',
  });

const websiteLabel = (): string =>
  msg('Web page', { id: 'safety-facts.source-website', desc: 'Link to the web page of a source.' });
