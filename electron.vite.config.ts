import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The importer and the search index run in worker threads, each loaded from its own file next to
      // the main bundle. node-sqlite3-wasm stays external (a dependency): it finds its .wasm beside itself.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'import-worker': resolve(__dirname, 'src/main/import/import-worker.ts'),
          'index-worker': resolve(__dirname, 'src/main/search/index-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only `electron`: bundle everything else (the contract, zod) in.
      externalizeDeps: false,
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      // SOURCEMAP=1 npx electron-vite build: source maps, to see what each chunk is made of.
      sourcemap: !!process.env.SOURCEMAP,
    },
    // `zod` is zod with its eval probe switched off first (see src/renderer/src/zod-jitless.ts).
    resolve: { alias: [{ find: /^zod$/, replacement: resolve(__dirname, 'src/renderer/src/zod-jitless.ts') }] },
    plugins: [react()],
  },
});
