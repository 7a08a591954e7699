// node --test scripts/lib/: what `npm run readability` measures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { grade, missedTargets, patientStrings, summarize } from './readability.js';

const source = (path, text) => ({ path, text: `import { msg, str } from '@lit/localize';\n${text}` });

test('reads every msg() with its group, fills placeholders and leaves out error panels and bylines', () => {
  const strings = patientStrings(
    [
      source(
        'src/elements/demo-widget/text.ts',
        `msg(str\`\${formatNumber(n)} people took part in this small study of one dose.\`, { id: 'demo.count' });
         msg(html\`Read <b>this</b>\`, { id: 'demo.markup' });
         msg('The clinic data is wrong', { id: 'error.expected.demo' });
         msg(str\`\${surname} et al.\`, { id: 'study.byline' });`,
      ),
      source('src/internal/footer.ts', `msg('Not medical advice.', { id: 'footer.demo' });`),
    ],
    ['demo-widget'],
  );
  assert.deepEqual(strings, [
    { id: 'demo.count', group: 'demo-widget', text: '12 people took part in this small study of one dose.' },
    { id: 'demo.markup', group: 'demo-widget', text: 'Read this' },
    { id: 'footer.demo', group: 'shared', text: 'Not medical advice.' },
  ]);
});

test('measures strings of 8 words or more and counts those above grade 9 against the targets', () => {
  const graded = grade([
    { id: 'short', group: 'g', text: 'Too short to count.' },
    { id: 'easy', group: 'g', text: 'The drug was given once. Most people felt better in a day or two.' },
    {
      id: 'hard',
      group: 'g',
      text: 'Generalized anxiety disorder and/or social anxiety disorder, not helped by other pharmacological treatments',
    },
  ]);
  assert.deepEqual(
    graded.map((s) => [s.id, s.measured]),
    [
      ['short', false],
      ['easy', true],
      ['hard', true],
    ],
  );
  const summary = summarize(graded);
  assert.equal(summary.count, 2);
  assert.deepEqual(
    summary.above.map((s) => s.id),
    ['hard'],
  );
  assert.equal(summary.worst, graded[2].grade);
  assert.equal(missedTargets(summary).length, 2);
  assert.deepEqual(missedTargets(summarize(graded.slice(0, 2))), []);
});
