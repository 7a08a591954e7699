import { readFileSync } from 'node:fs';
import { wordpressCatalog } from '../wordpress/catalog.js';
import { WIDGETS } from '../lib/widgets.js';

/*
 * What the code builder (demo/builder/) offers, made at build time in Node: every widget of the registry
 * and every attribute custom-elements.json gives it, with its description and default. The values and
 * the WordPress shortcode and block come from the WordPress plugin's own catalog (scripts/wordpress/
 * catalog.js), so the builder and the plugin cannot disagree: booleans and fixed value sets
 * (`'auto' | 'light' | 'dark'`) from the manifest's types, built-in ids (studies, steps, therapies,
 * sections, conditions) from the widgets' own id lists. An attribute the plugin does not offer (it
 * takes other text, such as `clinic-review`'s JSON) is a free text field, marked as not in WordPress.
 */

const unquoted = (value) => value?.replace(/^'|'$/g, '');

export async function builderCatalog(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const widgets = (await wordpressCatalog(manifestPath)).map((widget) => {
    const declaration = declarations.find((d) => d.tagName === widget.tag);
    const attributes = (declaration.attributes ?? []).map((attribute) => {
      const offered = widget.attributes[attribute.name];
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(offered ?? { kind: 'text' }),
        default: offered?.kind === 'one' ? offered.default : unquoted(attribute.default),
        wordpress: Boolean(offered),
      };
    });
    const { name, tag, block, shortcode, title, description } = widget;
    return { name, tag, block, shortcode, title, summary: description, example: WIDGETS[name].example, attributes };
  });
  return { version, widgets };
}

export const CATALOG_MODULE = 'virtual:ketamine-builder-catalog';

/** The catalog as a module (`import catalog from 'virtual:ketamine-builder-catalog'`) for vite and Storybook. */
export const builderCatalogPlugin = () => ({
  name: 'ketamine-builder-catalog',
  resolveId: (source) => (source === CATALOG_MODULE ? `\0${CATALOG_MODULE}` : undefined),
  load: async (id) =>
    id === `\0${CATALOG_MODULE}` ? `export default ${JSON.stringify(await builderCatalog())};` : undefined,
});
