import { msg } from '@lit/localize';
import type { CriterionId } from './therapy-ids.js';

/*
 * The rows of `rows="questions"`: the questions patients ask (as in Option Grid decision aids), each answered
 * by the built-in cells of one or two criteria. No text of its own besides the questions: every answer is
 * the sourced cell text of therapies.ts.
 */

export interface Question {
  id: string;
  /** The criteria whose cells answer it, in the order shown. */
  criteria: readonly CriterionId[];
  label: () => string;
}

/**
 * In the order shown. `mechanism` answers none of them: like a clinic's criterion, it keeps a row of its own
 * after the questions (see questionsModel).
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'how-soon',
    criteria: ['onset', 'duration'],
    label: () =>
      msg('How soon might I feel better, and for how long?', {
        id: 'comparison.question.how-soon',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient. The row answers with the "How fast it works" and "How long the benefit lasts" texts of each treatment.',
      }),
  },
  {
    id: 'how-given',
    criteria: ['administration'],
    label: () =>
      msg('How is it given, and how often?', {
        id: 'comparison.question.how-given',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: how the treatment is given (a drip, a shot, a talking therapy) and how many times.',
      }),
  },
  {
    id: 'what-feel',
    criteria: ['risks'],
    label: () =>
      msg('What might I feel, and what are the risks?', {
        id: 'comparison.question.what-feel',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: the side effects they may notice and the serious risks of the treatment.',
      }),
  },
  {
    id: 'how-sure',
    criteria: ['evidence'],
    label: () =>
      msg('How sure are the researchers?', {
        id: 'comparison.question.how-sure',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: how much research there is on the treatment for anxiety disorders and how strong it is.',
      }),
  },
  {
    id: 'approved',
    criteria: ['regulation'],
    label: () =>
      msg('Is it approved or recommended for my condition?', {
        id: 'comparison.question.approved',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: whether a regulator (such as the US FDA) approved the treatment, and whether health guidelines recommend it.',
      }),
  },
];
