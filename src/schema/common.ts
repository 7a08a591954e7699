import * as z from 'zod/mini';

// No code generated at run time: zod would otherwise probe `new Function('')` to compile faster
// object parsers, which a strict Content-Security-Policy or Trusted Types reports as a violation.
// Set here, before any schema is built: every schema module imports this one. zod/mini loads no
// message locale: what the error panel shows comes from the `error` keys below and validate.ts.
z.config({ jitless: true });

/**
 * Zod building blocks shared by every kind of clinic content. Each custom
 * `error` is a key that `validate.ts` turns into a translated "expected …"
 * description, so the error panel tells the webmaster what to write.
 */

const MAX_TEXT = 2000;

/** A BCP 47 language tag such as `en`, `es` or `pt-BR`. */
export const localeTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/**
 * Text the widget shows: one plain string, or one per locale with an English
 * entry to fall back on, e.g. `{"en": "6 infusions", "es": "6 infusiones"}`.
 */
const text = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT));

export const localizedText = z
  .union(
    [
      text(),
      z
        .record(localeTag, text())
        .check(z.refine((map) => typeof map['en'] === 'string', { error: 'localized-text' }))
        // `required` carries the refine above into the generated JSON Schema.
        .register(z.globalRegistry, {
          id: 'LocalizedTextMap',
          description: 'One text per locale; "en" is required.',
          required: ['en'],
        }),
    ],
    { error: 'localized-text' },
  )
  .register(z.globalRegistry, {
    id: 'LocalizedText',
    description: 'A plain string, or one text per locale such as {"en": "…", "es": "…"}.',
  });

/** A stable, URL-safe id such as `clinic-2025-pilot`. */
export const contentId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id' }), z.maxLength(80));

/** Only web links: `javascript:`, `data:` and every other scheme are refused. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'web-url' }).check(
  // The pattern repeats the protocol rule in the generated JSON Schema.
  z.regex(/^https?:\/\//i, { error: 'web-url' }),
  z.maxLength(2000),
);

/** The example DOI of error messages (Taylor 2018's): an identifier, so never translated. */
export const EXAMPLE_DOI = '10.1038/npp.2017.194';

/** A DOI such as EXAMPLE_DOI (shown as a https://doi.org/ link). */
export const doi = z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi' }), z.maxLength(200));

/** A PubMed id, digits only. */
export const pmid = z.string().check(z.regex(/^\d{1,9}$/, { error: 'pmid' }));

export const plainText = text();

/** The longest text of a `textLine`: a name with titles, or a role such as "Consultant psychiatrist, medical director". */
export const MAX_LINE = 120;

/** One short line of plain text: trimmed, 1 to MAX_LINE characters, no line breaks or other control characters. */
export const textLine = (error: string) =>
  z
    .string({ error })
    .check(z.trim(), z.minLength(1, { error }), z.maxLength(MAX_LINE, { error }), z.regex(/^[^\p{Cc}]*$/u, { error }));

export type LocalizedText = z.infer<typeof localizedText>;
