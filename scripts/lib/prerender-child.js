// Renders one widget with the server renderer and prints its HTML: `node prerender-child.js <tag> <attributes
// as JSON> <render options as JSON>`, with on stdin `null`, or a JSON array of inline JSON texts to render the widget once with
// each. Run by prerender.js in a process of its own; a refused render exits 1 with its message.
import { text } from 'node:stream/consumers';
import { importTs } from './import-ts.js';

const [tag, attributes, options] = process.argv.slice(2);
const jsonTexts = JSON.parse(await text(process.stdin)) ?? [undefined];
const { renderWidget } = await importTs(`export { renderWidget } from './src/server.ts';`);
try {
  for (const json of jsonTexts)
    process.stdout.write(await renderWidget(tag, JSON.parse(attributes), { ...JSON.parse(options), json }));
} catch (error) {
  process.stderr.write(error.message);
  process.exitCode = 1;
}
