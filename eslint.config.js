// ESLint flat config: @eslint/js + typescript-eslint + React Hooks (v7, with the React Compiler rules); the shipped
// code in src/ is also linted with type information, and its layers are enforced (no import cycles; core is
// framework-free; each layer imports only the layers below it). `npm run lint` runs it with --max-warnings=0.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/, bottom up: a layer may import the ones before it, never the ones after it.
//   core (framework-free) → theme, texts → react (providers, hooks) → components → v2 / entries; testing uses core and texts.
//   Inside core: vocabulary → rules → request → outcome → page → flows.
const layer = (target, from, message) => ({ target, from, message });
// What runs in the browser besides core.
const BROWSER_LAYERS = [
  './src/theme',
  './src/texts',
  './src/react',
  './src/components',
  './src/testing',
  './src/v2',
  './src/pg-docs',
];
const LAYERS = [
  layer(
    './src/core',
    ['./src/theme', './src/texts', './src/react', './src/components', './src/testing', './src/v2', './src/pg-docs'],
    'src/core is framework-free and depends on nothing else in src.',
  ),
  layer(
    './src/theme',
    ['./src/core', './src/texts', './src/react', './src/components', './src/testing', './src/v2'],
    'Theme helpers stand alone (Server Components call them).',
  ),
  layer(
    './src/texts',
    ['./src/react', './src/components', './src/testing', './src/v2', './src/theme'],
    'Texts depend only on core types.',
  ),
  layer(
    './src/react',
    ['./src/components', './src/testing', './src/v2', './src/theme'],
    'Hooks and providers sit below the components.',
  ),
  layer('./src/components', ['./src/testing', './src/v2'], 'Components do not depend on the test kit or on entries.'),
  layer('./src/testing', ['./src/react', './src/components', './src/v2', './src/theme'], 'The test kit is plain DOM: no React.'),
  layer('./src/v2', ['./src/testing', './src/pg-docs'], 'An entry carries no test doubles and no developer notes.'),
  ...coreLayers(),
  // The merchant server's half shares core's vocabulary and rules, never page state, flows or anything of the browser.
  layer(
    './src/server',
    ['./src/core/request', './src/core/outcome', './src/core/page', './src/core/flows', ...BROWSER_LAYERS],
    'src/server imports only core vocabulary and rules (no page state, flows, React or browser code).',
  ),
  layer(
    ['./src/core', ...BROWSER_LAYERS, './src/index.ts'],
    './src/server',
    'Browser code never imports the server entry (its secrets and SDK stay on the server).',
  ),
];

// Inside core, bottom up: each folder imports only the ones before it. The zones see `import type` too (import-x's
// no-cycle skips type imports; test/unit/architecture/imports.test.ts checks cycles with them counted).
function coreLayers() {
  const order = ['vocabulary', 'rules', 'request', 'outcome', 'page', 'flows'];
  return order.slice(0, -1).map((name, index) =>
    layer(
      `./src/core/${name}`,
      order.slice(index + 1).map((above) => `./src/core/${above}`),
      `core/${name} sits below ${order.slice(index + 1).join(', ')}: it may import only ${['itself', ...order.slice(0, index)].join(', ')}.`,
    ),
  );
}

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
      // A declaration for the library build only (tsconfig.build.json).
      'src/env.d.ts',
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
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
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
  {
    // Framework-free: the core and the test kit import neither React nor styled-components.
    files: ['src/core/**/*.ts', 'src/testing/**/*.ts', 'src/texts/**/*.ts', 'src/theme/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'This layer is framework-free: no React.' },
            { group: ['styled-components'], message: 'This layer is framework-free: no styled-components.' },
          ],
        },
      ],
    },
  },
);
