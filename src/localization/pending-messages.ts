import type { MessageGroup } from '../generated/messages/loaders.js';

type Check = (group: MessageGroup, locale: string) => Promise<void> | undefined;

let check: Check | undefined;

/**
 * The translations of `group` in `locale`, if still on their way (see
 * messages.ts). Answers `undefined` until the localization runtime starts
 * (setLocale() or following `<html lang>`), so an element bundled without it
 * carries none of the locale loaders: it can only be in English then anyway.
 */
export const pendingMessages: Check = (group, locale) => check?.(group, locale);

/** Called by the localization runtime when it starts. */
export function answerPendingMessages(answer: Check): void {
  check = answer;
}
