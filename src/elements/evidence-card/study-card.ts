import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { localize } from '../../internal/localized-text.js';
import { sourceLinks } from '../../internal/source-links.js';
import { footer, type FooterHost } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { sentence } from '../../content/sentence.js';
import { CITATION_LANG } from '../../content/sources.js';
import { STUDY_CITATIONS } from '../../content/study-citations.js';
import { participantCount } from '../../localization/plural.js';
import { GRADE_SOURCES, rateEvidence } from './evidence-strength.js';
import { iconArrays } from '../../internal/icon-array.js';
import type { BuiltInStudy } from './studies.js';
import {
  byline,
  certaintyLabel,
  certaintyMeaning,
  designPoints,
  notInSummary,
  outcomeLabel,
  reasonText,
  routeLabel,
} from './study-text.js';

/**
 * The card for one valid study, in the current locale. The first view answers "what did this study
 * find, and how sure can we be?"; the study facts and the glossary wait behind "Study details".
 */
export function studyCard(study: BuiltInStudy, host: FooterHost & { headingLevel: string }): TemplateResult {
  const { headingLevel, expanded } = host;
  // A built-in study is cited in English (CITATION_LANG); a clinic's study in whatever language the clinic wrote.
  const builtIn = Object.values<unknown>(STUDY_CITATIONS).includes(study.citation);
  const strength = rateEvidence(study.design, study.participants);
  return html`
    <article part="base" class="card panel" aria-labelledby="headline">
      <header part="header" class="header">
        <p part="condition" class="condition">${localize(study.condition)}</p>
        <div part="headline" class="headline" id="headline" role="heading" aria-level=${headingLevel}>
          ${localize(study.headline)}
        </div>
        <p part="byline" class="byline">${byline(study.citation)}</p>
      </header>

      <div part="outcome" class="outcome" data-outcome=${study.outcome}>
        <p class="outcome-label">
          <span class="label"
            >${msg('Main result:', { id: 'card.main-result', desc: 'Label before the one-line summary of the result.' })}</span
          >
          ${outcomeLabel(study.outcome, study.design.control)}
        </p>
        <p class="result">${localize(study.result)}</p>
        ${study.frequencies?.map(iconArrays) ?? nothing}
      </div>

      <details part="strength" class="strength" data-section="strength" ?open=${expanded}>
        <summary>
          <span part="badge" class="badge" data-certainty=${strength.certainty}>
            <span class="chevron" aria-hidden="true"></span>
            <span class="meter" aria-hidden="true"></span>
            ${msg(str`How sure we can be of this result: ${certaintyLabel(strength.certainty)}`, {
              id: 'card.strength',
              desc: 'Badge that rates how certain this one study’s result is (GRADE certainty), not whether the treatment works. The placeholder is a level: High, Moderate, Low or Very low.',
            })}
          </span>
        </summary>
        <div class="strength-body">
          <p>${certaintyMeaning(strength.certainty)}</p>
          <p>
            ${msg(
              'This rates how sure we can be of what this one study found. It does not say if ketamine works. Our rules are adapted from GRADE, a method used to rate research:',
              {
                id: 'card.strength-intro',
                desc: 'Intro to the list of reasons for the certainty rating. GRADE is a method name; keep it.',
              },
            )}
          </p>
          <ul>
            ${strength.reasons.map((reason) => html`<li>${reasonText(reason)}</li>`)}
          </ul>
          <p class="method-sources">
            ${msg('GRADE is described in:', {
              id: 'card.strength-sources',
              desc: 'Label before the two papers that describe the GRADE method (cited as published, not translated).',
            })}
          </p>
          <ul class="method-sources">
            ${GRADE_SOURCES.map(
              (source) =>
                html`<li>
                  <span class="citation" dir="ltr" lang=${CITATION_LANG}>${source.citation}</span>
                  ${sourceLinks(source, () => source.citation)}
                </li>`,
            )}
          </ul>
        </div>
      </details>

      <details part="details" class="study-details" data-section="study-details" ?open=${expanded}>
        <summary part="details-toggle" class="more-toggle">
          ${msg('Study details', {
            id: 'card.study-details',
            desc: 'Button that opens the details of one study: design, participants, dose, how it was given, timing, follow-up, side effects, limitations.',
          })}
        </summary>
        <dl part="facts" class="facts">
          ${
            study.resultNumbers
              ? fact(
                  msg('The exact numbers', {
                    id: 'card.result-numbers',
                    desc: 'Label of the row with the exact figures behind the main result (effect sizes, ranges, p-values).',
                  }),
                  localize(study.resultNumbers),
                  'result-numbers',
                )
              : nothing
          }
          ${fact(
            msg('Study design', { id: 'card.design', desc: 'Label of the study design row.' }),
            html`<ul class="points">
              ${designPoints(study.design).map((point) => html`<li>${point}</li>`)}
            </ul>`,
          )}
          ${fact(
            msg('Participants', { id: 'card.participants', desc: 'Label of the number of people in the study.' }),
            participantCount(study.participants),
          )}
          ${fact(msg('Dose', { id: 'card.dose', desc: 'Label of the ketamine dose row.' }), localize(study.dose))}
          ${fact(msg('How it was given', { id: 'card.route', desc: 'Label of the route of administration row.' }), routeLabel(study.route))}
          ${fact(
            msg('When it was measured', {
              id: 'card.first-measured',
              desc: 'Label: when the result was measured (the first rating, or the time of the main result).',
            }),
            localize(study.firstMeasured) ?? notInSummary(),
          )}
          ${fact(
            msg('Follow-up', { id: 'card.follow-up', desc: 'Label: how long people were followed after treatment.' }),
            localize(study.followUp) ?? notInSummary(),
          )}
          ${fact(
            msg('Side effects', { id: 'card.side-effects', desc: 'Label of the notable side effects row.' }),
            localize(study.sideEffects) ?? notInSummary(),
          )}
          ${fact(msg('Limitations', { id: 'card.limitations', desc: 'Label of the study limitations row.' }), localize(study.limitations))}
        </dl>
        ${glossary(
          [{ ...study, citation: undefined }, designPoints(study.design), strength.reasons.map(reasonText)],
          expanded,
        )}
      </details>
      ${footer(
        host,
        html`
          <p part="citation" class="citation" dir="auto" lang=${builtIn ? CITATION_LANG : nothing}>
            ${sentence(study.citation.authors)} ${sentence(study.citation.title)}
            <cite>${study.citation.journal}</cite>.
            ${study.citation.year}${study.citation.details ? `;${study.citation.details}` : ''}.
          </p>
          ${sourceLinks(study.citation, () =>
            msg('Study website', { id: 'link.website', desc: 'Link to a clinic-supplied study page.' }),
          )}
        `,
        1,
      )}
    </article>
  `;
}

function fact(label: string, value: TemplateResult | string, kind = ''): TemplateResult {
  return html`<div class="fact ${kind}">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}
