// The last step of `npm run build`: each widget's CSS as a file of its own, dist/cdn/ketamine-<name>.css, for
// pre-rendered widgets on pages whose Content-Security-Policy refuses inline styles (the renderer's
// `stylesheets` option links to them). The text comes from the built server entry, so each file is exactly
// what that renderer would otherwise inline.
import { writeFileSync } from 'node:fs';

const server = await import('../../dist/lib/server.js');
for (const tag of server.WIDGET_TAGS) {
  writeFileSync(new URL(`../../dist/cdn/${tag}.css`, import.meta.url), await server.widgetStylesheet(tag));
}
console.log(`dist/cdn/: ${server.WIDGET_TAGS.length} stylesheets (${server.WIDGET_TAGS.join(', ')})`);
