import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';

export default defineConfig({
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Generous timeout: the component test mounts Ant Design Vue, slow on a loaded 2-core machine.
  test: { environment: 'happy-dom', include: ['tests/**/*.test.ts'], testTimeout: 30000 },
});
