import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { formatPath, preview, type Checked, type ContentIssue } from './content-issue.js';
import { EXAMPLE_DOI, MAX_LINE } from './common.js';

/**
 * Validation of clinic-supplied content. This module (and zod with it) is
 * loaded only when a page actually supplies JSON, so the default bundle stays
 * small.
 */

const customExpectations = (): Record<string, string> => ({
  'localized-text': msg('text, or an object of texts by locale with an "en" entry', {
    id: 'error.expected.localized-text',
    desc: 'Error panel: what a text field must contain. Keep "en" as is.',
  }),
  id: msg('an id of lowercase letters, digits and dashes', {
    id: 'error.expected.id',
    desc: 'Error panel: what an id field must contain.',
  }),
  'web-url': msg('a web address starting with https:// or http://', {
    id: 'error.expected.web-url',
    desc: 'Error panel: what a link field must contain. Keep https:// and http:// as is.',
  }),
  doi: msg(str`a DOI such as ${EXAMPLE_DOI}`, {
    id: 'error.expected.doi',
    desc: 'Error panel: what a DOI field must contain, with an example DOI (the placeholder).',
  }),
  pmid: msg('a PubMed id (digits only)', {
    id: 'error.expected.pmid',
    desc: 'Error panel: what a PubMed id field must contain.',
  }),
  'reviewer-text': msg(str`one line of plain text, 1 to ${MAX_LINE} characters`, {
    id: 'error.expected.reviewer-text',
    desc: "Console warning for the clinic's review attribute: what the reviewer's name or role must be. The placeholder is a number.",
  }),
  'review-date': msg('a date written YYYY-MM-DD, not in the future', {
    id: 'error.expected.review-date',
    desc: "Console warning for the clinic's review attribute: what its date must be. Keep YYYY-MM-DD as is.",
  }),
  'clinic-review': msg('an object with only the fields "name", "role" and "date"', {
    id: 'error.expected.clinic-review',
    desc: "Console warning for the clinic's review attribute: what it must be. Keep the field names in quotes as they are.",
  }),
});

function expectation(issue: z.core.$ZodIssue): string {
  const custom = customExpectations()[issue.message];
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? msg('a whole number', { id: 'error.expected.int', desc: 'Error panel: expected value.' })
        : issue.expected;
    case 'invalid_value':
      return msg(str`one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, {
        id: 'error.expected.one-of',
        desc: 'Error panel: the field must be one of a list of allowed values, which follow.',
      });
    case 'too_small':
      return msg(str`at least ${String(issue.minimum)}`, {
        id: 'error.expected.min',
        desc: 'Error panel: a number or text length must be at least this (a number, or a length).',
      });
    case 'too_big':
      return msg(str`at most ${String(issue.maximum)}`, {
        id: 'error.expected.max',
        desc: 'Error panel: a number or text length must be at most this.',
      });
    case 'unrecognized_keys':
      return msg('only the documented fields', {
        id: 'error.expected.known-fields',
        desc: 'Error panel: the content has a field name the widget does not know (often a typo).',
      });
    default:
      return issue.message;
  }
}

function toContentIssues(issue: z.core.$ZodIssue): ContentIssue[] {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      expected: expectation(issue),
      found: msg('an unknown field', {
        id: 'error.found.unknown-field',
        desc: 'Error panel: what was found was a field name the widget does not know.',
      }),
    }));
  }
  return [
    {
      path: formatPath(issue.path),
      expected: expectation(issue),
      found:
        input === undefined
          ? msg('nothing (the field is missing)', {
              id: 'error.found.missing',
              desc: 'Error panel: a required field was not given.',
            })
          : preview(input),
    },
  ];
}

/** Checks unknown data against a schema and lists every problem in plain words. */
function validate<S extends z.core.$ZodType>(schema: S, data: unknown): Checked<z.output<S>> {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.flatMap(toContentIssues);
  // One line per field and expectation, even when two checks caught the same problem.
  const unique = new Map(issues.map((issue) => [`${issue.path}\n${issue.expected}`, issue]));
  return { ok: false, issues: [...unique.values()] };
}

/** Parses the text of an inline `<script type="application/json">`, then validates it. */
function validateJson<S extends z.core.$ZodType>(schema: S, text: string): Checked<z.output<S>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          expected: msg('valid JSON', {
            id: 'error.expected.json',
            desc: 'Error panel: the inline script must contain valid JSON. Keep "JSON" as is.',
          }),
          found: (error as Error).message,
        },
      ],
    };
  }
  return validate(schema, data);
}

/** Validates clinic content given as a value (a property) or as JSON text (an inline script). */
export function validateContent<S extends z.core.$ZodType>(
  schema: S,
  input: { value: unknown } | { json: string },
): Checked<z.output<S>> {
  return 'json' in input ? validateJson(schema, input.json) : validate(schema, input.value);
}
