// Types for builder-catalog.js, which Node runs as plain JavaScript.
import type { Plugin } from 'vite';
import type { BuilderCatalog } from '../../demo/builder/catalog.js';
export declare function builderCatalog(manifestPath?: string): Promise<BuilderCatalog>;
export declare const CATALOG_MODULE: 'virtual:ketamine-builder-catalog';
export declare const builderCatalogPlugin: () => Plugin;
