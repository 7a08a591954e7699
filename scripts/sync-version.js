// `npm run release:version`, after `changeset version` raised package.json's version: writes it into
// src/version.ts, which the CDN bundle needs to name its own full address (src/cdn.ts).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const path = 'src/version.ts';
const line = /^export const VERSION = '[^']*';$/m;
const source = readFileSync(path, 'utf8');
if (!line.test(source)) throw new Error(`${path}: no line \`export const VERSION = '<version>';\``);
writeFileSync(path, source.replace(line, `export const VERSION = '${version}';`));
console.log(`${path}: VERSION = '${version}'`);
