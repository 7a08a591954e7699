// The English a patient reads, as `npm run readability` measures it: every
// msg() call in src/ (the widgets' folders and the shared group), read with
// the TypeScript parser, placeholders filled with realistic sample values.
import readability from 'text-readability';
import ts from 'typescript';
import { findMessages, groupOfFile, parseTs } from './messages.js';

/** Strings shorter than this are labels, not prose: the issue measures strings of 8 words or more. */
export const MIN_WORDS = 8;
export const TARGET_MEAN = 7;
export const TARGET_GRADE = 9;
/** At most this share of the measured strings may be above TARGET_GRADE. */
export const TARGET_SHARE_ABOVE = 0.1;

/**
 * Not patient prose: error panels (written for the webmaster who embeds a
 * widget) and citation parts (author lists, years, DOIs).
 */
const NOT_PROSE = [/^error\./, /\.error-title$/, /^study\.byline/];
export const isProse = (id) => !NOT_PROSE.some((pattern) => pattern.test(id));

/**
 * Sample values for placeholders, by the expression written in the template.
 * Unknown ones fall back on a number (most placeholders are counts) or a short noun.
 */
const SAMPLES = [
  [/date/i, 'November 27, 2026'],
  [/certainty/i, 'Low'],
  [/year/i, '2021'],
  [/^what$/, 'a salt-water infusion'],
  [/count|number|participants|index|\bn\b|minimum|maximum/i, '12'],
];
export const sampleFor = (expression) => SAMPLES.find(([pattern]) => pattern.test(expression))?.[1] ?? 'the study';

/** The English of a msg() call's first argument, placeholders filled, markup removed; undefined if not static. */
export function englishOf(node, sourceFile) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTaggedTemplateExpression(node)) return undefined;
  const template = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text.replace(/<[^>]+>/g, '');
  let text = template.head.text;
  for (const span of template.templateSpans) {
    text += sampleFor(span.expression.getText(sourceFile)) + span.literal.text;
  }
  return text.replace(/<[^>]+>/g, '');
}

/** [{ id, group, text }] for every prose msg() in `sources` ([{ path, text }]); a widget's group is its name. */
export function patientStrings(sources, elements) {
  const strings = [];
  for (const { path, text } of sources) {
    const sourceFile = parseTs(path, text);
    for (const { id, call } of findMessages(sourceFile)) {
      const english = englishOf(call.arguments[0], sourceFile);
      if (english !== undefined && isProse(id)) strings.push({ id, group: groupOfFile(path, elements), text: english });
    }
  }
  return strings;
}

/** Flesch-Kincaid grade and word count of each string; those of MIN_WORDS words or more are `measured`. */
export function grade(strings) {
  return strings.map((s) => {
    const words = readability.lexiconCount(s.text);
    return { ...s, words, grade: readability.fleschKincaidGrade(s.text), measured: words >= MIN_WORDS };
  });
}

/** Count, mean, worst and the strings above TARGET_GRADE of the measured strings. */
export function summarize(graded) {
  const measured = graded.filter((s) => s.measured);
  const mean = measured.length ? measured.reduce((sum, s) => sum + s.grade, 0) / measured.length : 0;
  const worst = measured.reduce((max, s) => Math.max(max, s.grade), 0);
  const above = measured.filter((s) => s.grade > TARGET_GRADE).sort((a, b) => b.grade - a.grade);
  return { count: measured.length, mean, worst, above };
}

/** Which targets the overall summary misses, as readable lines (empty when both are met). */
export function missedTargets({ count, mean, above }) {
  const missed = [];
  if (mean > TARGET_MEAN) missed.push(`mean grade ${mean.toFixed(1)} is above ${TARGET_MEAN}`);
  if (above.length > count * TARGET_SHARE_ABOVE) {
    missed.push(
      `${above.length} of ${count} strings are above grade ${TARGET_GRADE} (at most ${Math.floor(count * TARGET_SHARE_ABOVE)})`,
    );
  }
  return missed;
}
