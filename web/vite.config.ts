import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser console: built into web/dist, which the API server serves at `/`. In
 * development (`npm run start:dev`) Vite serves it and hands `/api` to the API on :3000.
 */
export default defineConfig({
  root,
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The figure CI reports: gzipped sizes of what each screen loads.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
