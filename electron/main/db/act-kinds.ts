import { ACT_KINDS, type ActKind } from '../../../shared/api/act-schemas';
import { AppError } from '../../../shared/api/errors';
import { kindsOf } from '../../../shared/analysis/body-of-law';
import type { LawKind } from '../../../shared/analysis/types';
import type { Provision, ProvisionLevel } from '../../../shared/domain/provision';
import type { LanguageCode } from '../../../shared/domain/source';
import { audit } from './assessment-repo';
import { writeTransaction, type Db } from './sqlite';

/*
 * What each act of an assessment is: the kinds recorded by the user (or by the import, for a
 * regulation split off an act), else those recognised from the act's title and opening.
 */

function parseKinds(stored: string | null): ActKind[] | null {
  if (stored === null) return null;
  const kinds = (JSON.parse(stored) as string[]).filter((k): k is ActKind =>
    (ACT_KINDS as readonly string[]).includes(k),
  );
  return kinds.length ? kinds : null;
}

/** The kinds recorded for each act (null where none is). */
export function recordedKinds(db: Db): Map<number, ActKind[] | null> {
  const rows = db.prepare('SELECT id, kinds FROM act').all() as { id: number; kinds: string | null }[];
  return new Map(rows.map((r) => [r.id, parseKinds(r.kinds)]));
}

/**
 * The kinds of law the analysis scopes an act by: the recorded kinds without "regulation" (which
 * says how an act was made, not what it covers); none when the analysis should recognise them.
 */
export function lawKindsForAnalysis(kinds: readonly ActKind[] | null | undefined): { kinds?: LawKind[] } {
  const law = (kinds ?? []).filter((k): k is LawKind => k !== 'regulation');
  return law.length ? { kinds: law } : {};
}

/**
 * The kinds recognised from an act's latest version, as the analysis recognises them: its title,
 * front matter, group headings and how many units it has. Reads only those, not whole texts.
 */
export function detectedKinds(db: Db, act: { id: number; title: string; language: LanguageCode }): ActKind[] {
  const rows = db
    .prepare(
      `SELECT p.level, p.label, p.heading, substr(p.text, 1, 600) AS text
       FROM provision p
       WHERE p.version_id = (SELECT id FROM act_version WHERE act_id = ? ORDER BY ordinal DESC LIMIT 1)
         AND p.level NOT IN ('subsection', 'paragraph', 'subparagraph')
       ORDER BY p.id`,
    )
    .all(act.id) as { level: ProvisionLevel; label: string; heading: string | null; text: string }[];
  const children: Provision[] = rows.map((r, i) => ({
    id: String(i),
    level: r.level,
    number: '',
    label: r.label,
    heading: r.heading,
    text: r.text,
    path: [],
    page: null,
    line: 0,
    children: [],
  }));
  const tree = {
    language: act.language,
    children,
    definitions: [],
    definitionsUnitId: null,
    tableOfContentsSkipped: false,
    warnings: [],
  };
  return kindsOf({ file: act.title, title: act.title, language: act.language, tree });
}

/**
 * Record what an act is (null: recognise it from its text again), with an audit entry. The time of
 * the change marks a stored analysis out of date.
 */
export function setActKinds(db: Db, actId: number, kinds: readonly ActKind[] | null, actor: string): void {
  writeTransaction(db, () => {
    if (!db.prepare('SELECT 1 FROM act WHERE id = ?').get(actId))
      throw new AppError('not-found', `No act ${actId} in this assessment`);
    const value = kinds && kinds.length ? JSON.stringify([...new Set(kinds)]) : null;
    db.prepare('UPDATE act SET kinds = ?, kinds_changed_at = ? WHERE id = ?').run(
      value,
      new Date().toISOString(),
      actId,
    );
    audit(db, { actor, action: 'set-kinds', entity: 'act', entityId: actId, detail: { kinds: value ? kinds : null } });
  });
}

/** Whether an act's kinds changed after the given time (an analysis run). */
export function kindsChangedSince(db: Db, at: string): boolean {
  return db.prepare('SELECT 1 FROM act WHERE kinds_changed_at > ? LIMIT 1').get(at) !== undefined;
}
