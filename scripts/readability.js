// `npm run readability`: the Flesch-Kincaid grade of each built-in study's
// plain-language text (everything a patient reads on the card except the
// citation). The aim is about 8th grade.
import readability from 'text-readability';
import { importTs } from './lib/import-ts.js';

const TARGET_GRADE = 8;

// The studies and the card's own wording are TypeScript; bundle a tiny entry to read them in Node.
const entry = /* ts */ `
  import { STUDIES } from './src/elements/evidence-card/studies.ts';
  import { designPoints, outcomeLabel, routeLabel } from './src/elements/evidence-card/study-text.ts';
  export const texts = Object.entries(STUDIES).map(([id, study]) => {
    const s = study();
    const fields = [s.headline, s.condition, outcomeLabel(s.outcome, s.design.control), s.result,
      ...designPoints(s.design), s.dose, routeLabel(s.route), s.firstMeasured, s.followUp, s.sideEffects, s.limitations];
    return [id, fields.filter(Boolean)];
  });
`;
const { texts } = await importTs(entry);

// Each field is its own sentence on the card.
const asProse = (fields) => fields.map((f) => (/[.!?]$/.test(f) ? f : `${f}.`)).join(' ');

const rows = texts.map(([id, fields]) => {
  const text = asProse(fields);
  return { id, grade: readability.fleschKincaidGrade(text), words: readability.lexiconCount(text) };
});
const width = Math.max(...rows.map((r) => r.id.length));
console.log(`${'study'.padEnd(width)}  FK grade  words`);
for (const { id, grade, words } of rows) {
  console.log(`${id.padEnd(width)}  ${grade.toFixed(1).padStart(8)}  ${String(words).padStart(5)}`);
}
const mean = rows.reduce((sum, r) => sum + r.grade, 0) / rows.length;
console.log(`${'mean'.padEnd(width)}  ${mean.toFixed(1).padStart(8)}   (aim: about grade ${TARGET_GRADE})`);
