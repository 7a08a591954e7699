/** `npm run analyze`: custom-elements.json from each element's JSDoc header. */
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/ketamine-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
