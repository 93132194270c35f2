import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vite';

// Modules that call React client APIs (hooks, context, styled-components): their built files start with "use client"
// so React Server Components frameworks (Next.js app router) treat them as client modules. Core data and functions
// (src/core, src/i18n) and the index barrel stay plain, so a server component can still read PG_RULES or call prepareRequest.
const CLIENT_MODULE = /\/src\/(components|react)\//;

// Library build: ESM + CJS for every entry (main, v2, testing, pg-docs, core, server), bundled .d.ts/.d.cts beside them.
// One output file per source module (preserveModules), so a merchant's bundler applies `"sideEffects": false` per module
// and drops what the app does not import (components, styled-components, locales, CardFilter's table) — a single
// concatenated file cannot be tree-shaken as well.
export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      outDirs: ['dist', { dir: 'dist', moduleFormat: 'cjs' }],
      bundleTypes: true,
    }),
  ],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        testing: 'src/testing/index.ts',
        'pg-docs': 'src/pg-docs/index.ts',
        core: 'src/core/index.ts',
        v2: 'src/v2/index.ts',
        server: 'src/server/index.ts',
      },
      formats: ['es', 'cjs'],
      fileName: (format, entry) => `${entry}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    rolldownOptions: {
      // @portone/server-sdk: the server entry's optional peer, loaded at run time and never bundled.
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^styled-components($|\/)/, /^@portone\/server-sdk($|\/)/],
      // No cross-module constant inlining: one file per module is the output, and an inlined constant left its module
      // behind as a bare `import "./x.js"` that merchants' bundlers warn about (esbuild's "ignored-bare-import"). The
      // merchant's bundler inlines constants itself.
      optimization: { inlineConst: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Keep top-level `const` (Vite's default turns it into `var`): esbuild and other bundlers inline a
        // `const DEV = false` across modules and drop the development-only branches, but not a `var`.
        topLevelVar: false,
        banner: (chunk) => (chunk.moduleIds.some((id) => CLIENT_MODULE.test(id)) ? '"use client";' : ''),
      },
    },
    // No source maps: the output is unminified, one readable file per module, and the maps were half the tarball.
    sourcemap: false,
    minify: false,
    emptyOutDir: true,
  },
});
