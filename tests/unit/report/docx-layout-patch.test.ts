import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The page layout of `docx/layout` is patched for speed at install (scripts/patches, applied by
// patch-package): these tests fail when the patch no longer matches the installed version or was
// not applied, rather than letting the report silently become slow again.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PATCHES = join(ROOT, 'scripts/patches');
const require = createRequire(import.meta.url);
// docx exports no package.json: its folder is found from its main module (dist/index.*).
const docxDir = join(dirname(require.resolve('docx')), '..');

describe('the docx layout patch', () => {
  const patches = readdirSync(PATCHES).filter((f) => f.startsWith('docx+'));

  it('is written for the installed version of docx, which package.json pins', () => {
    const installed = (JSON.parse(readFileSync(join(docxDir, 'package.json'), 'utf8')) as { version: string }).version;
    const pinned = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies.docx;
    expect(patches).toEqual([`docx+${installed}.patch`]);
    expect(pinned).toBe(installed);
  });

  it('is applied to the installed layout module', () => {
    const patch = readFileSync(join(PATCHES, patches[0]!), 'utf8');
    const layout = readFileSync(join(docxDir, 'dist/layout.mjs'), 'utf8');
    const added = patch
      .split('\n')
      .filter((line) => line.startsWith('+') && !line.startsWith('+++') && line.trim().length > 12)
      .map((line) => line.slice(1));
    expect(added.length).toBeGreaterThan(5);
    for (const line of added) expect(layout).toContain(line);
  });
});
