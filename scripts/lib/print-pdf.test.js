// node --test scripts/lib/: the print-to-PDF harness (print-pdf.js) counts what Chromium printed and reads its
// text back, so that a test of "one printed page" can fail: a forced page break gives two pages.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPrinter } from './print-pdf.js';

let printer;
before(async () => {
  printer = await startPrinter();
});
after(() => printer?.close());

test('one short page prints as one page, with its text, on A4 and Letter', async () => {
  for (const format of ['A4', 'Letter']) {
    const { pages, text } = await printer.print({ html: '<p>Only page</p>', format });
    assert.equal(pages, 1, format);
    assert.match(text, /Only page/, format);
  }
});

test('a page break prints a second page; act() runs before printing', async () => {
  const { pages, text } = await printer.print({
    html: '<p>First</p><p style="break-before: page">Second</p>',
    act: (page) => page.evaluate(() => document.body.append('Added by act')),
  });
  assert.equal(pages, 2);
  assert.match(text, /First[\s\S]*\f[\s\S]*Second/, 'pdftotext separates pages with a form feed');
  assert.match(text, /Added by act/);
});

test('the built bundle loads: a widget prints its rendered text', async () => {
  const { text } = await printer.print({
    html: '<script type="module" src="/dist/cdn/ketamine-widgets.js"></script><ketamine-how-it-works></ketamine-how-it-works>',
  });
  const bare = await printer.print({
    html: '<script type="module" src="/dist/cdn/ketamine-widgets.js"></script><p>No widget</p>',
  });
  assert.ok(text.length > bare.text.length + 200, 'the widget adds its text to the printed page');
});
