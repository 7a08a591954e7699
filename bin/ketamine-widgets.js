#!/usr/bin/env node
// `npx ketamine-widgets render <in.html> [-o out.html] [--lang <locale>] [--stylesheets <url>] [--json-ld]`: writes the page with every
// `ketamine-*` tag holding its pre-rendered shadow root (declarative shadow DOM), in the language of the page's
// `<html lang>` (or `--lang`, for a fragment without one), so the widgets' content is in the HTML before any
// script runs. Everything else in the page stays byte for byte. Clinic JSON children render too, checked as the
// browser checks them. A tag with invalid content (invalid JSON, an unknown study id) stays as written, the
// browser shows its error panel, and the command says why (file, line, tag, the console's message) and exits
// with 1, after writing the page: a build fails before a patient sees it. `--json-ld` also adds the page's
// schema.org structured data, one `<script type="application/ld+json">`. `--stylesheets <url>`: each shadow root
// links to ketamine-<name>.css there (dist/cdn/ holds them) instead of holding a <style>, for pages whose
// Content-Security-Policy refuses inline styles.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE =
  'Usage: ketamine-widgets render <in.html> [-o out.html] [--lang <locale>] [--stylesheets <url>] [--json-ld]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      stylesheets: { type: 'string' },
      'json-ld': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, input, ...extra] = positionals;
if (command !== 'render' || !input || extra.length) {
  console.error(USAGE);
  process.exit(2);
}

const server = await import('../dist/lib/server.js');
const { output, lang, stylesheets } = values;
const filled = await server.renderPage(readFileSync(input, 'utf8'), { locale: lang, stylesheets }).catch((error) => {
  // A refused option (a `--stylesheets` that is not an https:, http: or path URL).
  console.error(error.message);
  process.exit(1);
});
const { locale, report } = filled;
const structured = values['json-ld'] ? await server.addStructuredData(filled.page, { locale }) : undefined;
const page = structured?.page ?? filled.page;
if (output) writeFileSync(output, page);
else process.stdout.write(page);
const count = report.filter((r) => r.filled).length;
console.error(
  `ketamine-widgets: filled ${count} of ${report.length} widget tags in ${server.resolveLocale(locale)}` +
    (locale ? ` (${lang ? '--lang' : '<html lang>'} ${locale})` : ' (no <html lang>: English)'),
);
for (const r of report.filter((r) => !r.filled && !r.error))
  console.error(`  <${r.tag}> on line ${r.line}: left for the browser: ${r.why}`);
if (structured)
  console.error(`  structured data (JSON-LD): ${structured.added ? 'added' : `not added: ${structured.why}`}`);
const invalid = report.filter((r) => r.error);
for (const r of invalid) console.error(`${input}:${r.line}: ${r.error}`);
if (invalid.length) process.exitCode = 1;
