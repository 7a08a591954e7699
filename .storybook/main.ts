import type { StorybookConfig } from '@storybook/web-components-vite';
import { builderCatalogPlugin } from '../scripts/build/builder-catalog.js';

/**
 * Storybook for the widgets. `npm run storybook` / `npm run build-storybook`
 * first run `lit-localize build` (src imports src/generated/) and
 * `cem analyze` (custom-elements.json feeds the controls and docs tables).
 * Docs pages are opted into per component with `tags: ['autodocs']`; the docs/*.md pages are docs
 * entries too (stories/docs/), whose screenshots come from the visual baselines served at `baselines/`.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  staticDirs: [{ from: '../test/visual/baselines', to: '/baselines' }],
  core: {
    disableTelemetry: true,
  },
  // The code builder's catalog (stories/get-the-code.stories.ts), made from custom-elements.json at build time.
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), builderCatalogPlugin()] }),
};

export default config;
