import { msg } from '@lit/localize';

/*
 * The widget's own texts: what a patient may care about, how important each is to them, and how ready they
 * feel. They are the patient's values and questions, never a claim about any treatment (scripts/lib/claims.js
 * lists them as not claims). The readiness questions are the project's own: the SURE test's terms of use are not
 * in the evidence file, so it is not used. Each text is a function so it is read in the current locale.
 */

/** A labelled choice or statement with a stable id (form field names and the summary use the id). */
export interface Labelled<Id extends string = string> {
  id: Id;
  label: () => string;
}

/** What may matter to a patient when choosing a treatment: each rated on RATINGS. */
export const VALUES: readonly Labelled[] = [
  {
    id: 'speed',
    label: () =>
      msg('How fast a treatment may help', {
        id: 'visit-prep.value.speed',
        desc: 'Visit prep, "What matters to you": a thing the patient rates by how important it is to them. Not a claim.',
      }),
  },
  {
    id: 'duration',
    label: () =>
      msg('How long the benefit lasts', {
        id: 'visit-prep.value.duration',
        desc: 'Visit prep, "What matters to you": how long any benefit of a treatment lasts, as something the patient rates. Not a claim.',
      }),
  },
  {
    id: 'evidence',
    label: () =>
      msg('How sure the research is', {
        id: 'visit-prep.value.evidence',
        desc: 'Visit prep, "What matters to you": how certain the research on a treatment is, as something the patient rates. Not a claim.',
      }),
  },
  {
    id: 'detached',
    label: () =>
      msg('Not feeling detached or strange during a session', {
        id: 'visit-prep.value.detached',
        desc: 'Visit prep, "What matters to you": avoiding dissociation (feeling detached from yourself or your surroundings) during a treatment session, as something the patient rates. Use the same plain word for "detached" as the safety facts. Not a claim.',
      }),
  },
  {
    id: 'no-needle',
    label: () =>
      msg('Not needing a drip or a shot', {
        id: 'visit-prep.value.no-needle',
        desc: 'Visit prep, "What matters to you": not needing a drip (an infusion into a vein) or a shot (an injection), as something the patient rates. Use the same words for drip and shot as the safety facts. Not a claim.',
      }),
  },
  {
    id: 'no-daily-pill',
    label: () =>
      msg('Not taking a pill every day', {
        id: 'visit-prep.value.no-daily-pill',
        desc: 'Visit prep, "What matters to you": not having to take a medicine every day, as something the patient rates. Not a claim.',
      }),
  },
  {
    id: 'time',
    label: () =>
      msg('How much time the visits take', {
        id: 'visit-prep.value.time',
        desc: 'Visit prep, "What matters to you": the time that treatment visits take, as something the patient rates. Not a claim.',
      }),
  },
  {
    id: 'cost',
    label: () =>
      msg('How much it costs me', {
        id: 'visit-prep.value.cost',
        desc: 'Visit prep, "What matters to you": the cost of treatment to the patient, as something the patient rates. Not a claim.',
      }),
  },
];

export const RATING_IDS = ['not', 'somewhat', 'very'] as const;
export type Rating = (typeof RATING_IDS)[number];

/** How important a statement is to the patient. */
export const RATINGS: readonly Labelled<Rating>[] = [
  {
    id: 'not',
    label: () =>
      msg('Not important', {
        id: 'visit-prep.rating.not',
        desc: 'Visit prep: a choice in a row of three (not / somewhat / very important) for how much a thing matters to the patient.',
      }),
  },
  {
    id: 'somewhat',
    label: () =>
      msg('Somewhat important', {
        id: 'visit-prep.rating.somewhat',
        desc: 'Visit prep: a choice in a row of three (not / somewhat / very important) for how much a thing matters to the patient.',
      }),
  },
  {
    id: 'very',
    label: () =>
      msg('Very important', {
        id: 'visit-prep.rating.very',
        desc: 'Visit prep: a choice in a row of three (not / somewhat / very important) for how much a thing matters to the patient.',
      }),
  },
];

/** Four plain questions of the project's own on how ready the patient feels to talk about a choice. */
export const READINESS: readonly Labelled[] = [
  {
    id: 'choices',
    label: () =>
      msg('Do you know what choices you have, including waiting?', {
        id: 'visit-prep.ready.choices',
        desc: 'Visit prep, "How ready you feel": a yes / not sure / no question to the patient. "Waiting" = not starting a treatment now. Not a claim.',
      }),
  },
  {
    id: 'read',
    label: () =>
      msg('Have you read what the research says about ketamine?', {
        id: 'visit-prep.ready.read',
        desc: 'Visit prep, "How ready you feel": a yes / not sure / no question to the patient. Not a claim.',
      }),
  },
  {
    id: 'ask',
    label: () =>
      msg('Do you know what you want to ask at your visit?', {
        id: 'visit-prep.ready.ask',
        desc: 'Visit prep, "How ready you feel": a yes / not sure / no question to the patient. Not a claim.',
      }),
  },
  {
    id: 'support',
    label: () =>
      msg('Is there someone you can talk this over with?', {
        id: 'visit-prep.ready.support',
        desc: 'Visit prep, "How ready you feel": a yes / not sure / no question to the patient: whether they have someone (family, a friend, a doctor) to talk the choice over with. Not a claim.',
      }),
  },
];

export const ANSWER_IDS = ['yes', 'unsure', 'no'] as const;
export type Answer = (typeof ANSWER_IDS)[number];

export const ANSWERS: readonly Labelled<Answer>[] = [
  {
    id: 'yes',
    label: () =>
      msg('Yes', { id: 'visit-prep.answer.yes', desc: 'Visit prep: an answer to a yes / not sure / no question.' }),
  },
  {
    id: 'unsure',
    label: () =>
      msg('Not sure', {
        id: 'visit-prep.answer.unsure',
        desc: 'Visit prep: an answer to a yes / not sure / no question.',
      }),
  },
  {
    id: 'no',
    label: () =>
      msg('No', { id: 'visit-prep.answer.no', desc: 'Visit prep: an answer to a yes / not sure / no question.' }),
  },
];
