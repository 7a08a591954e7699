import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { LAST_REVIEWED } from '../content/review.js';
import { formatDate } from '../localization/format.js';

/**
 * The footer every widget ends with: its sources, the medical disclaimer and
 * the content-wide last-reviewed date.
 */
export function footer(sources: TemplateResult): TemplateResult {
  return html`<footer part="footer" class="footer">
    <div class="sources">${sources}</div>
    <p part="disclaimer" class="disclaimer">
      ${msg(
        'Educational information, not medical advice. Ketamine is not FDA-approved for anxiety disorders or PTSD.',
        {
          id: 'footer.disclaimer',
          desc: 'Medical disclaimer under every widget. FDA = the US Food and Drug Administration; keep the abbreviation.',
        },
      )}
    </p>
    <p class="reviewed">
      ${msg(str`Last reviewed: ${formatDate(LAST_REVIEWED)}`, {
        id: 'footer.last-reviewed',
        desc: 'Date the content was last checked against the research. The placeholder is a formatted date.',
      })}
    </p>
  </footer>`;
}

export const footerStyles = css`
  .footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footer p {
    margin: 0 0 0.5em;
  }
  .disclaimer {
    font-weight: 600;
    color: var(--_text);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
