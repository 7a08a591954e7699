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
 * In the order shown. A question shows only when all its criteria are chosen (see questionsModel). `mechanism`
 * answers none of them: like a clinic's criterion, it keeps a row of its own
 * after the questions (see questionsModel).
 */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'how-soon',
    criteria: ['onset', 'duration'],
    label: () =>
      msg('How soon might I feel better, and for how long?', {
        id: 'comparison.question.how-soon',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient. The row answers with the "How fast it works" and "How long the benefit lasts" texts of each treatment (it shows only when both are chosen). Keep both halves: how soon, and how long.',
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
      msg('What does the research show, and how strong is it?', {
        id: 'comparison.question.how-sure',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: what studies found about the treatment, and how much weight that research can bear. No condition is named: each answer says which conditions its research covers (anxiety disorders, PTSD). "strong" means solid or convincing evidence, not powerful or safe, and the question must not suggest the researchers are certain.',
      }),
  },
  {
    id: 'approved',
    criteria: ['regulation'],
    label: () =>
      msg('Is it approved or recommended, and for which conditions?', {
        id: 'comparison.question.approved',
        desc: 'Row heading of the comparison when its rows are patients’ questions, asked by the patient: whether a regulator (such as the US FDA) approved the treatment or health guidelines recommend it, and for which illnesses. Keep it a general question: not "for my condition", since the answers cover only some conditions.',
      }),
  },
];
