/**
 * Returns the URL only if it is a web link (https: or http:). Validation
 * already refuses other schemes; this second check guards every href the
 * templates write, whatever the data path.
 */
export function safeWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link of only the digits and a leading + of a phone number, whatever the text held. */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;
