import { msg, str } from '@lit/localize';
import { localize } from '../../internal/localized-text.js';
import { builtInKey, numberFootnotes } from '../../internal/footnotes.js';
import type { NumberedSource } from '../../internal/footnote-links.js';
import { safeWebUrl } from '../../internal/safe-url.js';
import { disclaimer, reviewedLine } from '../../internal/widget-footer.js';
import { formatDate } from '../../localization/format.js';
import { CITATION_LANG, source } from '../../content/sources.js';
import {
  BLOOD_PRESSURE,
  DISSOCIATION,
  DISSOCIATION_PASSES,
  ESKETAMINE_APPROVAL,
  FDA_2023_RISKS,
  LONG_TERM_RISKS,
  NASAL_SPRAY_RULES,
  OFF_LABEL,
  OTHER_SEDATING_DRUGS,
  QUESTIONS_TO_ASK,
  SEDATION,
  TELL_YOUR_CLINIC,
} from '../../content/safety-shared.js';
import { BENEFIT_LIMITED, BLOOD_PRESSURE_SPRAY, OTHER_OPTIONS, PREGNANCY, SPRAY_WARNINGS } from './summary-facts.js';
import { ANSWERS, RATINGS, READINESS, VALUES, type Answer, type Rating } from './content.js';
import type { VisitPrepAdditions } from './visit-prep.schema.js';

/*
 * What the patient entered, and the summary made from it, as plain data (no DOM): the printed sheet, the
 * copied text and the shared text all read the same model. Nothing here is stored anywhere.
 */

/** The patient's answers: they live in the element only, and vanish with the page. */
export interface Answers {
  ratings: ReadonlyMap<string, Rating>;
  readiness: ReadonlyMap<string, Answer>;
  /** The ticked questions, by key (see questionKey). */
  ticked: ReadonlySet<string>;
  /** The patient's own questions, one on each line. */
  own: string;
}

export const NO_ANSWERS: Answers = { ratings: new Map(), readiness: new Map(), ticked: new Set(), own: '' };

/** A question on offer: built in (the safety facts' questions) or the clinic's. */
export interface OfferedQuestion {
  key: string;
  text: string;
  fromClinic: boolean;
}

/**
 * The sourced facts the summary repeats, for a page that shows this widget alone, so the sheet gives a balanced
 * picture: approval status; how little and how briefly ketamine has been shown to help; the risks the FDA names; what
 * people may feel (detached, sleepy or passing out, and large blood-pressure rises, in the nasal-spray studies in
 * depression; detached or odd thoughts, and blood pressure, in the anxiety and PTSD studies); other sleep-causing
 * medicines (and not stopping a benzodiazepine suddenly); who must not have the nasal spray, and its boxed warning;
 * what to tell the clinic; pregnancy and breastfeeding; the watching, ride home and driving rules; the long-term
 * risks; and the treatments guidelines recommend.
 */
const KEY_FACTS = [
  OFF_LABEL,
  ESKETAMINE_APPROVAL,
  BENEFIT_LIMITED,
  FDA_2023_RISKS,
  DISSOCIATION,
  DISSOCIATION_PASSES,
  SEDATION,
  BLOOD_PRESSURE,
  BLOOD_PRESSURE_SPRAY,
  OTHER_SEDATING_DRUGS,
  SPRAY_WARNINGS,
  TELL_YOUR_CLINIC,
  PREGNANCY,
  NASAL_SPRAY_RULES,
  LONG_TERM_RISKS,
  OTHER_OPTIONS,
];

export const questionKey = (origin: 'builtin' | 'clinic', id: string | number): string => `${origin}-${id}`;

export function offeredQuestions(clinic: VisitPrepAdditions): OfferedQuestion[] {
  return [
    ...QUESTIONS_TO_ASK.map(({ id, text }) => ({ key: questionKey('builtin', id), text: text(), fromClinic: false })),
    ...(clinic.questions ?? []).map((text, i) => ({
      key: questionKey('clinic', i),
      text: localize(text),
      fromClinic: true,
    })),
  ];
}

export interface ClinicContact {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  /** Only a web link (safe-url checked again here): the QR code encodes it. */
  url?: string | undefined;
}

export interface Summary {
  /** Today, in the reader's locale. */
  date: string;
  values: { label: string; answer: string }[];
  readiness: { label: string; answer: string }[];
  questions: string[];
  facts: { text: string; refs: number[] }[];
  sources: NumberedSource[];
  clinic: ClinicContact | undefined;
}

/** Today's date on the reader's own clock, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const labelOf = <Id extends string>(list: readonly { id: Id; label: () => string }[], id: Id): string =>
  list.find((item) => item.id === id)!.label();

export function summary(answers: Answers, clinic: VisitPrepAdditions, today: string): Summary {
  const rated = <A extends string>(
    statements: typeof VALUES,
    chosen: ReadonlyMap<string, A>,
    choices: readonly { id: A; label: () => string }[],
  ) =>
    statements
      .filter(({ id }) => chosen.has(id))
      .map(({ id, label }) => ({ label: label(), answer: labelOf(choices, chosen.get(id)!) }));
  const own = answers.own
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const numbers = numberFootnotes([KEY_FACTS.map((fact) => ({ sources: fact.sources.map(builtInKey) }))]);
  const contact = clinic.clinic;
  return {
    date: formatDate(today),
    values: rated(VALUES, answers.ratings, RATINGS),
    readiness: rated(READINESS, answers.readiness, ANSWERS),
    questions: [
      ...offeredQuestions(clinic)
        .filter(({ key }) => answers.ticked.has(key))
        .map(({ text }) => text),
      ...own,
    ],
    facts: KEY_FACTS.map((fact) => ({
      text: fact.text(),
      refs: fact.sources.map((id) => numbers.get(builtInKey(id))!),
    })),
    sources: [...numbers].map(([key, n]) => {
      const { citation, doi, pmid, url } = source(key.slice('builtin:'.length) as Parameters<typeof source>[0]);
      return { n, citation, doi, pmid, url, lang: CITATION_LANG };
    }),
    clinic: contact && {
      name: localize(contact.name),
      phone: contact.phone,
      email: contact.email,
      url: safeWebUrl(contact.url),
    },
  };
}

/** Headings and labels the sheet and the plain text share. */
export const labels = {
  title: (): string =>
    msg('Prepare for your visit', {
      id: 'visit-prep.title',
      desc: 'Heading of the visit-preparation widget, where a patient notes what matters to them and the questions to ask, then prints a summary for the clinic.',
    }),
  sheet: (): string =>
    msg('My visit summary', {
      id: 'visit-prep.sheet.title',
      desc: 'Heading of the one-page summary the patient prints or saves and brings to the clinic. Written from the patient\'s side ("my").',
    }),
  made: (date: string): string =>
    msg(str`Made on ${date}`, {
      id: 'visit-prep.sheet.date',
      desc: 'On the printed visit summary: the day the patient made it. The placeholder is a formatted date.',
    }),
  values: (): string =>
    msg('What matters to you', {
      id: 'visit-prep.values.title',
      desc: 'Heading of the part where the patient rates how important each thing is to them.',
    }),
  readiness: (): string =>
    msg('How ready you feel', {
      id: 'visit-prep.ready.title',
      desc: 'Heading of the part with four yes / not sure / no questions on how ready the patient feels to talk about a choice.',
    }),
  facts: (): string =>
    msg('Some facts to keep in mind', {
      id: 'visit-prep.facts.title',
      desc: 'Heading of the few sourced facts the printed summary repeats from the safety facts.',
    }),
  clinic: (): string =>
    msg('Your clinic', {
      id: 'visit-prep.clinic.title',
      desc: "Heading of the clinic's name and contact details on the printed summary.",
    }),
  none: (): string =>
    msg('Nothing chosen yet.', {
      id: 'visit-prep.sheet.none',
      desc: 'On the visit summary: the patient has not answered this part yet.',
    }),
};

/** The summary as plain text, for Copy, Share and an email: no markup, so nothing in it can run. */
export function plainText(shown: Summary, questionsTitle: string): string {
  const list = (title: string, lines: string[]) => [
    '',
    title,
    ...(lines.length ? lines.map((line) => `- ${line}`) : [labels.none()]),
  ];
  const clinic = shown.clinic;
  return [
    labels.sheet(),
    labels.made(shown.date),
    ...(clinic
      ? ['', labels.clinic(), clinic.name, ...[clinic.phone, clinic.email, clinic.url].filter((x) => x !== undefined)]
      : []),
    ...list(
      labels.values(),
      shown.values.map(({ label, answer }) => `${label}: ${answer}`),
    ),
    ...list(
      labels.readiness(),
      shown.readiness.map(({ label, answer }) => `${label} ${answer}`),
    ),
    ...list(questionsTitle, shown.questions),
    ...list(
      labels.facts(),
      shown.facts.map(({ text, refs }) => `${text} [${refs.join(', ')}]`),
    ),
    '',
    ...shown.sources.map(({ n, citation }) => `[${n}] ${citation}`),
    '',
    disclaimer(),
    reviewedLine('compact'),
  ].join('\n');
}
