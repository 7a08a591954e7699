// ESLint (flat config), run by `npm run lint` as part of `npm test`. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'src/generated/',
      'bench/.pages/',
      'custom-elements.json',
      'types/*',
      '!types/react.d.ts',
      '!types/svelte.d.ts',
      'examples/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's first argument, say).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      'scripts/**',
      'bench/**',
      'bin/**',
      '.storybook/main.ts',
      '.changeset/*.cjs',
      '*.{js,mjs,cjs,ts}',
      'test/support/*.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
