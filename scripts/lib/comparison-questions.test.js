// node --test scripts/lib/: <ketamine-therapy-comparison rows="questions"> (issue 23, part 3) where no browser test
// reaches. Pre-rendered by the server renderer, its rows are the questions, as row headers, in every locale,
// without a script (parse5 reads the HTML as a crawler would). Printed by Chromium from the built bundle
// (print-pdf.js, after `npm run build`), it is exactly one page on A4 and on Letter, and the page holds every
// question and every therapy's name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFragment } from 'parse5';
import { importTs } from './import-ts.js';
import { LOCALES, fold, messageFragments, readNode } from './page-text.js';
import { startPrinter } from './print-pdf.js';

const lists = await importTs(`
  export { renderWidget } from './src/server.ts';
  export { QUESTIONS } from './src/elements/therapy-comparison/questions.ts';
  export { THERAPY_IDS } from './src/elements/therapy-comparison/therapy-ids.ts';
`);
const QUESTION_IDS = lists.QUESTIONS.map((question) => question.id);
const TAG = 'ketamine-therapy-comparison';

/** Every element of a parse5 tree, template contents included, in document order. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;

for (const locale of LOCALES) {
  test(`pre-rendered in ${locale}: the questions are the row headers, in order, with no script`, async () => {
    const html = await lists.renderWidget(TAG, { rows: 'questions' }, { locale });
    const all = [...elements(parseFragment(html))];
    const rows = all.filter((element) => element.tagName === 'tr' && attr(element, 'data-question'));
    assert.deepEqual(
      rows.map((row) => attr(row, 'data-question')),
      QUESTION_IDS,
    );
    const fragments = messageFragments(locale);
    for (const [i, row] of rows.entries()) {
      const header = row.childNodes.find((child) => child.tagName === 'th');
      assert.equal(attr(header, 'scope'), 'row');
      assert.deepEqual([fold(readNode(header).text)], fragments.get(`comparison.question.${QUESTION_IDS[i]}`));
    }
  });
}

let printer;
before(async () => {
  printer = await startPrinter();
});
after(() => printer?.close());

const page = (attributes) =>
  `<!doctype html><html lang="en"><title>Questions</title>` +
  `<script type="module" src="/dist/cdn/ketamine-widgets.js"></script><${TAG} ${attributes}></${TAG}></html>`;

for (const format of ['A4', 'Letter']) {
  test(`printed on ${format}: one page, with every question and every therapy`, async () => {
    const english = messageFragments('en');
    const { pages, text } = await printer.print({ html: page('rows="questions"'), format });
    assert.equal(pages, 1);
    const printed = fold(text);
    for (const id of QUESTION_IDS) {
      const [question] = english.get(`comparison.question.${id}`);
      assert.ok(printed.includes(question), `"${question}" is printed`);
    }
    for (const id of lists.THERAPY_IDS) {
      const [name] = english.get(`comparison.therapy.${id}`);
      assert.ok(printed.includes(name), `"${name}" is printed`);
    }
    assert.ok(printed.includes(english.get('footer.disclaimer')[0]), 'the disclaimer is printed');
  });
}
