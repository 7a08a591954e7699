import path from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { ID_ATTRIBUTES, idLists } from './scripts/wordpress/catalog.js';

/**
 * `npm run analyze`: custom-elements.json from each element's JSDoc header.
 * The manifest describes the public API as the package ships it (editors,
 * Storybook and other tools read it): the elements only, public members only,
 * module paths into dist/lib, and attribute types spelled out as the values
 * they accept. From it, the framework types and editor data in types/ (see
 * integrationsPlugin).
 */

/** src/a/b.ts → dist/lib/a/b.js: the npm build keeps one module per source module (vite.config.ts). */
function shippedPath(modulePath) {
  // The analyzer writes `src/a/b.ts`, `/src/a/b.js` (a superclass) or an absolute path (from the type checker).
  const relative = modulePath.startsWith(process.cwd()) ? path.relative(process.cwd(), modulePath) : modulePath;
  const match = /^(?:\.?\/)?src\/(.+)\.(?:ts|js)$/.exec(relative.split(path.sep).join('/'));
  if (!match) throw new Error(`custom-elements.json: no shipped file for module ${modulePath}`);
  return `dist/lib/${match[1]}.js`;
}

/** Public members only: private and protected ones (and `#names`) are implementation. */
const isPublic = (item) => (item.privacy ?? 'public') === 'public' && !item.name.startsWith('#');

function publicApiPlugin() {
  return {
    name: 'ketamine-public-api',
    packageLinkPhase({ customElementsManifest }) {
      // Runs after the analyzer's own inheritance step, so inherited members are already copied in.
      const modules = [];
      for (const module of customElementsManifest.modules) {
        const elements = (module.declarations ?? []).filter((d) => d.customElement && d.tagName);
        if (!elements.length) continue; // helpers and the internal base class: not public
        const names = new Set(elements.map((d) => d.name));
        for (const element of elements) {
          element.members = (element.members ?? []).filter(isPublic);
          const fields = new Set(element.members.map((m) => m.name));
          element.attributes = (element.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
          for (const item of [...element.members, ...element.attributes, ...(element.events ?? [])]) {
            useParsedType(item);
            if (item.inheritedFrom?.module) item.inheritedFrom.module = shippedPath(item.inheritedFrom.module);
          }
          if (element.superclass?.module) element.superclass.module = shippedPath(element.superclass.module);
        }
        module.path = shippedPath(module.path);
        module.declarations = elements;
        module.exports = (module.exports ?? []).filter((e) => names.has(e.declaration?.name));
        for (const e of module.exports) if (e.declaration.module) e.declaration.module = module.path;
        modules.push(module);
      }
      customElementsManifest.modules = modules;
    },
  };
}

/**
 * The type with aliases of value lists expanded by the type parser (`Theme` →
 * `'auto' | 'light' | 'dark'`), as the one type. Object types keep their
 * exported names (`StudyInput`): expanded, they lose the locale maps' keys.
 */
function useParsedType(item) {
  if (item.parsedType && !item.parsedType.text.includes('{')) item.type = item.parsedType;
  delete item.parsedType;
}

/** Where the generated types take the element classes and detail types from, relative to types/. */
const TYPES_FROM = '../dist/lib/index.js';

/** The manifest as the generators read it: read-only members are not props or attributes a page can set. */
function settableView(manifest) {
  const view = structuredClone(manifest);
  for (const element of view.modules.flatMap((m) => m.declarations)) {
    element.members = element.members.filter((m) => !m.readonly);
  }
  return view;
}

/**
 * The type generators write a handler as `CustomEvent<event.type>`, so an
 * event's type is its detail here (the manifest itself keeps the event's own
 * type, as its schema says), as an `import()` type: a plain name would go into
 * the generators' shared import once per element, a duplicate identifier.
 */
function withDetailTypes(view) {
  for (const element of view.modules.flatMap((m) => m.declarations)) {
    for (const event of element.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '');
      if (!detail) throw new Error(`<${element.tagName}> ${event.name}: type it @event {CustomEvent<Detail>}`);
      event.type = { text: `import('${TYPES_FROM}').${detail[1]}` };
    }
  }
  return view;
}

const ids = await idLists();

/**
 * For editors, an attribute that takes one built-in id (`study`, `current`, `highlight`) offers those ids,
 * the lists the WordPress blocks offer. Its TypeScript type stays a string: an unknown id is the page's
 * mistake to see in the widget's error panel and `ketamine-error`, not a type error.
 */
function withIdValues(view) {
  for (const element of view.modules.flatMap((m) => m.declarations)) {
    const widget = element.tagName.replace(/^ketamine-/, '');
    for (const attribute of element.attributes ?? []) {
      const [kind, list] = ID_ATTRIBUTES[widget]?.[attribute.name] ?? [];
      if (kind === 'one') attribute.type = { text: ids[list].map((id) => `'${id}'`).join(' | ') };
    }
  }
  return view;
}

const camelCase = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/**
 * Vue matches a template's `heading-level` and `@ketamine-error` to the props `headingLevel` and
 * `onKetamineError`, so its types name attributes and events that way; the generator writes names as given.
 */
function withVueNames(view) {
  for (const element of view.modules.flatMap((m) => m.declarations)) {
    for (const attribute of element.attributes ?? []) attribute.name = camelCase(attribute.name);
    for (const event of element.events ?? []) event.name = camelCase(`-${event.name}`);
  }
  return view;
}

/**
 * types/: JSX, Vue and Svelte types and VS Code and JetBrains data, each by
 * its Custom Elements Manifest integration (react.d.ts and svelte.d.ts, written
 * by hand, hook the JSX and Svelte types into React and Svelte). Props are typed
 * from the shipped declarations (`KetamineEvidenceCard['theme']`), so a prop
 * takes exactly what the element accepts.
 */
function integrationsPlugin() {
  const outdir = 'types';
  const types = { outdir, globalTypePath: TYPES_FROM, hideLogs: true };
  const editors = { outdir, hideLogs: true };
  return {
    name: 'ketamine-integrations',
    packageLinkPhase({ customElementsManifest }) {
      const editorView = withIdValues(settableView(customElementsManifest));
      const view = withDetailTypes(settableView(customElementsManifest));
      generateJsxTypes(view, { ...types, fileName: 'jsx.d.ts' });
      generateVuejsTypes(withVueNames(structuredClone(view)), { ...types, fileName: 'vue.d.ts' });
      generateSvelteTypes(view, { ...types, fileName: 'svelte-html.d.ts' });
      generateVsCodeCustomElementData(editorView, {
        ...editors,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      });
      generateJetBrainsWebTypes(editorView, { ...editors, webTypesFileName: 'web-types.json' });
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/ketamine-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The type parser needs the TypeScript type checker to expand aliases.
  overrideModuleCreation({ ts, globs }) {
    const files = new Set(globs.map((glob) => path.resolve(glob)));
    return getTsProgram(ts, globs, 'tsconfig.lib.json')
      .getSourceFiles()
      .filter((sourceFile) => files.has(path.resolve(sourceFile.fileName)));
  },
  plugins: [typeParserPlugin(), publicApiPlugin(), integrationsPlugin()],
};
