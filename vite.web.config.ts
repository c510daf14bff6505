import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { headersFile, WEB_HEADERS } from './scripts/web-headers';

/** dist-web/_headers, for the static host (scripts/web-headers.ts). */
const securityHeaders = (): Plugin => ({
  name: 'decamp-security-headers',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
  },
});

/**
 * The renderer as a static web app (`npm run web`, `npm run build:web` -> dist-web/). The same
 * build is what the end-to-end tests drive in Chromium, through the browser DesktopApi.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), securityHeaders()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', headers: { ...WEB_HEADERS } },
  preview: { headers: { ...WEB_HEADERS } },
});
