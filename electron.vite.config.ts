import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The desktop build (out/): main (ESM, Node), the preload (one CommonJS file: a sandboxed preload
 * may require nothing but 'electron', so zod and the contract are bundled into it) and the
 * renderer (the same React app as the web build, served in Electron from app://decamp/).
 */
export default defineConfig({
  main: {
    build: {
      outDir: path('./out/main'),
      rollupOptions: { input: { index: path('./electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: path('./out/preload'),
      externalizeDeps: false,
      rollupOptions: {
        input: { index: path('./electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path('./renderer'),
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: path('./out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: path('./renderer/index.html') } },
    },
  },
});
