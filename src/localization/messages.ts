import type { LocaleModule } from '@lit/localize';
import { messageLoaders, type MessageGroup } from '../generated/messages/loaders.js';
import { SOURCE_LOCALE } from './locales.js';
import { recordReview } from './review-status.js';

/*
 * Each locale's translations come in groups: one per element, and one shared
 * by all (errors, footer, links). A page fetches the shared group and the
 * groups of the element types it shows, so a page with one evidence card in
 * Spanish does not download the Spanish of the comparison table.
 */

/** Per locale, one templates object that grows as groups arrive; lit-localize reads it on each msg(). */
const templatesOf = new Map<string, Record<string, LocaleModule['templates'][string]>>();
/**
 * Each group's load, once asked for (`locale group`): switching back to a language already shown then
 * waits for nothing (a second import() of a loaded module still waits for a task). A failed load is
 * forgotten, so the next switch tries the network again.
 */
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();
/** The groups this page has needed so far: a locale switch loads all of them before it resolves. */
const needed = new Set<MessageGroup>(['shared']);

const templatesFor = (locale: string) => {
  let templates = templatesOf.get(locale);
  if (!templates) templatesOf.set(locale, (templates = {}));
  return templates;
};

function loadGroup(locale: string, group: MessageGroup): Promise<void> {
  const key = `${locale} ${group}`;
  let load = loading.get(key);
  if (!load) {
    load = messageLoaders[locale]![group]().then((module) => {
      Object.assign(templatesFor(locale), module.templates);
      recordReview(locale, group, module.reviewed);
      loaded.add(key);
    });
    loading.set(key, load);
    load.catch(() => loading.delete(key));
  }
  return load;
}

/** lit-localize's loader: every group this page has needed, as one templates object. */
export async function loadLocale(locale: string): Promise<LocaleModule> {
  await Promise.all([...needed].map((group) => loadGroup(locale, group)));
  return { templates: templatesFor(locale) };
}

/**
 * Marks `group` as needed from now on, and loads it for `locale` if it is not
 * there yet. Returns the pending load, or `undefined` when the messages are ready.
 */
export function needMessages(group: MessageGroup, locale: string): Promise<void> | undefined {
  needed.add(group);
  if (locale === SOURCE_LOCALE || loaded.has(`${locale} ${group}`)) return undefined;
  return loadGroup(locale, group);
}
