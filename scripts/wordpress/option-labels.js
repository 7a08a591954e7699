import { importTs } from '../lib/import-ts.js';

/*
 * The names the block editor shows for the built-in ids (issue 26): for each id list of catalog.js's ID_ATTRIBUTES,
 * in every locale the widgets ship, read from the widgets' own content modules in that locale, so a new study or step
 * is named with no edit to the plugin. A study is "condition · headline · Feder et al., 2021"; a step, a section or a
 * condition its title; a therapy or a criterion its name. The build fails for an id list without a way to name it.
 */
const NAMERS_ENTRY = `
import { setLocale } from './src/localization/localization.ts';
import { needMessages } from './src/localization/messages.ts';
import { SUPPORTED_LOCALES } from './src/localization/locales.ts';
import { STUDIES } from './src/elements/evidence-card/studies.ts';
import { byline } from './src/elements/evidence-card/study-text.ts';
import { TIMELINE_STEPS } from './src/elements/treatment-timeline/timeline-steps.ts';
import { THERAPY_NAMES, CRITERION_LABELS } from './src/elements/therapy-comparison/therapies.ts';
import { SECTIONS } from './src/elements/safety-facts/content.ts';
import { CONDITION_TEXTS } from './src/elements/evidence-summary/content.ts';

const fromEntries = (entries) => Object.fromEntries(entries);
export const LOCALES = SUPPORTED_LOCALES;
/** Per id list: the translation group its texts are in, and id → name in the current locale. */
export const NAMERS = {
  STUDY_IDS: ['evidence-card', () => fromEntries(Object.entries(STUDIES).map(([id, study]) => {
    const { condition, headline, citation } = study();
    return [id, [condition, headline, byline(citation)].join(' · ')];
  }))],
  STEP_IDS: ['treatment-timeline', () => fromEntries(Object.entries(TIMELINE_STEPS).map(([id, step]) => [id, step().title]))],
  THERAPY_IDS: ['therapy-comparison', () => fromEntries(Object.entries(THERAPY_NAMES).map(([id, name]) => [id, name()]))],
  CRITERION_IDS: ['therapy-comparison', () => fromEntries(Object.entries(CRITERION_LABELS).map(([id, name]) => [id, name()]))],
  SECTION_IDS: ['safety-facts', () => fromEntries(SECTIONS.map((section) => [section.id, section.title()]))],
  CONDITIONS: ['evidence-summary', () => fromEntries(CONDITION_TEXTS.map((text) => [text.id, text.name()]))],
};

/** Switches the widgets' texts to \`locale\`, with \`groups\` loaded (@lit/localize announces it on a window). */
export async function switchLocale(locale, groups) {
  const stands = globalThis.window === undefined;
  if (stands) globalThis.window = new EventTarget();
  try {
    for (const group of groups) await needMessages(group, locale);
    await setLocale(locale);
  } finally {
    if (stands) delete globalThis.window;
  }
}
`;

/**
 * `{ <locale>: { <widget>: { <attribute>: { <id>: name } } } }` for every id attribute of `catalog` (wordpressCatalog),
 * in every locale the widgets ship (but pseudo-locales). Checks that every id has a name.
 */
export async function optionLabels(catalog) {
  const { LOCALES, NAMERS, switchLocale } = await importTs(NAMERS_ENTRY);
  const idAttributes = catalog.flatMap((widget) =>
    Object.entries(widget.attributes)
      .filter(([, spec]) => spec.ids)
      .map(([attribute, spec]) => ({ widget: widget.name, attribute, spec })),
  );
  for (const { widget, attribute, spec } of idAttributes) {
    if (!NAMERS[spec.ids]) {
      throw new Error(
        `<ketamine-${widget}> ${attribute}: no names for ${spec.ids}; add it to NAMERS in scripts/wordpress/option-labels.js`,
      );
    }
  }
  const groups = [...new Set(Object.values(NAMERS).map(([group]) => group))];
  const labels = {};
  // Not a pseudo-locale of the source language (en-XA, for QA): WordPress has none.
  for (const locale of LOCALES.filter((each) => !each.startsWith(`${LOCALES[0]}-`))) {
    await switchLocale(locale, groups);
    const names = Object.fromEntries(Object.entries(NAMERS).map(([list, [, name]]) => [list, name()]));
    labels[locale] = {};
    for (const { widget, attribute, spec } of idAttributes) {
      const unnamed = spec.values.filter((id) => !names[spec.ids][id]);
      if (unnamed.length) throw new Error(`${locale}: <ketamine-${widget}> ${attribute}: no name for ${unnamed}`);
      labels[locale][widget] ??= {};
      labels[locale][widget][attribute] = Object.fromEntries(spec.values.map((id) => [id, names[spec.ids][id]]));
    }
  }
  return labels;
}
