import { readFileSync, writeFileSync } from 'node:fs';

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` in the README. */
export function replaceReadmeSection(name, text, path = 'README.md') {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path}: the markers ${start} and ${end} are missing`);
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`);
}

/** A Markdown table. */
export const markdownTable = (head, rows) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
