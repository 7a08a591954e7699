// `virtual:ketamine-builder-catalog`: the builder's catalog, made by scripts/build/builder-catalog.js at build time.
declare module 'virtual:ketamine-builder-catalog' {
  const catalog: import('./catalog.js').BuilderCatalog;
  export default catalog;
}
