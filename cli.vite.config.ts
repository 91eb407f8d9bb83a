import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { checkRulesPlugin } from './scripts/check-rules-plugin.ts';

// The `lexgap` command line, bundled for plain Node into out/cli (bin/lexgap.mjs loads it).
// Dependencies stay external (loaded from node_modules); each command is its own chunk, so a
// command loads only the code and libraries it uses.
export default defineConfig({
  plugins: [checkRulesPlugin(import.meta.dirname)],
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        lexgap: resolve(import.meta.dirname, 'electron/main/cli/process.ts'),
        // Import and analysis run in worker threads started from this script.
        'task-worker': resolve(import.meta.dirname, 'electron/main/workers/task-worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
