/*
 * `npm run build:wordpress`: the installable plugin, dist/wordpress/ketamine-widgets.zip. It holds
 * wordpress/ketamine-widgets/ (the PHP, the editor script, readme.txt), LICENSE, the CDN bundle
 * (dist/cdn/ as cdn/<version>/, so the site serves the script itself), and what is generated here from
 * custom-elements.json: widgets.json and one blocks/<name>/block.json per widget; the names of the built-in ids
 * in each locale, for the block editor, in option-labels/ (option-labels.js); the translations of the plugin's
 * own strings, .mo and JED JSON, in languages/ (i18n.js, which first checks the .pot); and the pre-rendered HTML
 * of the configurations the blocks and shortcodes offer, in prerendered/ (prerender.js).
 * Builds the bundle and the library first when either is missing or older than its sources. Needs Debian's `zip`
 * and `gettext`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockJson, wordpressCatalog } from './catalog.js';
import { checkPot, compileTranslations, generatePot } from './i18n.js';
import { optionLabels } from './option-labels.js';
import { OUT_DIR as OUT, STAGE_PATH as STAGE, ZIP_PATH as ZIP } from './paths.js';
import { SERVER_ENTRY, writePrerendered } from './prerender.js';

const BUNDLE = 'dist/cdn/ketamine-widgets.js';

const run = (command, args, options = {}) => execFileSync(command, args, { stdio: 'inherit', ...options });

/** Newest modification time under `path` (a file or a folder). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

const bundleSources = ['src', 'locales', 'package.json', 'vite.config.ts', 'lit-localize.json'];
const built = [BUNDLE, SERVER_ENTRY];
if (built.some((file) => !existsSync(file) || Math.max(...bundleSources.map(newest)) > statSync(file).mtimeMs)) {
  console.log(`${built.join(' or ')} is missing or stale: npm run build`);
  run('npm', ['run', 'build']);
}
run('npm', ['run', '--silent', 'analyze']);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const catalog = await wordpressCatalog();
// Before anything is written: a string of the plugin missing from its .pot stops the build.
checkPot();

rmSync(OUT, { recursive: true, force: true });
cpSync('wordpress/ketamine-widgets', STAGE, { recursive: true });
// Under the version (the plugin loads it from there, see register.php); without Vite's build manifest.
cpSync('dist/cdn', join(STAGE, 'cdn', version), { recursive: true, filter: (path) => !path.includes('.vite') });
cpSync('LICENSE', join(STAGE, 'LICENSE'));
writeFileSync(join(STAGE, 'widgets.json'), `${JSON.stringify(catalog, null, 2)}\n`);
for (const widget of catalog) {
  mkdirSync(join(STAGE, 'blocks', widget.name), { recursive: true });
  writeFileSync(
    join(STAGE, 'blocks', widget.name, 'block.json'),
    `${JSON.stringify(blockJson(widget, version), null, 2)}\n`,
  );
}
// The names of the built-in ids, per locale, for the block editor's lists.
mkdirSync(join(STAGE, 'option-labels'));
for (const [locale, labels] of Object.entries(await optionLabels(catalog))) {
  writeFileSync(join(STAGE, 'option-labels', `${locale}.json`), JSON.stringify(labels));
}
compileTranslations(join(STAGE, 'languages'));
// The .pot shipped for translators: the committed one with what the registry adds (a new widget's block title).
writeFileSync(join(STAGE, 'languages', 'ketamine-widgets.pot'), generatePot(catalog));
const fragments = await writePrerendered(join(STAGE, 'prerendered'), catalog);

/** The plugin's version is the package's: in the PHP header, the PHP constant and readme.txt. */
function stampVersion(file, pattern) {
  const path = join(STAGE, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: no version line matching ${pattern}`);
  writeFileSync(
    path,
    text.replace(pattern, (line, before) => `${before}${version}`),
  );
}
stampVersion('ketamine-widgets.php', /^( \* Version:\s+)\S+/m);
stampVersion('ketamine-widgets.php', /^(define\( 'KETAMINE_WIDGETS_VERSION', ')[^']+/m);
stampVersion('readme.txt', /^(Stable tag:\s+)\S+/m);

run('zip', ['-q', '-r', '-X', 'ketamine-widgets.zip', 'ketamine-widgets'], { cwd: OUT });
console.log(
  `${ZIP}: ${catalog.length} widgets, ${fragments} pre-rendered fragments, ${(statSync(ZIP).size / 1024).toFixed(0)} kB`,
);
