#!/usr/bin/env node
// `npx ketamine-widgets render <in.html> [-o out.html]`: writes the page with every `ketamine-*` tag holding its
// pre-rendered shadow root (declarative shadow DOM), in the language of the page's `<html lang>`, so the widgets'
// built-in content is in the HTML before any script runs. Everything else in the page stays byte for byte.
// Tags with clinic JSON children or content only the browser can show are left as they are (listed on stderr).
// `--stylesheets <url>`: each shadow root links to ketamine-<name>.css there (dist/cdn/ holds them) instead of
// holding a <style>, for pages whose Content-Security-Policy refuses inline styles.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fillPage } from './fill-page.js';

const USAGE = 'Usage: ketamine-widgets render <in.html> [-o out.html] [--stylesheets <url>]';
const args = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        stylesheets: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch {
    return undefined;
  }
})();
if (args?.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...inputs] = args?.positionals ?? [];
if (command !== 'render' || inputs.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const { output, stylesheets } = args.values;

const server = await import('../dist/lib/server.js');
const { page, locale, report } = await fillPage(readFileSync(inputs[0], 'utf8'), server, { stylesheets }).catch(
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
if (output) writeFileSync(output, page);
else process.stdout.write(page);
const filled = report.filter((r) => r.filled).length;
console.error(
  `ketamine-widgets: filled ${filled} of ${report.length} widget tags in ${server.resolveLocale(locale)}` +
    (locale ? ` (<html lang="${locale}">)` : ' (no <html lang>: English)'),
);
for (const r of report.filter((r) => !r.filled))
  console.error(`  <${r.tag}> on line ${r.line}: left for the browser: ${r.why}`);
