import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../electron/main/cli/index';
import { tempDir } from '../helpers/temp';

const BIN = fileURLToPath(new URL('../../bin/lexgap.mjs', import.meta.url));
const KENYA = fileURLToPath(
  new URL('../../resources/samples/kenya-counter-trafficking-in-persons-act-2010.txt', import.meta.url),
);
const run = promisify(execFile);

describe('the built lexgap command line', () => {
  const dir = tempDir('lexgap-cli-build-');
  afterAll(() => dir.cleanup());

  /** Runs bin/lexgap.mjs under plain Node and records every module specifier it resolves. */
  async function lexgap(args: string[]): Promise<{ stdout: string; modules: string[] }> {
    const log = join(dir.path, `resolved-${args[0]}.log`);
    writeFileSync(log, '');
    const hooks = join(dir.path, 'hooks.mjs');
    writeFileSync(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  appendFileSync(${JSON.stringify(log)}, specifier + '\\n');
  return next(specifier, context);
}`,
    );
    const register = join(dir.path, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    const { stdout } = await run(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], {
      env: { ...process.env, LEXGAP_DATA_DIR: join(dir.path, 'data'), LEXGAP_CACHE_DIR: join(dir.path, 'cache') },
      cwd: dir.path,
    });
    return { stdout, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }

  it('lists the library from built JavaScript, without a TypeScript loader or the document libraries', async () => {
    const { stdout, modules } = await lexgap(['library', 'list']);
    expect(stdout).toMatch(/^tip-protocol\s+\d+ articles/m);
    expect(stdout).toMatch(/^untoc\s+\d+ articles/m);
    expect(modules.some((m) => m.includes('out/cli/lexgap.mjs'))).toBe(true);
    for (const heavy of ['tsx', 'pdfjs-dist', 'mammoth', 'htmlparser2', 'docx', 'zod', 'diff'])
      expect(
        modules.filter((m) => m === heavy || m.startsWith(`${heavy}/`)),
        `${heavy} loaded`,
      ).toEqual([]);
    expect(modules.filter((m) => m.endsWith('.ts'))).toEqual([]);
    // The reference library was built once and left as a snapshot for the next run.
    expect(readdirSync(join(dir.path, 'cache')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    expect((await lexgap(['library', 'list'])).stdout).toBe(stdout);
  });

  it('loads the Word library for a report, and the PDF library still only for PDF files', async () => {
    const out = join(dir.path, 'kenya.docx');
    const { stdout, modules } = await lexgap(['analyze', KENYA, '--instruments', 'tip-protocol', '--docx', out]);
    expect(stdout).toContain('Wrote');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(modules).toContain('docx');
    expect(modules.filter((m) => m.startsWith('pdfjs-dist'))).toEqual([]);
  });

  it('ends at once with the error when analyze stops before its worker threads are used', async () => {
    const missing = join(dir.path, 'no-such-law.txt');
    const error = await lexgap(['analyze', missing]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('no-such-law.txt');
  });

  it('gives each command the summary its module declares', async () => {
    for (const [name, entry] of Object.entries(COMMANDS))
      expect((await entry.load()).summary, name).toBe(entry.summary);
  });
});
