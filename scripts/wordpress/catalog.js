import { readFileSync } from 'node:fs';
import { importTs } from '../lib/import-ts.js';
import { ELEMENTS, WIDGETS, tagOf } from '../lib/widgets.js';

/*
 * What the WordPress plugin knows about each widget: its block, its shortcode and the attributes a
 * webmaster may set, each with the values the widget accepts. Attribute names, booleans and
 * fixed value sets (`'auto' | 'light' | 'dark'`) come from custom-elements.json; attributes typed
 * as a plain string take built-in ids, listed in ID_ATTRIBUTES from the widgets' own id lists. An
 * attribute that is in neither fails the build, so a new attribute cannot be missing silently.
 */

/**
 * Ids that a string attribute takes: `one` id, or a space-separated `list` of them. Editors offer the
 * `one` ids too (custom-elements-manifest.config.mjs). `required`: the widget shows its error panel
 * without one, so the block editor asks for it first, in a placeholder.
 */
export const ID_ATTRIBUTES = {
  'evidence-card': { study: ['one', 'STUDY_IDS', 'required'] },
  'treatment-timeline': { current: ['one', 'STEP_IDS'] },
  'therapy-comparison': {
    therapies: ['list', 'THERAPY_IDS'],
    criteria: ['list', 'CRITERION_IDS'],
    highlight: ['one', 'THERAPY_IDS'],
  },
  'safety-facts': { sections: ['list', 'SECTION_IDS'] },
  'evidence-summary': { conditions: ['list', 'CONDITIONS'] },
};

/**
 * Attributes the plugin does not offer yet: `clinic-review` takes JSON (the clinic's own medical review),
 * which a shortcode's quoting cannot carry safely; a clinic sets it in a Custom HTML block (docs/wordpress.md).
 */
export const NOT_OFFERED = new Set(['clinic-review']);

export const idLists = () =>
  importTs(`
export { STUDY_IDS } from './src/elements/evidence-card/studies.ts';
export { STEP_IDS } from './src/elements/treatment-timeline/timeline-steps.ts';
export { THERAPY_IDS, CRITERION_IDS } from './src/elements/therapy-comparison/therapy-ids.ts';
export { SECTION_IDS } from './src/elements/safety-facts/section-ids.ts';
export { CONDITIONS } from './src/elements/evidence-summary/content.ts';
`);

/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
function literals(typeText) {
  const parts = typeText.split('|').map((part) => part.trim());
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.every((value) => value !== undefined) ? values : undefined;
}

function attributeSpec(widget, attribute, ids) {
  const type = attribute.type?.text ?? '';
  if (type === 'boolean') return { kind: 'boolean' };
  const fixed = literals(type);
  if (fixed) return { kind: 'one', values: fixed, default: attribute.default?.replace(/^'|'$/g, '') };
  const idAttribute = ID_ATTRIBUTES[widget]?.[attribute.name];
  if (!idAttribute) {
    throw new Error(
      `<${tagOf(widget)}> attribute "${attribute.name}" (${type}) has no allowed values: ` +
        'give it a literal type in its JSDoc or list its ids in scripts/wordpress/catalog.js.',
    );
  }
  const [kind, list, required] = idAttribute;
  return { kind, values: [...ids[list]], ids: list, ...(required && { required: true }) };
}

/** Every registered widget, from custom-elements.json (run `npm run analyze` first). */
export async function wordpressCatalog(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const ids = await idLists();
  return ELEMENTS.map((widget) => {
    const tag = tagOf(widget);
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) throw new Error(`${tag} is not in ${manifestPath}: run \`npm run analyze\`.`);
    const attributes = Object.fromEntries(
      (declaration.attributes ?? [])
        .filter((attribute) => !NOT_OFFERED.has(attribute.name))
        .map((attribute) => [attribute.name, attributeSpec(widget, attribute, ids)]),
    );
    return {
      name: widget,
      tag,
      block: `ketamine-widgets/${widget}`,
      shortcode: tag.replaceAll('-', '_'),
      title: `Ketamine: ${widget.replaceAll('-', ' ')}`,
      description: declaration.summary ?? '',
      attributes,
      example: WIDGETS[widget].example,
    };
  });
}

/** The block.json of one widget (WordPress 6.1: apiVersion 2, rendered by the plugin's PHP). */
export function blockJson(widget, version) {
  const attributes = Object.fromEntries(
    Object.entries(widget.attributes).map(([name, spec]) => [
      name,
      spec.kind === 'boolean'
        ? { type: 'boolean', default: false }
        : spec.kind === 'one'
          ? { type: 'string', enum: spec.values }
          : { type: 'string' },
    ]),
  );
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: widget.block,
    version,
    title: widget.title,
    category: 'widgets',
    icon: 'welcome-learn-more',
    description: widget.description,
    keywords: ['ketamine', 'anxiety', 'PTSD'],
    textdomain: 'ketamine-widgets',
    attributes,
    // The inserter's preview: the registry's example, which the docs and tests show too.
    example: {
      attributes: Object.fromEntries(
        Object.entries(widget.example).map(([name, value]) => [
          name,
          widget.attributes[name]?.kind === 'boolean' ? true : value,
        ]),
      ),
    },
    supports: { html: false },
    editorScript: 'ketamine-widgets-editor',
  };
}
