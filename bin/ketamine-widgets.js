#!/usr/bin/env node
// `npx ketamine-widgets render <in.html> [-o out.html]`: writes the page with every `ketamine-*` tag holding its
// pre-rendered shadow root (declarative shadow DOM), in the language of the page's `<html lang>`, so the widgets'
// built-in content is in the HTML before any script runs. Everything else in the page stays byte for byte.
// Tags with clinic JSON children or content only the browser can show are left as they are (listed on stderr).
// `--json-ld` also adds the page's schema.org structured data, one `<script type="application/ld+json">`.
import { readFileSync, writeFileSync } from 'node:fs';

const USAGE = 'Usage: ketamine-widgets render <in.html> [-o out.html] [--json-ld]';
const [command, ...args] = process.argv.slice(2);
const jsonLd = args.includes('--json-ld');
const rest = args.filter((arg) => arg !== '--json-ld');
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
const { page: filledPage, locale, report } = await server.renderPage(readFileSync(inputs[0], 'utf8'));
const structured = jsonLd ? await server.addStructuredData(filledPage) : undefined;
const page = structured?.page ?? filledPage;
if (output) writeFileSync(output, page);
else process.stdout.write(page);
const filled = report.filter((r) => r.filled).length;
console.error(
  `ketamine-widgets: filled ${filled} of ${report.length} widget tags in ${server.resolveLocale(locale)}` +
    (locale ? ` (<html lang="${locale}">)` : ' (no <html lang>: English)'),
);
for (const r of report.filter((r) => !r.filled))
  console.error(`  <${r.tag}> on line ${r.line}: left for the browser: ${r.why}`);
if (structured)
  console.error(`  structured data (JSON-LD): ${structured.added ? 'added' : `not added: ${structured.why}`}`);
