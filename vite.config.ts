import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vite';

// Library build: ESM + CJS for the main entry and the testing entry, bundled .d.ts/.d.cts beside them.
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
      entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
      formats: ['es', 'cjs'],
      fileName: (format, entry) => `${entry}.${format === 'es' ? 'js' : 'cjs'}`,
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^styled-components($|\/)/],
    },
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
  },
});
