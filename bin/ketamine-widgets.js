#!/usr/bin/env node
// `npx ketamine-widgets render <in.html> [-o out.html]`: writes the page with every `ketamine-*` tag holding its
// pre-rendered shadow root (declarative shadow DOM), in the language of the page's `<html lang>`, so the widgets'
// built-in content is in the HTML before any script runs. Everything else in the page stays byte for byte.
// Clinic JSON children render too, checked as the browser checks them. A tag with invalid content (invalid JSON,
// an unknown study id) stays as written, the browser shows its error panel, and the command says why (file, line,
// tag, the console's message) and exits with 1, after writing the page: a build fails before a patient sees it.
import { readFileSync, writeFileSync } from 'node:fs';

const USAGE = 'Usage: ketamine-widgets render <in.html> [-o out.html]';
const [command, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
const at = rest.findIndex((arg) => arg === '-o' || arg === '--output');
const output = at >= 0 ? rest[at + 1] : undefined;
const inputs = rest.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
if (command !== 'render' || inputs.length !== 1 || (at >= 0 && !output)) {
  console.error(USAGE);
  process.exit(2);
}

const server = await import('../dist/lib/server.js');
const { page, locale, report } = await server.renderPage(readFileSync(inputs[0], 'utf8'));
if (output) writeFileSync(output, page);
else process.stdout.write(page);
const filled = report.filter((r) => r.filled).length;
console.error(
  `ketamine-widgets: filled ${filled} of ${report.length} widget tags in ${server.resolveLocale(locale)}` +
    (locale ? ` (<html lang="${locale}">)` : ' (no <html lang>: English)'),
);
for (const r of report.filter((r) => !r.filled && !r.error))
  console.error(`  <${r.tag}> on line ${r.line}: left for the browser: ${r.why}`);
const invalid = report.filter((r) => r.error);
for (const r of invalid) console.error(`${inputs[0]}:${r.line}: ${r.error}`);
if (invalid.length) process.exitCode = 1;
