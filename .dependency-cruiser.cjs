/**
 * The layers of src/, checked by `npm run lint:deps` (part of `npm test`).
 * Imports run one way, from the top down:
 *   index.ts, cdn.ts, global-api.ts, json-schemas.ts,
 *   server.ts                                          the entries (server.ts: Node, pre-rendered HTML)
 *   server/                                            the server entry's own modules (Node only)
 *   widgets.ts                                         the registry (lazy loaders only)
 *   elements/<name>/                                   one widget: class, templates, content, schema, texts
 *   internal/                                          controllers and parts every widget shares
 *   content/                                           content shared by several widgets (sources, citations)
 *   schema/                                            shared zod parts and validation
 *   localization/, version.ts, generated/              the floor
 */
const ENTRIES = '^src/((index|cdn|global-api|json-schemas|server)\\.ts$|server/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a circle.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'entries-are-the-top',
      severity: 'error',
      comment: 'Nothing imports an entry module.',
      from: { path: '^src/', pathNot: ENTRIES },
      to: { path: ENTRIES },
    },
    {
      name: 'registry-above-widgets',
      severity: 'error',
      comment: 'Only the entries read the registry; a widget never does.',
      from: { path: '^src/', pathNot: ENTRIES },
      to: { path: '^src/widgets\\.ts$' },
    },
    {
      name: 'widget-keeps-to-its-folder',
      severity: 'error',
      comment: 'A widget imports shared layers and its own folder, never another widget.',
      from: { path: '^src/elements/([^/]+)/' },
      to: { path: '^src/elements/', pathNot: '^src/elements/$1/' },
    },
    {
      name: 'internal-below-widgets',
      severity: 'error',
      comment: 'Shared parts know no widget.',
      from: { path: '^src/internal/' },
      to: { path: '^src/elements/' },
    },
    {
      name: 'content-below-internal',
      severity: 'error',
      comment: 'Shared content is data: it may use schema types, localization and other content.',
      from: { path: '^src/content/' },
      to: { path: '^src/(elements|internal)/' },
    },
    {
      name: 'schema-is-pure',
      severity: 'error',
      comment: 'Shared zod parts import only each other and localization (ids are passed in).',
      from: { path: '^src/schema/' },
      to: { path: '^src/(elements|internal|content)/' },
    },
    {
      name: 'localization-is-the-floor',
      severity: 'error',
      comment: 'Localization imports only generated code and the version.',
      from: { path: '^src/localization/' },
      to: { path: '^src/', pathNot: '^src/(localization|generated)/|^src/version\\.ts$' },
    },
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
