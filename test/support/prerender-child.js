// Renders one widget with the server renderer and prints its HTML: `node prerender-child.js <tag> <attributes
// as JSON> <locale> [<more render options as JSON>]`. Run by prerender-middleware.js in a process of its own.
import { importTs } from '../../scripts/lib/import-ts.js';

const [tag, attributes, locale, options = '{}'] = process.argv.slice(2);
const { renderWidget } = await importTs(`export { renderWidget } from './src/server.ts';`);
process.stdout.write(await renderWidget(tag, JSON.parse(attributes), { ...JSON.parse(options), locale }));
