import { msg } from '@lit/localize';
import * as z from 'zod/mini';

/** A phone number as people write it: digits, spaces, + ( ) . - ; shown as a `tel:` link. */
export const phone = z.string().check(
  z.regex(/^\+?[0-9][0-9 ().-]{2,30}[0-9]$/, {
    // A function, so the text is read in the locale of the moment.
    error: () =>
      msg('a phone number of digits and spaces, e.g. +1 555 0100', {
        id: 'error.expected.safety-phone',
        desc: 'Error panel: what a clinic phone number must look like. Keep the example number as is.',
      }),
  }),
);
