import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from './format.js';

/**
 * "1 participant" / "18 participants" in every language. @lit/localize has no
 * ICU plurals, so each CLDR plural category is its own message, picked with
 * Intl.PluralRules (Arabic uses all six; English only "one" and "other").
 */
export function participantCount(n: number): string {
  const count = formatNumber(n);
  switch (pluralCategory(n)) {
    case 'zero':
      return msg(str`${count} participants`, {
        id: 'count.participants.zero',
        desc: 'Number of people in a study, plural category "zero" (used e.g. in Arabic for 0). Placeholder: the number.',
      });
    case 'one':
      return msg(str`${count} participant`, {
        id: 'count.participants.one',
        desc: 'Number of people in a study, plural category "one" (1 in English). Placeholder: the number.',
      });
    case 'two':
      return msg(str`${count} participants`, {
        id: 'count.participants.two',
        desc: 'Number of people in a study, plural category "two" (used e.g. in Arabic for 2). Placeholder: the number.',
      });
    case 'few':
      return msg(str`${count} participants`, {
        id: 'count.participants.few',
        desc: 'Number of people in a study, plural category "few" (e.g. Arabic 3–10). Placeholder: the number.',
      });
    case 'many':
      return msg(str`${count} participants`, {
        id: 'count.participants.many',
        desc: 'Number of people in a study, plural category "many" (e.g. Arabic 11–99, French 1 000 000). Placeholder: the number.',
      });
    default:
      return msg(str`${count} participants`, {
        id: 'count.participants.other',
        desc: 'Number of people in a study, plural category "other" (e.g. 18 in English). Placeholder: the number.',
      });
  }
}
