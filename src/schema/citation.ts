import { z } from 'zod';
import { doi, plainText, pmid, webUrl } from './common.js';

/** How a study is cited, as published: shared by the built-in citations and clinic studies. */
export const citationSchema = z.strictObject({
  authors: plainText,
  title: plainText,
  journal: plainText,
  year: z.int().min(1900).max(2100),
  /** Volume, issue and pages, e.g. "43(2):325–333". */
  details: plainText.optional(),
  doi: doi.optional(),
  pmid: pmid.optional(),
  url: webUrl.optional(),
});

export type Citation = z.input<typeof citationSchema>;
