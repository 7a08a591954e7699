import { readFileSync, writeFileSync } from 'node:fs';

/** The docs page whose size and benchmark tables the tools write (between their markers). */
export const SIZE_AND_SPEED = 'docs/size-and-speed.md';

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->` in the Markdown file at `path`. */
export function replaceDocSection(path, name, text) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const page = readFileSync(path, 'utf8');
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${path}: the markers ${start} and ${end} are missing`);
  writeFileSync(path, `${page.slice(0, from + start.length)}\n${text}\n${page.slice(to)}`);
}

/** A Markdown table. */
export const markdownTable = (head, rows) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
