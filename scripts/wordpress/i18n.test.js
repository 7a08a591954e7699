import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import gettextParser from 'gettext-parser';
import { wordpressCatalog } from './catalog.js';
import { LANGUAGES, PLUGIN, POT, checkPot, compileTranslations, generatePot } from './i18n.js';

const catalog = await wordpressCatalog();

const temporary = (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'ketamine-i18n-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
};

test('the committed .pot is current: every string of editor.js and of the PHP is in it', () => {
  assert.doesNotThrow(() => checkPot());
});

test("the .pot the build ships has every block's title and description, with WordPress's contexts", () => {
  const pot = gettextParser.po.parse(generatePot(catalog));
  for (const widget of catalog) {
    assert.ok(pot.translations['block title'][widget.title], widget.title);
    assert.ok(pot.translations['block description'][widget.description], widget.description);
  }
  assert.ok(pot.translations['']['Choose a study'], 'a string of editor.js');
});

test('a new string in editor.js that the .pot lacks stops the build, naming it', (t) => {
  const editorScript = join(temporary(t), 'editor.js');
  const source = readFileSync(`${PLUGIN}/editor.js`, 'utf8');
  writeFileSync(editorScript, `${source}\nwp.i18n._x('Pick a clinic', 'a new label', 'ketamine-widgets');\n`);
  assert.throws(() => checkPot({ editorScript }), /lacks 1 string\(s\) of the plugin: "a new label \| Pick a clinic"/);
});

test('every .po translates every string of the .pot; the build makes its .mo and the JED JSON of editor.js', (t) => {
  const pot = gettextParser.po.parse(readFileSync(POT));
  const folder = temporary(t);
  compileTranslations(folder);
  const files = readdirSync(LANGUAGES).filter((file) => file.endsWith('.po'));
  assert.deepEqual(files.map((file) => file.replace(/^ketamine-widgets-|\.po$/g, '')).sort(), [
    'ar',
    'de_DE',
    'es_ES',
    'fr_FR',
    'pt_BR',
  ]);
  for (const file of files) {
    const po = gettextParser.po.parse(readFileSync(join(LANGUAGES, file)));
    for (const [context, messages] of Object.entries(pot.translations)) {
      for (const id of Object.keys(messages).filter(Boolean)) {
        const entry = po.translations[context]?.[id];
        assert.ok(entry?.msgstr[0], `${file}: "${id}" (${context}) is not translated`);
        assert.ok(!entry.comments?.flag?.includes('fuzzy'), `${file}: "${id}" is fuzzy`);
      }
    }
    const locale = file.replace(/^ketamine-widgets-|\.po$/g, '');
    const mo = gettextParser.mo.parse(readFileSync(join(folder, `ketamine-widgets-${locale}.mo`)));
    assert.equal(
      mo.translations['block title']['Ketamine: evidence card'].msgstr[0],
      po.translations['block title']['Ketamine: evidence card'].msgstr[0],
    );
    // WordPress finds a script's translations by the md5 of its path in the plugin.
    const jed = JSON.parse(
      readFileSync(join(folder, `ketamine-widgets-${locale}-7ea2683d6f213926d1bc30eb2fbf4503.json`)),
    );
    assert.equal(jed.locale_data.messages['Choose a study'][0], po.translations['']['Choose a study'].msgstr[0]);
    assert.equal(
      jed.locale_data.messages['footer layout\u0004Compact'][0],
      po.translations['footer layout'].Compact.msgstr[0],
    );
    assert.equal(jed.locale_data.messages['Ketamine Widgets'], undefined, 'only the script strings');
  }
});
