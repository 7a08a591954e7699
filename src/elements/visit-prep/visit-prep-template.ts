import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { footnoteLinks, numberedSources, type NumberedSource } from '../../internal/footnote-links.js';
import { telHref } from '../../internal/safe-url.js';
import { questionsTitle } from '../../content/safety-shared.js';
import { ANSWERS, RATINGS, READINESS, VALUES, type Labelled } from './content.js';
import { labels, type Answers, type OfferedQuestion, type Summary } from './visit-prep-model.js';
import { qrCode } from './qr-code.js';

/* The widget's templates: pure functions of the answers and the summary (see visit-prep-model.ts). */

/** What the form reports back to the element; it keeps the answers (data flows one way). */
export interface FormEvents {
  rate(group: 'ratings' | 'readiness', id: string, choice: string): void;
  tick(key: string, on: boolean): void;
  own(text: string): void;
}

/** A heading at `level` (the widget's own level, or one below it). */
const heading = (id: string, level: number, text: string): TemplateResult =>
  html`<div class="heading" id=${id} role="heading" aria-level=${Math.min(level, 6)}>${text}</div>`;

/** One statement with its native radio group: a fieldset whose legend is the statement. */
function radioRow(
  group: 'ratings' | 'readiness',
  item: Labelled,
  choices: readonly Labelled[],
  chosen: string | undefined,
  on: FormEvents,
): TemplateResult {
  const name = `${group}-${item.id}`;
  return html`<fieldset class="row" data-id=${item.id}>
    <legend class="row-label">${item.label()}</legend>
    <div class="options">
      ${choices.map(
        (choice) =>
          html`<label class="option"
            ><input
              type="radio"
              name=${name}
              value=${choice.id}
              ?checked=${chosen === choice.id}
              @change=${() => on.rate(group, item.id, choice.id)}
            />
            <span>${choice.label()}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

export function form(answers: Answers, offered: readonly OfferedQuestion[], on: FormEvents): TemplateResult {
  const checkbox = (question: OfferedQuestion) =>
    html`<li>
      <label class="option"
        ><input
          type="checkbox"
          name="question"
          value=${question.key}
          ?checked=${answers.ticked.has(question.key)}
          @change=${(e: Event) => on.tick(question.key, (e.target as HTMLInputElement).checked)}
        />
        <span dir="auto">${question.text}</span></label
      >
    </li>`;
  const fromClinic = offered.filter((q) => q.fromClinic);
  return html`<form part="form" class="form" @submit=${(e: Event) => e.preventDefault()}>
    <fieldset part="values" class="part">
      <legend class="part-title">${labels.values()}</legend>
      <p class="hint">
        ${msg('How important is each of these to you? There are no right or wrong answers.', {
          id: 'visit-prep.values.hint',
          desc: 'Visit prep, under "What matters to you": how to answer. Not a claim.',
        })}
      </p>
      ${VALUES.map((item) => radioRow('ratings', item, RATINGS, answers.ratings.get(item.id), on))}
    </fieldset>
    <fieldset part="readiness" class="part">
      <legend class="part-title">${labels.readiness()}</legend>
      ${READINESS.map((item) => radioRow('readiness', item, ANSWERS, answers.readiness.get(item.id), on))}
    </fieldset>
    <fieldset part="questions" class="part">
      <legend class="part-title">${questionsTitle()}</legend>
      <p class="hint">
        ${msg('Tick the questions you want to ask. Add your own below.', {
          id: 'visit-prep.questions.hint',
          desc: 'Visit prep, under "Questions to ask your clinic": tick (check) the boxes of the questions to bring, and write more in the text box below.',
        })}
      </p>
      <ul class="checks">
        ${offered.filter((q) => !q.fromClinic).map(checkbox)}
      </ul>
      ${
        fromClinic.length
          ? html`<div part="clinic" class="clinic" role="group" aria-labelledby="clinic-questions">
              <p class="clinic-label" id="clinic-questions">${fromYourClinic()}</p>
              <ul class="checks">
                ${fromClinic.map(checkbox)}
              </ul>
            </div>`
          : nothing
      }
      <label class="own-label" for="own"
        >${msg('Your own questions (one on each line)', {
          id: 'visit-prep.questions.own',
          desc: 'Visit prep: label of the text box where the patient writes their own questions, one question on each line.',
        })}</label
      >
      <textarea
        part="own-questions"
        id="own"
        name="own"
        rows="3"
        dir="auto"
        .value=${answers.own}
        @input=${(e: Event) => on.own((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </fieldset>
  </form>`;
}

/** The one-page summary: what the patient chose, the clinic, a few sourced facts and the date. */
export function sheet(shown: Summary, level: number): TemplateResult {
  const seen = new Set<number>();
  const list = (items: TemplateResult[]) =>
    items.length
      ? html`<ul class="sheet-list">
          ${items.map((item) => html`<li>${item}</li>`)}
        </ul>`
      : none();
  const clinic = shown.clinic;
  return html`<div part="sheet" class="sheet">
    <div class="sheet-head">
      ${heading('sheet-title', level, labels.sheet())}
      <p part="date" class="date">${labels.made(shown.date)}</p>
    </div>
    ${
      clinic
        ? html`<div part="contact" class="contact">
            <div class="contact-text">
              ${heading('clinic-title', level + 1, labels.clinic())}
              <p class="clinic-name" dir="auto">${clinic.name}</p>
              ${
                clinic.phone
                  ? html`<p>
                      <a part="phone" href=${telHref(clinic.phone)}><bdi dir="ltr">${clinic.phone}</bdi></a>
                    </p>`
                  : nothing
              }
              ${
                clinic.email
                  ? html`<p>
                      <a part="email" href="mailto:${clinic.email}"><bdi dir="ltr">${clinic.email}</bdi></a>
                    </p>`
                  : nothing
              }
              ${
                clinic.url
                  ? html`<p>
                      <a part="clinic-link" href=${clinic.url}><bdi dir="ltr">${clinic.url}</bdi></a>
                    </p>`
                  : nothing
              }
            </div>
            ${
              clinic.url
                ? qrCode(
                    clinic.url,
                    msg(str`QR code of the clinic's web page: ${clinic.url}`, {
                      id: 'visit-prep.qr-label',
                      desc: "Screen-reader name of the QR code on the printed summary; the placeholder is the clinic's web address.",
                    }),
                  )
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="sheet-part rated">
      ${heading('sheet-values', level + 1, labels.values())}
      ${list(
        shown.values.map(({ label, answer }) => html`<span>${label}:</span> <strong class="answer">${answer}</strong>`),
      )}
    </div>
    <div class="sheet-part rated">
      ${heading('sheet-readiness', level + 1, labels.readiness())}
      ${list(
        shown.readiness.map(
          ({ label, answer }) => html`<span>${label}</span> <strong class="answer">${answer}</strong>`,
        ),
      )}
    </div>
    <div class="sheet-part">
      ${heading('sheet-questions', level + 1, questionsTitle())}
      ${
        shown.questions.length
          ? html`<ol class="sheet-list questions-list">
              ${shown.questions.map((q) => html`<li dir="auto">${q}</li>`)}
            </ol>`
          : none()
      }
    </div>
    <div class="sheet-part">
      ${heading('sheet-facts', level + 1, labels.facts())}
      <ul class="sheet-list facts">
        ${shown.facts.map(({ text, refs }) => html`<li>${text}${footnoteLinks(refs, seen, refAnchor)}</li>`)}
      </ul>
    </div>
  </div>`;
}

const none = (): TemplateResult => html`<p class="none">${labels.none()}</p>`;

/** The element id of a source's first footnote, which its entry in the source list links back to. */
const refAnchor = (n: number): string => `ref-${n}`;

export const visitSources = (sources: readonly NumberedSource[]): TemplateResult =>
  numberedSources(sources, refAnchor, () =>
    msg('Web page', { id: 'visit-prep.source-website', desc: 'Link to the web page of a source.' }),
  );

const fromYourClinic = (): string =>
  msg('From your clinic', {
    id: 'visit-prep.from-clinic',
    desc: 'Label of the questions a clinic added itself, shown apart from the built-in ones.',
  });
