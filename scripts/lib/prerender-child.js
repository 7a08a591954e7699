// Renders one widget with the server renderer and prints its HTML: `node prerender-child.js <tag> <attributes
// as JSON> <locale>`. Run by prerender.js in a process of its own.
import { importTs } from './import-ts.js';

const [tag, attributes, locale] = process.argv.slice(2);
const { renderWidget } = await importTs(`export { renderWidget } from './src/server.ts';`);
process.stdout.write(await renderWidget(tag, JSON.parse(attributes), { locale }));
