import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { closeAssessmentFile, createAssessmentFile } from '../../electron/main/db/assessment-file';
import { initAssessment } from '../../electron/main/db/assessment-repo';
import { editProvision, storeImportedVersion } from '../../electron/main/db/act-repo';
import { searchProvisions } from '../../electron/main/db/review-repo';
import { sourceFromText } from '../../shared/domain/source';
import { segment } from '../../shared/segment/index';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);

const LAW = `PART I – OFFENCES
1. Trafficking in persons
(1) A person who recruits, transports or harbours another person for the purpose of exploitation commits an offence.
(2) The consent of a victim is irrelevant.
2. Indemnización
The court shall order restitution to the victim.
3. Interpretation
In this Act, "child" means a person under eighteen years.`;

function withLaw() {
  const db = createAssessmentFile(join(dir.path, `search-${Math.random().toString(36).slice(2)}.lexgap`));
  initAssessment(db, { country: 'Atlantis', title: 'Gap', assessor: 'A', instruments: ['tip-protocol'] }, 't');
  const source = sourceFromText(LAW, 'law.txt');
  const tree = segment(source, { language: 'en' });
  const stored = storeImportedVersion(db, {
    title: 'Trafficking Act',
    year: 2020,
    language: 'en',
    detectedLanguage: 'en',
    status: 'in-force',
    source,
    sha256: null,
    tree,
    actor: 't',
  });
  return { db, versionId: stored.versionId };
}

const numbers = (hits: { unitNumber: string }[]) => hits.map((h) => h.unitNumber);

describe('provision search', () => {
  it('finds units holding every word, across their subsections, whatever the case and accents', () => {
    const { db } = withLaw();
    expect(numbers(searchProvisions(db, 'CONSENT exploitation', 10))).toEqual(['1']);
    expect(numbers(searchProvisions(db, 'indemnizacion', 10))).toEqual(['2']);
    expect(numbers(searchProvisions(db, 'victim', 10))).toEqual(['1', '2']);
    // Inside a longer word, as the words are typed.
    expect(numbers(searchProvisions(db, 'traffick', 10))).toEqual(['1']);
    expect(numbers(searchProvisions(db, 'consent restitution', 10))).toEqual([]);
    expect(searchProvisions(db, ' ,; ', 10)).toEqual([]);
    closeAssessmentFile(db);
  });

  it('checks words too short for the index against the units the other words find', () => {
    const { db } = withLaw();
    expect(numbers(searchProvisions(db, 'victim is', 10))).toEqual(['1']);
    expect(numbers(searchProvisions(db, 'Act', 10))).toEqual(['3']);
    expect(numbers(searchProvisions(db, 'in', 10))).toEqual(['1', '2', '3']);
    closeAssessmentFile(db);
  });

  it('quotes a snippet around the first word, stops at the limit and reads syntax as plain words', () => {
    const { db } = withLaw();
    const [hit] = searchProvisions(db, 'restitution', 10);
    expect(hit).toMatchObject({ unitNumber: '2', actTitle: 'Trafficking Act' });
    expect(hit!.snippet).toContain('order restitution to the victim');
    expect(searchProvisions(db, 'victim', 1)).toHaveLength(1);
    expect(numbers(searchProvisions(db, '"child*" (', 10))).toEqual(['3']);
    expect(numbers(searchProvisions(db, 'child OR trafficking', 10))).toEqual([]);
    closeAssessmentFile(db);
  });

  it('sees corrections of the tree at once', () => {
    const { db } = withLaw();
    const s2 = (db.prepare("SELECT id FROM provision WHERE level = 'unit' AND number = '2'").get() as { id: number })
      .id;
    editProvision(db, { kind: 'merge', provisionId: s2 }, 't');
    expect(numbers(searchProvisions(db, 'restitution consent', 10))).toEqual(['1']);
    closeAssessmentFile(db);
  });
});
