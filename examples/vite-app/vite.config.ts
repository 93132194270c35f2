import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain Vite + React app: react-billing-key needs no plugin or option of its own. Two pages: the PortOne v1 shop
// (index.html) and the same shop on PortOne v2 (v2.html).
export default defineConfig({
  plugins: [react()],
  build: { rollupOptions: { input: { main: 'index.html', v2: 'v2.html' } } },
});
