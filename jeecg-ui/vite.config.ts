import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';

// The built UI is served by the platform itself at "/" (history-mode fallback on the server);
// in development the Vite server proxies /api to a locally running back end.
const proxy = {
  '/api': { target: process.env.API_TARGET || 'http://localhost:8080', changeOrigin: true },
  '/actuator': { target: process.env.API_TARGET || 'http://localhost:8080', changeOrigin: true },
};

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    proxy,
  },
  // `vite preview` serves the built dist/ the same way (front-end measurements without repackaging the jar).
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1600,
    // UI_NO_MINIFY=1 keeps readable names for browser CPU profiles.
    minify: process.env.UI_NO_MINIFY ? false : undefined,
  },
});
