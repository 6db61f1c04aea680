/**
 * Vite build of the web app (src/web → dist/web). `npm run build:web` builds it;
 * `npx vite` serves it with hot reload and proxies /api to a running
 * `jobcenter serve` (VITE_API_TARGET, default http://localhost:3000).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('./src/web', import.meta.url));
export const WEB_DIST = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: WEB_ROOT,
  base: '/',
  plugins: [react()],
  build: {
    outDir: WEB_DIST,
    emptyOutDir: true,
    // No source maps in the build the server serves (they would publish the
    // sources with comments); `npx vite` in development has its own.
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: process.env.VITE_API_TARGET ?? 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
});
