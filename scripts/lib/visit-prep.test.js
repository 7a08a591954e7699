// node --test scripts/lib/: <ketamine-visit-prep> without script (the server renderer's form), and its summary as a
// patient prints it (issue 23). Chromium prints the
// built widget after a patient has filled in its form with the keyboard (print-pdf.js); the PDF must be one page on
// A4 and on Letter and hold the answers, the questions and the clinic's contact, and the QR code on it, read by
// Debian's zbarimg (zbar-tools) from a screenshot and from the printed page, must give the clinic's address.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { startPrinter } from './print-pdf.js';
import { importTs } from './import-ts.js';

const CLINIC_URL = 'https://example.org/clinics/riverside?from=visit-summary';
const CLINIC = {
  clinic: { name: 'Riverside Clinic', phone: '+1 555 0100', email: 'care@example.org', url: CLINIC_URL },
  questions: ['Can I bring someone with me?'],
};
const OWN_QUESTION = 'Is it safe with my other medicines?';
const page = (
  lang,
) => `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/ketamine-widgets.js"></script></head><body>
<button id="start">start</button>
<ketamine-visit-prep><script type="application/json">${JSON.stringify(CLINIC)}</script></ketamine-visit-prep>
</body></html>`;

/** What a patient does with the keyboard alone: rate every statement, answer every question, tick every box, write one. */
async function fillIn(tab) {
  await tab.focus('#start');
  const press = (key, times = 1) =>
    Array.from({ length: times }).reduce((p) => p.then(() => tab.keyboard.press(key)), Promise.resolve());
  for (let row = 0; row < 12; row++) {
    await press('Tab');
    await press('Space');
    // The last option of each row: "Very important" for the values, "No" for readiness.
    await press('ArrowDown', 2);
  }
  // Every question, the clinic's too: the longest list a patient can tick.
  for (let box = 0; box < 8; box++) {
    await press('Tab');
    await press('Space');
  }
  await press('Tab');
  await tab.keyboard.type(OWN_QUESTION);
}

test('pre-rendered, the form is there without script: native controls, the clinic as text, an email link', async () => {
  const { renderWidget } = await importTs(`export { renderWidget } from './src/server.ts';`);
  const hostile = '<img src=x onerror=alert(1)>';
  const html = await renderWidget(
    'ketamine-visit-prep',
    {},
    {
      json: JSON.stringify({ ...CLINIC, clinic: { ...CLINIC.clinic, name: hostile } }),
    },
  );
  const count = (pattern) => html.match(pattern)?.length ?? 0;
  assert.equal(count(/<input\s+type="radio"/g), 8 * 3 + 4 * 3, 'a radio for each rating and answer');
  assert.equal(count(/<input\s+type="checkbox"/g), 7 + 1, 'the safety questions and the clinic’s');
  assert.equal(count(/<fieldset/g), 3 + 8 + 4, 'a fieldset per part and per statement');
  assert.match(html, /<textarea[^>]*id="own"/);
  assert.equal(count(/<input[^>]*\schecked\b/g), 0, 'nothing chosen yet (no checked="false", which would check it)');
  // The QR encoder is a lazy chunk the browser fetches: the server holds its room, with its name.
  assert.match(
    html,
    /<div\s+part="qr"\s+class="qr"\s+role="img"\s+aria-label="QR code of the clinic&#39;s web page: https:\/\/example\.org/,
    "the QR code's room",
  );
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;') && !html.includes(hostile), 'the clinic name as text');
  assert.match(html, /data-action="share"\s+href="mailto:\?subject=/, 'Share, an email link, works without script');
});

let printer;
before(async () => {
  printer = await startPrinter();
});
after(() => printer?.close());

/** The text as pdftotext gives it, with its line breaks and hyphen-free wrapping folded into spaces. */
const fold = (text) => text.replace(/\s+/g, ' ');

for (const format of ['A4', 'Letter']) {
  test(`the filled-in summary prints on one ${format} page, with the answers, the questions and the clinic`, async () => {
    let qrPng;
    const { pages, text, path } = await printer.print({
      html: page('en'),
      format,
      act: async (tab) => {
        await fillIn(tab);
        const qr = await tab.waitForSelector('ketamine-visit-prep >>> [part~="qr"]');
        qrPng = await qr.screenshot({ type: 'png' });
      },
    });
    assert.equal(pages, 1, `${format}: one page`);
    const printed = fold(text);
    for (const expected of [
      'My visit summary',
      'How fast a treatment may help: Very important',
      'How long the benefit lasts: Very important',
      'How much it costs me: Very important',
      'Do you know what you want to ask at your visit? No',
      'Who will watch me during and after each session, and for how long?',
      'How many sessions will I need?',
      'Who do I call if I feel unwell after I get home?',
      'Can I bring someone with me?',
      OWN_QUESTION,
      'Riverside Clinic',
      '+1 555 0100',
      'care@example.org',
      // The facts that make the sheet safe alone: benefit, FDA risks, sleepiness, who should not, rules,
      // benzodiazepines.
      'lasted up to about a week',
      '3 or 4 passed out',
      'bladder and urine problems',
      'or if you are pregnant',
      'must not drive until the next day',
      'even cause seizures',
      'not medical advice',
      'Last reviewed',
    ]) {
      assert.ok(printed.includes(expected), `${format}: the PDF has "${expected}"`);
    }
    assert.ok(!printed.includes('Your own questions'), `${format}: the form is not printed`);
    assert.match(printed, /Made on \w+ \d{1,2}, \d{4}/, `${format}: the date`);

    assert.equal(await zbar(qrPng), CLINIC_URL, 'the QR code on screen gives the clinic address');
    // And on paper: the printed page, as an image (poppler's pdftoppm), holds the same code.
    const printedPng = await new Promise((resolve, reject) =>
      execFile(
        'pdftoppm',
        ['-r', '150', '-png', '-singlefile', path],
        { encoding: 'buffer', maxBuffer: 64 << 20 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    assert.equal(await zbar(printedPng), CLINIC_URL, 'the printed QR code gives the clinic address');
  });
}

// The longer languages too: the same answers, questions and twelve facts, each on one page of either size.
for (const lang of ['es', 'fr', 'de', 'pt-BR', 'ar']) {
  test(`in ${lang}, the filled-in summary prints on one A4 page and on one Letter page`, async () => {
    for (const format of ['A4', 'Letter']) {
      const { pages, text } = await printer.print({ html: page(lang), format, act: fillIn });
      assert.equal(pages, 1, `${lang}, ${format}: one page`);
      // Without its question mark, which right-to-left text moves to the other end.
      assert.ok(fold(text).includes(OWN_QUESTION.slice(0, -1)), `${lang}, ${format}: the answers are printed`);
    }
  });
}

/** The text of the one QR code in a PNG, read by zbarimg from its standard input. */
function zbar(png) {
  return new Promise((resolve, reject) => {
    const child = execFile('zbarimg', ['--quiet', '--raw', '-'], (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
    child.stdin.end(png);
  });
}
