// The builder page's script (demo/builder/index.html), bundled by demo/builder/vite.config.ts into dist/builder/.
import catalog from 'virtual:ketamine-builder-catalog';
import { defineCodeBuilder } from './ketamine-code-builder.js';

defineCodeBuilder();
document.querySelector('ketamine-code-builder')!.catalog = catalog;
