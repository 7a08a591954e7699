// The review status each locale chunk carries (scripts/lib/review-status.js), on small XLIFF files
// and on the real ones, through the split's own printer (the status must survive printing).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseXliff } from './xliff-files.js';
import { isApproved, reviewedGroups } from './review-status.js';
import { APPROVAL_NOTE, approvalStatus, approveUnit, checkXliff, markStale, sourceHash } from './xliff.js';
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

// A unit approved as `npm run localize:approve` records it: approved="yes" and a note with both fingerprints.
const note = (english = 'Hello', translation = 'Hola') =>
  `<note from="${APPROVAL_NOTE}">source=${sourceHash(english)} target=${sourceHash(translation)} date=2026-01-02 by=Dr A. Reviewer</note>`;
const approved = (id, target = '<target state="translated">Hola</target>', extra = note()) =>
  unit(id, ' approved="yes"', target + extra);
const units = (doc) => Array.from(doc.getElementsByTagName('trans-unit'));
const only = (text) => units(xliff(text))[0];

describe('review status', () => {
  it('a group is reviewed when every one of its strings carries a matching medical approval', () => {
    const doc = xliff(approved('footer.a') + approved('card.a') + approved('card.b') + unit('timeline.a'));
    assert.deepEqual(status(doc), { shared: true, 'evidence-card': true, 'treatment-timeline': false });
  });

  it('one string not approved, missing, empty or needing work makes its group unreviewed', () => {
    const cases = [
      unit('card.b', ' approved="no"', `<target state="translated">Hola</target>${note()}`),
      unit('card.b', '', `<target state="translated">Hola</target>${note()}`),
      '',
      approved('card.b', '<target state="translated"> </target>', note('Hello', ' ')),
      approved('card.b', '<target state="needs-translation">Hola</target>'),
      approved('card.b', '<target state="new">Hola</target>'),
    ];
    for (const cardB of cases) {
      const doc = xliff(approved('footer.a') + approved('card.a') + cardB);
      assert.equal(status(doc)['evidence-card'], false, cardB || '(missing)');
      assert.equal(status(doc).shared, true);
    }
    assert.equal(isApproved(only(approved('x'))), true);
  });

  it('approved="yes" alone, as a translation tool writes it, does not count', () => {
    assert.equal(isApproved(only(unit('x', ' approved="yes"'))), false);
    assert.equal(isApproved(only(unit('x', ' approved="yes"', '<target state="final">Hola</target>'))), false);
    const doc = xliff(unit('footer.a', ' approved="yes"') + approved('card.a') + approved('card.b'));
    assert.deepEqual(status(doc), { shared: false, 'evidence-card': true, 'treatment-timeline': false });
  });

  it('an approval counts only while the English and the translation are the ones approved', () => {
    // The English changed (what lit-localize extract writes into <source>), the translation kept.
    const english = only(unit('x', ' approved="yes"', `<target state="translated">Hola</target>${note('Hello!')}`));
    assert.equal(isApproved(english), false);
    assert.equal(approvalStatus(english).stale, 'the English changed since it was approved');
    // The translation changed (Poedit keeps approved="yes" after an edit).
    const translation = only(approved('x', '<target state="translated">Hola, amigo</target>'));
    assert.equal(isApproved(translation), false);
    assert.equal(approvalStatus(translation).stale, 'the translation changed since it was approved');
    // Both changed; and an approval note that cannot be read.
    assert.equal(
      approvalStatus(only(approved('x', '<target>Adiós</target>', note('Bye', 'Hola')))).stale,
      'the English and the translation changed since it was approved',
    );
    const garbled = only(approved('x', undefined, `<note from="${APPROVAL_NOTE}">approved, trust me</note>`));
    assert.deepEqual([isApproved(garbled), approvalStatus(garbled).stale], [false, 'its approval note cannot be read']);
    // The fingerprint is of the text as written, placeholders as {equiv-text}: another placeholder is a change.
    const placeholder = (equiv) =>
      `<trans-unit id="p" approved="yes"><source>At least <x id="0" equiv-text="${equiv}"/></source><target state="translated">Al menos <x id="0" equiv-text="${equiv}"/></target>${note('At least {count}', 'Al menos {count}')}</trans-unit>`;
    assert.equal(isApproved(only(placeholder('count'))), true);
    assert.equal(isApproved(only(placeholder('total'))), false);
  });

  it('approveUnit records what was approved, refuses a translation that needs work, and extract keeps it', () => {
    const doc = xliff(
      unit('a') +
        unit('b', '', '<target state="needs-translation">Hola</target>') +
        unit('c', '', '') +
        `<trans-unit id="d"><source>2 doses</source><target state="translated">dos dosis</target></trans-unit>`,
    );
    const [a, b, c, d] = units(doc);
    markStale(doc); // the source-hash notes extract writes
    assert.equal(approveUnit(doc, a, { by: 'Dr A. Reviewer', date: '2026-01-02' }), '');
    assert.equal(a.getAttribute('approved'), 'yes');
    assert.deepEqual(approvalStatus(a), {
      reviewed: true,
      record: { source: sourceHash('Hello'), target: sourceHash('Hola'), date: '2026-01-02', by: 'Dr A. Reviewer' },
      stale: '',
    });
    assert.match(approveUnit(doc, b, { by: 'R', date: '2026-01-02' }), /^not confirmed \(state="needs-translation"\)/);
    assert.equal(approveUnit(doc, c, { by: 'R', date: '2026-01-02' }), 'not translated');
    assert.equal(approveUnit(doc, d, { by: 'R', date: '2026-01-02' }), 'its numbers differ from the English (2)');
    for (const refused of [b, c, d]) {
      assert.equal(refused.hasAttribute('approved'), false);
      assert.equal(approvalStatus(refused).record, null);
    }
    // Approving again replaces the note: one approval note, the newest.
    approveUnit(doc, a, { by: 'Dr B', date: '2026-02-03' });
    assert.equal(a.getElementsByTagName('note').length, 2, 'the source-hash note and one approval note');
    assert.equal(approvalStatus(a).record.by, 'Dr B');
    // A changed English at extract: marked as needing work, approved="yes" taken away, the note kept as a stale record.
    a.getElementsByTagName('source')[0].textContent = 'Hello!';
    assert.deepEqual(markStale(doc), ['a']);
    assert.equal(isApproved(a), false);
    // A translator confirms it in a tool (approved="yes", state translated): still not reviewed, and the check lists it.
    a.setAttribute('approved', 'yes');
    a.getElementsByTagName('target')[0].setAttribute('state', 'translated');
    assert.equal(isApproved(a), false);
    const staleApprovals = [];
    const unrecordedApprovals = [];
    a.parentNode.appendChild(xliff(unit('e', ' approved="yes"')).getElementsByTagName('trans-unit')[0]);
    const problems = checkXliff(doc, 'es.xlf', { staleApprovals, unrecordedApprovals });
    assert.deepEqual(staleApprovals, [
      'es: a: approval by Dr B on 2026-02-03 no longer counts: the English changed since it was approved',
    ]);
    assert.deepEqual(unrecordedApprovals, ['e']);
    assert.ok(!problems.some((p) => p.startsWith('es: a:')), 'a stale approval is not a problem for the check');
  });

  it('a pseudo-locale is never reviewed, whatever it says', () => {
    const doc = xliff(approved('footer.a') + approved('card.a'));
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
      // A tool's approved="yes" on every string changes nothing; approving every string of one widget and of
      // the shared group (as npm run localize:approve does) makes exactly that widget reviewed.
      for (const u of units(doc)) u.setAttribute('approved', 'yes');
      assert.ok(![...reviewedGroups(doc, groups, [SHARED, ...ELEMENTS]).values()].some(Boolean), locale);
      for (const u of units(doc)) {
        if ([SHARED, ELEMENTS[0]].includes(groups.get(u.getAttribute('id'))?.group)) {
          assert.equal(approveUnit(doc, u, { by: 'Test', date: '2026-01-02' }), '', u.getAttribute('id'));
        }
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
