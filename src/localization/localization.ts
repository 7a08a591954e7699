import { configureLocalization } from '@lit/localize';
import { SOURCE_LOCALE, fallbackChain, resolveLocale } from './locales.js';
import { targetLocales } from '../generated/locale-codes.js';
import { loadLocale, needMessages } from './messages.js';
import { answerPendingMessages } from './pending-messages.js';

type Runtime = ReturnType<typeof configureLocalization>;

let runtime: Runtime | undefined;
let pinned = false;
/** The tag as asked for (e.g. `es-MX`), kept for clinic text that has that exact variant. */
let requested: string = SOURCE_LOCALE;
/** The locale being switched to (the current one once the switch is done or failed). */
let target: string = SOURCE_LOCALE;
let observer: MutationObserver | undefined;

function ensureRuntime(): Runtime {
  if (!runtime) {
    runtime = configureLocalization({ sourceLocale: SOURCE_LOCALE, targetLocales, loadLocale });
    answerPendingMessages(needMessages);
  }
  return runtime;
}

const documentLanguage = (): string => document.documentElement.lang;

/**
 * Sets the language of every widget on the page. Any BCP 47 tag is accepted
 * and resolved to a shipped locale (`es-MX` → `es`; unknown → `en`).
 * An explicit locale wins over `<html lang>`; pass `null` to follow
 * `<html lang>` again. Resolves once every widget can render the new locale.
 */
export async function setLocale(locale: string | null): Promise<string> {
  pinned = locale !== null;
  await switchTo(locale ?? documentLanguage());
  return getLocale();
}

function switchTo(tag: string): Promise<void> {
  requested = tag;
  const locale = (target = resolveLocale(tag));
  return ensureRuntime()
    .setLocale(locale)
    .catch((error: unknown) => {
      if (target === locale) target = getLocale();
      throw error;
    });
}

/**
 * Whether the widgets are switching to another locale whose texts are still loading. (@lit/localize sets the
 * new locale before it tells the widgets to render again, so a widget rendering then sees `false`.)
 */
export const switchingLocale = (): boolean => target !== getLocale();

/** The locale the widgets currently render in (always a shipped locale). */
export function getLocale(): string {
  return runtime ? runtime.getLocale() : SOURCE_LOCALE;
}

/**
 * Locales to try, in order, for clinic text given per locale: the exact tag
 * asked for when it belongs to the active locale (`es-MX`), then the active
 * locale, then English. Never a language other than the widget's own.
 */
export function contentLocaleChain(): string[] {
  const active = getLocale();
  const chain = fallbackChain(active);
  return resolveLocale(requested) === active && !chain.includes(requested) ? [requested, ...chain] : chain;
}

/**
 * Follows `<html lang>`, now and whenever it changes (language switchers and
 * translation plugins change it), until `setLocale()` pins a locale.
 */
export function followDocumentLanguage(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    if (!pinned) switchTo(documentLanguage()).catch(reportLoadFailure);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  setLocale(null).catch(reportLoadFailure);
}

/** Nobody awaits a switch that follows `<html lang>`: say why it failed (offline, a chunk missing on the server). */
function reportLoadFailure(error: unknown): void {
  console.error(
    `ketamine-widgets: could not load the "${resolveLocale(documentLanguage())}" texts, so the widgets stay in "${getLocale()}".`,
    error,
  );
}
