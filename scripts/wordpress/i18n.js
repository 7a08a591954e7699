/*
 * The plugin's own strings (issue 26), in WordPress's gettext formats, with WordPress's and GNU's tools:
 * editor.js through @wordpress/babel-plugin-makepot, the PHP through Debian's `xgettext`, and the blocks'
 * titles, descriptions and keywords and the plugin header from what the build writes (with the contexts
 * WordPress reads them with), merged with `msgcat` into languages/ketamine-widgets.pot.
 *
 *   node scripts/wordpress/i18n.js --write    rewrites the .pot and merges it into each .po (`msgmerge`)
 *
 * The build (build.js) calls checkPot(), which fails naming every string missing from the committed .pot, then
 * compileTranslations(): each .po to a .mo (`msgfmt`, for the PHP) and a JED JSON file named after editor.js
 * (`ketamine-widgets-<locale>-<md5 of "editor.js">.json`, for wp_set_script_translations) with gettext-parser.
 */
import { transformSync } from '@babel/core';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gettextParser from 'gettext-parser';

export const PLUGIN = 'wordpress/ketamine-widgets';
export const LANGUAGES = `${PLUGIN}/languages`;
export const POT = `${LANGUAGES}/ketamine-widgets.pot`;
const DOMAIN = 'ketamine-widgets';
const EDITOR_SCRIPT = 'editor.js';

const phpFiles = () => [
  `${PLUGIN}/ketamine-widgets.php`,
  `${PLUGIN}/uninstall.php`,
  ...readdirSync(`${PLUGIN}/includes`).map((file) => `${PLUGIN}/includes/${file}`),
];

const quote = (text) => JSON.stringify(text);
const entry = (context, text, comment) =>
  `#. ${comment}\n${context ? `msgctxt ${quote(context)}\n` : ''}msgid ${quote(text)}\nmsgstr ""\n`;

/** The strings WordPress translates from block.json (its i18n schema) and from the plugin header. */
function metadataPot(catalog) {
  const header = readFileSync(`${PLUGIN}/ketamine-widgets.php`, 'utf8');
  const field = (name) => new RegExp(`^ \\* ${name}:\\s+(.+)$`, 'm').exec(header)[1].trim();
  const entries = [
    entry('', field('Plugin Name'), 'Plugin Name of the plugin'),
    entry('', field('Description'), 'Description of the plugin'),
    ...catalog.flatMap((widget) => [
      entry('block title', widget.title, `Block title of ${widget.block}`),
      entry('block description', widget.description, `Block description of ${widget.block}`),
    ]),
    ...['ketamine', 'anxiety', 'PTSD'].map((keyword) => entry('block keyword', keyword, 'Block keyword')),
  ];
  return `msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n${entries.join('\n')}`;
}

/** editor.js's strings (makepot) and the PHP's (xgettext), as .pot files in `folder`. */
function extractCode(folder, editorScript) {
  const js = join(folder, 'js.pot');
  transformSync(readFileSync(editorScript, 'utf8'), {
    filename: EDITOR_SCRIPT,
    configFile: false,
    babelrc: false,
    plugins: [['@wordpress/babel-plugin-makepot', { output: js }]],
  });
  const php = join(folder, 'php.pot');
  execFileSync('xgettext', [
    '--language=PHP',
    '--from-code=UTF-8',
    '--add-comments=translators:',
    '--keyword=__',
    '--keyword=_e',
    '--keyword=esc_html__',
    '--keyword=esc_attr__',
    '--keyword=_x:1,2c',
    '--keyword=_n:1,2',
    '--force-po',
    '--omit-header',
    `--output=${php}`,
    ...phpFiles(),
  ]);
  return [js, php];
}

function inTemporaryFolder(task) {
  const folder = mkdtempSync(join(tmpdir(), 'ketamine-pot-'));
  try {
    return task(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The .pot as the sources make it now (no creation date, so that it changes only with its strings). */
export function generatePot(catalog) {
  return inTemporaryFolder((folder) => {
    const metadata = join(folder, 'metadata.pot');
    writeFileSync(metadata, metadataPot(catalog));
    const code = extractCode(folder, `${PLUGIN}/${EDITOR_SCRIPT}`);
    const merged = execFileSync('msgcat', ['--use-first', metadata, ...code], { encoding: 'utf8' });
    const header =
      `# The strings of the Ketamine Widgets plugin. Written by \`node scripts/wordpress/i18n.js --write\`.\n` +
      `msgid ""\nmsgstr ""\n"Project-Id-Version: ketamine-widgets\\n"\n"MIME-Version: 1.0\\n"\n` +
      `"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"X-Domain: ${DOMAIN}\\n"\n`;
    // msgcat's own header goes: ours has no dates.
    return header + merged.replace(/^msgid ""\nmsgstr ".*"\n(?:".*"\n)*/m, '');
  });
}

const keysOf = (potText) => {
  const { translations } = gettextParser.po.parse(potText);
  return Object.entries(translations).flatMap(([context, messages]) =>
    Object.keys(messages)
      .filter((id) => id !== '')
      .map((id) => (context ? `${context}\u0004${id}` : id)),
  );
};

/**
 * Fails naming each string of editor.js (`editorScript`, for the test) or of the PHP that `pot` (the committed
 * .pot's text) lacks. The blocks' titles and descriptions are not checked: the build writes them from the
 * registry into the .pot it ships, so a new widget does not stop the build (its title shows in English until
 * translated).
 */
export function checkPot({ pot = existsSync(POT) ? readFileSync(POT, 'utf8') : '', editorScript } = {}) {
  const committed = new Set(keysOf(pot));
  const code = inTemporaryFolder((folder) =>
    extractCode(folder, editorScript ?? `${PLUGIN}/${EDITOR_SCRIPT}`).flatMap((file) => keysOf(readFileSync(file))),
  );
  const missing = code.filter((key) => !committed.has(key));
  if (missing.length) {
    throw new Error(
      `${POT} lacks ${missing.length} string(s) of the plugin: ${missing.map((key) => JSON.stringify(key.replace('\u0004', ' | '))).join(', ')}. ` +
        'Run `node scripts/wordpress/i18n.js --write`, then translate the new strings in each .po.',
    );
  }
}

const poFiles = () => readdirSync(LANGUAGES).filter((file) => file.endsWith('.po'));

/** The .mo and the editor script's JED JSON of each .po, written into `languagesFolder` (the staged plugin's). */
export function compileTranslations(languagesFolder) {
  const scriptHash = createHash('md5').update(EDITOR_SCRIPT).digest('hex');
  for (const file of poFiles()) {
    const locale = file.replace(`${DOMAIN}-`, '').replace(/\.po$/, '');
    execFileSync('msgfmt', [
      '--check-format',
      '-o',
      join(languagesFolder, `${DOMAIN}-${locale}.mo`),
      join(LANGUAGES, file),
    ]);
    const po = gettextParser.po.parse(readFileSync(join(LANGUAGES, file)));
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] } };
    for (const [context, entries] of Object.entries(po.translations)) {
      for (const [id, { msgstr, comments }] of Object.entries(entries)) {
        const fromScript = comments?.reference?.split(/\s+/).some((place) => place.startsWith(`${EDITOR_SCRIPT}:`));
        if (!id || !fromScript || !msgstr[0] || comments?.flag?.includes('fuzzy')) continue;
        messages[context ? `${context}\u0004${id}` : id] = msgstr;
      }
    }
    const jed = { domain: 'messages', locale_data: { messages } };
    writeFileSync(join(languagesFolder, `${DOMAIN}-${locale}-${scriptHash}.json`), JSON.stringify(jed));
  }
}

if (process.argv.includes('--write')) {
  const { wordpressCatalog } = await import('./catalog.js');
  writeFileSync(POT, generatePot(await wordpressCatalog()));
  for (const file of poFiles()) {
    execFileSync('msgmerge', [
      '--quiet',
      '--update',
      '--backup=none',
      '--no-fuzzy-matching',
      join(LANGUAGES, file),
      POT,
    ]);
  }
  console.log(`${POT} and ${poFiles().length} .po files updated`);
}
