import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeText, configurationsOf, decode, encodeAgainst } from './fragments.js';

const widget = {
  attributes: {
    study: { kind: 'one', values: ['a', 'b'] },
    compact: { kind: 'boolean' },
    theme: { kind: 'one', values: ['light', 'dark'], default: 'auto' },
  },
};

test('the defaults and each content choice (a `one` attribute without a default), alone and with one more setting', () => {
  assert.deepEqual(
    configurationsOf(widget).map((each) => attributeText(widget, each)),
    [
      '',
      'study="a"',
      'study="b"',
      'compact',
      'theme="light"',
      'theme="dark"',
      'study="a" compact',
      'study="a" theme="light"',
      'study="a" theme="dark"',
      'study="b" compact',
      'study="b" theme="light"',
      'study="b" theme="dark"',
    ],
  );
});

test('the attribute text is in the catalog order, whatever the order given', () => {
  assert.equal(attributeText(widget, { theme: 'dark', compact: '', study: 'b' }), 'study="b" compact theme="dark"');
});

test('a fragment comes back byte for byte from copies of the base (offsets in UTF-8 bytes) and literal text', () => {
  const base =
    '<template shadowrootmode="open"><div lang="ar" dir="rtl"><h3>الكيتامين واضطراب ما بعد الصدمة</h3><p>نص طويل بما يكفي للنسخ</p></div></template>';
  const variant = base.replace('<h3>', '<h2>').replace('</h3>', '</h2>');
  const parts = encodeAgainst(base, variant);
  assert.equal(decode(base, parts), variant);
  // The changed tokens (split before each `<`) literally, the rest copied: Arabic letters are two bytes each.
  const before = Buffer.byteLength(base.slice(0, base.indexOf('<h3>')));
  const after = Buffer.byteLength(base.slice(0, base.indexOf('<p>')));
  assert.deepEqual(parts, [
    [0, before],
    '<h2>الكيتامين واضطراب ما بعد الصدمة</h2>',
    [after, Buffer.byteLength(base) - after],
  ]);
  assert.notEqual(after, base.indexOf('<p>'));
  assert.deepEqual(encodeAgainst(base, base), [[0, Buffer.byteLength(base)]]);
  assert.deepEqual(encodeAgainst('', 'new'), ['new']);
});
