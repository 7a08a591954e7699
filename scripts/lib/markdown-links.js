// The links of the README and the docs pages, read the way GitHub renders them, so a test can say which
// ones lead nowhere: a file that is missing, or a `#anchor` that no heading of that file makes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { headingSlug } from './github-slug.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The lines of a Markdown text outside fenced code blocks, with their line numbers. */
function proseLines(markdown) {
  const lines = [];
  let fence = null;
  markdown.split('\n').forEach((line, index) => {
    const mark = FENCE.exec(line)?.[1];
    if (fence && mark?.[0] === fence[0] && mark.length >= fence.length) fence = null;
    else if (!fence && mark) fence = mark;
    else if (!fence) lines.push({ line, number: index + 1 });
  });
  return lines;
}

/** Inline code spans hold no links: blank them out (keeping the columns). */
const withoutCode = (line) => line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));

/** Every anchor a Markdown text offers: its headings' slugs (repeats get `-1`, `-2`…) and HTML ids. */
export function anchorsOf(markdown) {
  const anchors = new Set();
  const seen = new Map();
  for (const { line } of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const slug = headingSlug(heading);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count ? `${slug}-${count}` : slug);
    }
    for (const [, id] of withoutCode(line).matchAll(/<[a-z]+\b[^>]*\s(?:id|name)="([^"]+)"/gi)) anchors.add(id);
  }
  return anchors;
}

/** Every link and image target of a Markdown text, outside code: `[text](target)`, `<a href>`, `<img src>`. */
export function linksOf(markdown) {
  const links = [];
  for (const { line, number } of proseLines(markdown)) {
    const prose = withoutCode(line);
    const targets = [
      ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
      ...[...prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]),
      ...[...prose.matchAll(/<(?:a|img)\b[^>]*\s(?:href|src)="([^"]+)"/gi)].map((m) => m[1]),
    ];
    for (const target of targets) links.push({ target, line: number });
  }
  return links;
}

/**
 * The links of these Markdown files that lead nowhere, as `file:line: target (why)`, and the external
 * ones (http, mailto…), which are listed, not fetched.
 */
export function checkLinks(files, read = (file) => readFileSync(file, 'utf8'), exists = existsSync) {
  const dead = [];
  const external = [];
  const anchorCache = new Map();
  const anchorsOfFile = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(read(file)));
    return anchorCache.get(file);
  };
  for (const file of files) {
    for (const { target, line } of linksOf(read(file))) {
      if (EXTERNAL.test(target)) {
        external.push(`${file}:${line}: ${target}`);
        continue;
      }
      const [path, anchor] = decodeURI(target).split('#');
      const linked = path ? normalize(join(dirname(file), path.split('?')[0])) : file;
      if (!exists(linked)) dead.push(`${file}:${line}: ${target} (no file ${linked})`);
      else if (anchor !== undefined && linked.endsWith('.md') && !anchorsOfFile(linked).has(anchor))
        dead.push(`${file}:${line}: ${target} (no heading of ${linked} makes #${anchor})`);
    }
  }
  return { dead, external };
}
