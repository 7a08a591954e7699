// Fills the widget tags of a page as `npx ketamine-widgets render` does, with the built server entry
// (dist/lib/server.js, from the same build as the CDN bundle the page loads, so both write the same templates):
// `node prerender-page-child.js <render options as JSON>`, the page on stdin, the filled page on stdout. Run by
// prerendered-pages.js in a process of its own.
import { text } from 'node:stream/consumers';

const { renderPage } = await import('../../dist/lib/server.js');
const { page } = await renderPage(await text(process.stdin), JSON.parse(process.argv[2]));
process.stdout.write(page);
