// The review status each locale chunk carries (scripts/lib/review-status.js), on small XLIFF files
// and on the real ones, through the split's own printer (the status must survive printing).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseXliff } from './xliff-files.js';
import { isApproved, reviewedGroups } from './review-status.js';
import { SHARED, messageGroups, parseLocaleModule, printLocaleModule, sourceFiles } from './messages.js';
import { ELEMENTS } from './widgets.js';

const xliff = (units) =>
  parseXliff(
    `<?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="es" original="x" datatype="plaintext"><body>${units}</body></file></xliff>`,
  );
const unit = (id, attributes = '', target = '<target state="translated">Hola</target>') =>
  `<trans-unit id="${id}"${attributes}><source>Hello</source>${target}</trans-unit>`;
const GROUPS = new Map([
  ['footer.a', { group: 'shared' }],
  ['card.a', { group: 'evidence-card' }],
  ['card.b', { group: 'evidence-card' }],
  ['timeline.a', { group: 'treatment-timeline' }],
]);
const NAMES = ['shared', 'evidence-card', 'treatment-timeline'];
const status = (doc, options) => Object.fromEntries(reviewedGroups(doc, GROUPS, NAMES, options));

describe('review status', () => {
  it('a group is reviewed when every one of its strings is approved="yes"', () => {
    const doc = xliff(
      unit('footer.a', ' approved="yes"') +
        unit('card.a', ' approved="yes"') +
        unit('card.b', ' approved="yes"') +
        unit('timeline.a'),
    );
    assert.deepEqual(status(doc), { shared: true, 'evidence-card': true, 'treatment-timeline': false });
  });

  it('one string not approved, missing, empty or needing work makes its group unreviewed', () => {
    const cases = [
      unit('card.b', ' approved="no"'),
      '',
      unit('card.b', ' approved="yes"', '<target state="translated"> </target>'),
      unit('card.b', ' approved="yes"', '<target state="needs-translation">Hola</target>'),
      unit('card.b', ' approved="yes"', '<target state="new">Hola</target>'),
    ];
    for (const cardB of cases) {
      const doc = xliff(unit('footer.a', ' approved="yes"') + unit('card.a', ' approved="yes"') + cardB);
      assert.equal(status(doc)['evidence-card'], false, cardB || '(missing)');
      assert.equal(status(doc).shared, true);
    }
    assert.equal(isApproved(xliff(unit('x', ' approved="yes"')).getElementsByTagName('trans-unit')[0]), true);
  });

  it('a pseudo-locale is never reviewed, whatever it says', () => {
    const doc = xliff(unit('footer.a', ' approved="yes"') + unit('card.a', ' approved="yes"'));
    assert.deepEqual(Object.values(status(doc, { pseudo: true })), [false, false, false]);
  });

  it('no shipped translation is approved yet, so every group of every locale is unreviewed', () => {
    const groups = messageGroups(sourceFiles('src'), ELEMENTS);
    for (const locale of ['es', 'fr', 'de', 'pt-BR', 'ar']) {
      const doc = parseXliff(readFileSync(`locales/${locale}.xlf`, 'utf8'));
      const reviewed = reviewedGroups(doc, groups, [SHARED, ...ELEMENTS]);
      assert.deepEqual(
        [...reviewed.values()],
        [SHARED, ...ELEMENTS].map(() => false),
        locale,
      );
      // Approving every string of one widget and of the shared group makes exactly that widget reviewed.
      for (const u of Array.from(doc.getElementsByTagName('trans-unit'))) {
        if ([SHARED, ELEMENTS[0]].includes(groups.get(u.getAttribute('id'))?.group)) u.setAttribute('approved', 'yes');
      }
      const approved = reviewedGroups(doc, groups, [SHARED, ...ELEMENTS]);
      assert.deepEqual(
        [...approved].filter(([, ok]) => ok).map(([g]) => g),
        [SHARED, ELEMENTS[0]],
        locale,
      );
    }
  });

  it('the group module keeps its status through printing and parsing', () => {
    const module = "import {str} from '@lit/localize';\nexport const templates = {\n'a.b': `x`,\n};\n";
    const parsed = parseLocaleModule(module, 'm.ts');
    assert.equal(parsed.reviewed, undefined);
    for (const reviewed of [true, false]) {
      const printed = printLocaleModule(parsed, parsed.entries, '// header', reviewed);
      assert.match(printed, new RegExp(`export const reviewed = ${reviewed};`));
      assert.equal(parseLocaleModule(printed, 'printed.ts').reviewed, reviewed);
    }
  });
});
