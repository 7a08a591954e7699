import type { MessageGroup } from '../generated/messages/loaders.js';

/**
 * Which groups of translations a medical translator has not yet approved, as
 * `locale group` keys. Each locale chunk says so itself (`reviewed`, computed
 * by `npm run localize:build` from `approved="yes"` in locales/<locale>.xlf);
 * messages.ts records it when the chunk arrives. Apart from messages.ts so that
 * the footer can ask without carrying the locale loaders.
 */
const unreviewed = new Set<string>();

/** Records what a chunk says; a chunk that says nothing counts as not reviewed. */
export function recordReview(locale: string, group: MessageGroup, reviewed: boolean | undefined): void {
  const key = `${locale} ${group}`;
  if (reviewed === true) unreviewed.delete(key);
  else unreviewed.add(key);
}

/** Whether a widget of `group` shows texts in `locale` (its own or the shared ones) not yet approved. */
export const translationUnreviewed = (locale: string, group: MessageGroup): boolean =>
  unreviewed.has(`${locale} shared`) || unreviewed.has(`${locale} ${group}`);
