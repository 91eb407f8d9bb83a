import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * Checks the shipped rules data (resources/reference/rules/) against its schemas when the app or
 * the command line is built, and stops the build on the first problems: the built code reads the
 * data without checking it again at every start. `root` is the project's folder.
 */
export function checkRulesPlugin(root: string): Plugin {
  const dir = join(root, 'resources', 'reference', 'rules');
  return {
    name: 'lexgap-check-rules',
    async buildStart() {
      // The schemas are the application's own TypeScript, loaded through Vite.
      const { module } = await runnerImport<typeof import('../shared/analysis/rules-schema')>(
        join(root, 'shared', 'analysis', 'rules-schema.ts'),
        { configFile: false, logLevel: 'silent' },
      );
      const problems = module.checkShippedRules((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);
      if (problems.length) this.error(problems.join('\n'));
    },
  };
}
