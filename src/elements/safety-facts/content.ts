import { msg } from '@lit/localize';
import type { SafetyFactsInput } from './safety-facts.schema.js';

/*
 * The built-in content. Every clinical fact, number and citation comes from shared/content/evidence.md,
 * with its source; a fact the file does not verify is left out.
 */
export const BUILT_IN = (): SafetyFactsInput => ({
  title: msg('A new widget', { id: 'safety-facts.title', desc: 'Heading of the safety-facts widget.' }),
  text: msg('Its content comes from the evidence file.', {
    id: 'safety-facts.text',
    desc: 'Body text of the safety-facts widget.',
  }),
});
