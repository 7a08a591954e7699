import * as z from 'zod/mini';
import { contentId, localizedText, webUrl } from './common.js';

/** A source a clinic's own text cites, listed in the widget's footer. */
export const clinicSourceSchema = z.strictObject({
  id: contentId,
  /** The reference as text, e.g. "Our clinic's TMS protocol, 2025". */
  citation: localizedText,
  /** A web page for it (https: or http: only). */
  url: z.optional(webUrl),
});
