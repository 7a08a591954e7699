import * as z from 'zod/mini';
import { doi, plainText, pmid, webUrl } from './common.js';

/** How a study is cited, as published: shared by the built-in citations and clinic studies. */
export const citationSchema = z.strictObject({
  authors: plainText,
  title: plainText,
  journal: plainText,
  year: z.int().check(z.gte(1900), z.lte(2100)),
  /** Volume, issue and pages, e.g. "43(2):325–333". */
  details: z.optional(plainText),
  doi: z.optional(doi),
  pmid: z.optional(pmid),
  url: z.optional(webUrl),
});

export type Citation = z.input<typeof citationSchema>;
