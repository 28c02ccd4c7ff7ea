import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The server serves `dist/` and falls back to index.html for client routes, so production needs
 * no proxy; in development Vite forwards the API to the server on port 3000.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + React alone are ~1 MB minified; routes are split, so warn only on real outliers.
    chunkSizeWarningLimit: 1200,
  },
});
