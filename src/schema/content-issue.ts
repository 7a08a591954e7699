/** One problem found in clinic-supplied content, as the error panel lists it. */
export interface ContentIssue {
  /** Where the problem is, e.g. `citation.doi` or `steps[2].title`; `` for the whole value. */
  path: string;
  /** What the widget expected there, in words. */
  expected: string;
  /** A short preview of what it found. */
  found: string;
}

/** Result of checking content: either usable content, or every issue found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

const PREVIEW_LENGTH = 60;

/** What the console says of a widget showing its error panel (the server renderer's error says the same). */
export const invalidContentMessage = (tag: string, issues: readonly ContentIssue[]): string =>
  `<${tag}>: invalid content.\n` +
  issues.map((i) => `  ${i.path || '(value)'}: expected ${i.expected}; found ${i.found}`).join('\n');

/** A short, safe-to-show preview of any value (shown as text, never as HTML). */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** `['steps', 2, 'title']` → `steps[2].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}
