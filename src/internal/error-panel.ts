import { css, html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContentIssue } from '../schema/content-issue.js';

/**
 * The one error panel every widget shows instead of its content when its
 * input is wrong. Each issue names the field, what was expected and what was
 * found. Everything is rendered as text. The alert has no name of its own: named by its title, some screen
 * readers would say the title twice (the name, then the content).
 */
export function errorPanel(title: string, issues: readonly ContentIssue[]): TemplateResult {
  return html`
    <section part="error" class="error" role="alert">
      <p class="error-title">${title}</p>
      <p class="error-hint">
        ${msg('The content given to it has problems. For the site owner:', {
          id: 'error.hint',
          desc: 'Error panel: introduces the list of problems, addressed to the website owner.',
        })}
      </p>
      <ul class="error-list">
        ${issues.map(
          (issue) =>
            html`<li>
              ${issue.path ? html`<code>${issue.path}</code>: ` : ''}${msg(
                str`expected ${issue.expected}; found ${issue.found}`,
                {
                  id: 'error.issue',
                  desc: 'Error panel: one problem. First placeholder: what was expected; second: what was found.',
                },
              )}
            </li>`,
        )}
      </ul>
    </section>
  `;
}

export const errorPanelStyles = css`
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: var(--_space);
  }
  .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_error);
  }
  .error-hint {
    margin: 0;
  }
  .error-list {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    unicode-bidi: isolate;
  }
`;
