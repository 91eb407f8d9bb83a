import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Provision, ProvisionTree } from '../../../shared/domain/provision';
import { sourceFromText, type LanguageCode, type SourceDocument } from '../../../shared/domain/source';
import { descendants, primaryUnits, segment } from '../../../shared/segment/index';

const LAWS = fileURLToPath(new URL('../../fixtures/laws/', import.meta.url));

export interface FixtureLaw {
  name: string;
  text: string;
  meta: { language: LanguageCode; sections: number | null };
  tree: ProvisionTree;
}

const cache = new Map<string, FixtureLaw>();

/** A fixture law, segmented once per test run. */
export function law(name: string): FixtureLaw {
  let l = cache.get(name);
  if (!l) {
    const text = readFileSync(join(LAWS, `${name}.txt`), 'utf8');
    const meta = JSON.parse(readFileSync(join(LAWS, `${name}.json`), 'utf8')) as FixtureLaw['meta'];
    l = { name, text, meta, tree: segment(sourceFromText(text, `${name}.txt`)) };
    cache.set(name, l);
  }
  return l;
}

export const FIXTURES = [
  'argentina-codigo-penal-ley-11179-texto-vigente',
  'canada-criminal-code-trafficking-amendment-2005',
  'canada-loi-modifiant-code-criminel-traite-2005',
  'chile-ley-20507-trafico-migrantes-trata-2011',
  'kenya-counter-trafficking-in-persons-act-2010',
  'pakistan-prevention-of-smuggling-of-migrants-act-2018',
  'sri-lanka-immigrants-emigrants-amendment-act-2006',
  'sri-lanka-saarc-trafficking-prostitution-act-2005',
  'usa-usc-title-8-aliens-nationality',
] as const;

/** Segment a small hand-made text. */
export function seg(text: string, language?: LanguageCode): ProvisionTree {
  return segment(sourceFromText(text, 'test.txt'), language ? { language } : {});
}

/** Every provision of a tree in document order. */
export function all(tree: ProvisionTree): Provision[] {
  return tree.children.flatMap((c) => descendants(c));
}

/** The provision with this id; fails the test when there is none. */
export function byId(tree: ProvisionTree, id: string): Provision {
  const p = all(tree).find((q) => q.id === id);
  if (!p)
    throw new Error(
      `no provision ${id}; ids: ${all(tree)
        .map((q) => q.id)
        .slice(0, 60)
        .join(' ')}`,
    );
  return p;
}

/** The primary unit with this printed number. */
export function unit(tree: ProvisionTree, number: string): Provision {
  const p = primaryUnits(tree.children).find((u) => u.number === number);
  if (!p)
    throw new Error(
      `no unit ${number}; units: ${primaryUnits(tree.children)
        .map((u) => u.number)
        .join(' ')}`,
    );
  return p;
}

/** Number, label and heading of the primary units, for compact comparisons. */
export function outline(tree: ProvisionTree): Array<[string, string, string | null]> {
  return primaryUnits(tree.children).map((u) => [u.number, u.label, u.heading]);
}

/** A SourceDocument with page numbers, as a PDF import gives. */
export function paged(pages: string[][]): SourceDocument {
  return {
    format: 'pdf',
    fileName: 'paged.pdf',
    lines: pages.flatMap((lines, p) => lines.map((text) => ({ text, page: p + 1 }))),
    notes: [],
    pageCount: pages.length,
  };
}
