// Reading and writing XLIFF files in Node exactly as `npm run localize:extract` does, so that
// scripts/locales.js and its tests write the same bytes.
import { readdirSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const parseXliff = (text) => new DOMParser().parseFromString(text, 'text/xml');
// With the final newline lit-localize writes, so a plain `lit-localize extract` changes nothing.
export const serializeXliff = (node) => `${new XMLSerializer().serializeToString(node).trimEnd()}\n`;
/** The .xlf files of a folder, sorted. */
export const xliffFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlf'))
    .sort();
