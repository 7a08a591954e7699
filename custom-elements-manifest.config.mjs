import path from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/**
 * `npm run analyze`: custom-elements.json from each element's JSDoc header.
 * The manifest describes the public API as the package ships it (editors,
 * Storybook and other tools read it): the elements only, public members only,
 * module paths into dist/lib, and attribute types spelled out as the values
 * they accept.
 */

/** src/a/b.ts → dist/lib/a/b.js: the npm build keeps one module per source module (vite.config.ts). */
function shippedPath(modulePath) {
  // The analyzer writes `src/a/b.ts`, `/src/a/b.js` (a superclass) or an absolute path (from the type checker).
  const relative = modulePath.startsWith(process.cwd()) ? path.relative(process.cwd(), modulePath) : modulePath;
  const match = /^(?:\.?\/)?src\/(.+)\.(?:ts|js)$/.exec(relative.split(path.sep).join('/'));
  if (!match) throw new Error(`custom-elements.json: no shipped file for module ${modulePath}`);
  return `dist/lib/${match[1]}.js`;
}

/**
 * Values a field accepts where src declares a wider TypeScript type: any other
 * heading level falls back to 3 with a console warning.
 */
const ACCEPTED = {
  headingLevel: "'1' | '2' | '3' | '4' | '5' | '6'",
};

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
            useAcceptedValues(element, item);
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

function useAcceptedValues(element, item) {
  const accepted = ACCEPTED[item.fieldName ?? item.name];
  if (!accepted || !item.type) return;
  // If src narrows the type itself one day, it must say the same.
  if (item.type.text !== 'string' && item.type.text !== accepted) {
    throw new Error(
      `custom-elements.json: <${element.tagName}> ${item.name} is ${item.type.text}, expected ${accepted}`,
    );
  }
  item.type = { text: accepted };
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
  plugins: [typeParserPlugin(), publicApiPlugin()],
};
