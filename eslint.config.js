// ESLint flat config: @eslint/js + typescript-eslint + React Hooks (v7, with the React Compiler rules); the shipped
// code in src/ is also linted with type information. `npm run lint` runs it with --max-warnings=0 as part of `npm test`.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      '.ci/react18/',
      // The example storefronts' dependencies and build output, and what npm run e2e / size:app leave behind.
      '.pack/',
      '.e2e/',
      'examples/*/.size-app/',
      'examples/*/node_modules/',
      'examples/*/dist/',
      'examples/*/dist-e2e/',
      'examples/*/.next/',
      'examples/*/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The example storefronts augment styled-components' DefaultTheme the documented way (`interface … extends …{}`).
    files: ['examples/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }] },
  },
  {
    // What merchants run: type-aware rules too, and imports that work in Node (SSR) as well as in bundlers.
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'styled-components',
              importNames: ['default'],
              message:
                "Use `import { styled } from 'styled-components'`: Node loads styled-components' CJS build, where the default import is the module object, so SSR and the built package break.",
            },
          ],
        },
      ],
    },
  },
);
