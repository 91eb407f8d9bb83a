import { basename, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { checkRulesPlugin } from './scripts/check-rules-plugin.ts';

// Entry points are named explicitly: the layout (electron/, renderer/) is not electron-vite's default.
export default defineConfig({
  main: {
    plugins: [checkRulesPlugin(__dirname)],
    build: {
      outDir: 'out/main',
      // Import and analysis run in worker threads started from the bundled task-worker.js.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'task-worker': resolve(__dirname, 'electron/main/workers/task-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    css: {
      modules: {
        // Readable, stable names ("RequirementList__req-row") so the page can be inspected; each
        // module file name is unique in the renderer, which keeps them unique too.
        generateScopedName: (local: string, file: string) =>
          `${basename(file.split('?')[0]!).replace(/\.module\.css$/, '')}__${local}`,
        localsConvention: 'camelCase',
      },
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
