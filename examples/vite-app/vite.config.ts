import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain Vite + React app: react-billing-key needs no plugin or option of its own.
export default defineConfig({
  plugins: [react()],
});
