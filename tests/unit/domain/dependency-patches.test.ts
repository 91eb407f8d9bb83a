import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Two dependencies are patched for speed at install (scripts/patches, applied by patch-package):
// the page layout of `docx/layout` (the report's contents page) and the text extraction of
// pdf.js (PDF import). These tests fail when a patch no longer matches the installed version or
// was not applied, rather than letting the report or the import silently become slow again.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PATCHES = join(ROOT, 'scripts/patches');

const PATCHED = [
  { name: 'docx', files: ['dist/layout.mjs'] },
  { name: 'pdfjs-dist', files: ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs'] },
];

describe.each(PATCHED)('the $name patch', ({ name, files }) => {
  const dir = join(ROOT, 'node_modules', name);
  const patches = readdirSync(PATCHES).filter((f) => f.startsWith(`${name}+`));

  it('is written for the installed version, which package.json pins', () => {
    const installed = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    const pinned = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies[name];
    expect(patches).toEqual([`${name}+${installed}.patch`]);
    expect(pinned).toBe(installed);
  });

  it('is applied to the installed files', () => {
    const patch = readFileSync(join(PATCHES, patches[0]!), 'utf8');
    expect(patch.match(/^diff --git a\/node_modules\/\S+/gm)).toEqual(
      files.map((f) => `diff --git a/node_modules/${name}/${f}`),
    );
    const installed = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const added = patch
      .split('\n')
      .filter((line) => line.startsWith('+') && !line.startsWith('+++') && line.trim().length > 12)
      .map((line) => line.slice(1));
    expect(added.length).toBeGreaterThan(5);
    for (const line of added) expect(installed).toContain(line);
  });
});
