import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { LanguageCode } from '../../../shared/domain/source';
import type { InstrumentRules } from '../../../shared/analysis/rules';
import type { CustomArticle, CustomInstrumentData } from '../../../shared/reference/custom';
import type { Obligation } from '../../../shared/reference/types';
import { migrate } from '../db/assessment-file';
import { openDatabase, type Db } from '../db/sqlite';
import { USER_LIBRARY_MIGRATIONS, USER_LIBRARY_SCHEMA } from './migrations';

/** "LxGl" — marks a SQLite file as a LexGap user library (PRAGMA application_id). */
const APPLICATION_ID = 0x4c78476c;
/** File name of the user's library in the app's data folder, beside `reference.sqlite`. */
export const USER_LIBRARY_FILE = 'user-library.sqlite';

/** Path of the user's library in a data folder. */
export function userLibraryPath(dataDir: string): string {
  return join(dataDir, USER_LIBRARY_FILE);
}

/** One recorded change of the user's library. */
export interface ChangelogEntry {
  at: string;
  actor: string;
  action: 'import' | 'update-article' | 'delete';
  instrumentId: string;
  articleNumber: string | null;
  detail: Record<string, unknown> | null;
}

interface InstrumentRow {
  id: string;
  title: string;
  short_title: string;
  citation: string;
  language: LanguageCode;
  source_file: string;
  source_format: string;
  imported_at: string;
  imported_by: string;
  rules: string | null;
}

/** An article row as the table holds it: the stored article under its instrument, links as JSON. */
interface ArticleRow extends Pick<CustomArticle, 'number' | 'label' | 'title' | 'chapter' | 'text' | 'obligation'> {
  instrument_id: string;
  obligation_by_wording: Obligation;
  wording_cue: string | null;
  implements: string;
}

function toArticle(r: ArticleRow): CustomArticle {
  return {
    number: r.number,
    label: r.label,
    title: r.title,
    chapter: r.chapter,
    text: r.text,
    obligation: r.obligation,
    obligationByWording: r.obligation_by_wording,
    wordingCue: r.wording_cue,
    implements: JSON.parse(r.implements) as string[],
  };
}

/**
 * The user's library of imported instruments, one SQLite file per user, shared by every
 * assessment. Writes go through {@link UserLibrary.transaction} so that a change and its
 * changelog entry are kept together or not at all.
 */
export class UserLibrary {
  constructor(readonly db: Db) {}

  /** Run `fn` in one transaction: everything it writes is kept, or nothing when it throws. */
  transaction<T>(fn: () => T): T {
    // IMMEDIATE: the write lock is taken first, so a second window waits instead of failing mid-way.
    return this.db.transaction(fn).immediate();
  }

  /**
   * Every imported instrument with its articles, in import order, and a version that changes
   * whenever any of their content does (it is part of the reference library's data version).
   */
  snapshot(): { instruments: CustomInstrumentData[]; version: string } {
    const rows = this.db.prepare('SELECT * FROM instrument ORDER BY ord').all() as InstrumentRow[];
    const articles = this.db.prepare('SELECT * FROM article ORDER BY instrument_id, ord').all() as ArticleRow[];
    const instruments = rows.map((r): CustomInstrumentData => ({
      id: r.id,
      title: r.title,
      shortTitle: r.short_title,
      citation: r.citation,
      language: r.language,
      imported: {
        fileName: r.source_file,
        format: r.source_format,
        importedAt: r.imported_at,
        importedBy: r.imported_by,
      },
      articles: articles.filter((a) => a.instrument_id === r.id).map(toArticle),
      ...(r.rules ? { rules: JSON.parse(r.rules) as InstrumentRules } : {}),
    }));
    const version = createHash('sha256').update(JSON.stringify(instruments)).digest('hex').slice(0, 16);
    return { instruments, version };
  }

  /** True when an instrument with this id is in the library. */
  has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM instrument WHERE id = ?').get(id) !== undefined;
  }

  /** One article of an imported instrument, or null when there is none with that number. */
  article(instrumentId: string, number: string): CustomArticle | null {
    const row = this.db
      .prepare('SELECT * FROM article WHERE instrument_id = ? AND number = ?')
      .get(instrumentId, number) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  /** Store a new instrument with its articles. */
  insert(data: CustomInstrumentData, sourceSha256: string | null): void {
    const ord = (this.db.prepare('SELECT coalesce(max(ord), -1) + 1 AS n FROM instrument').get() as { n: number }).n;
    this.db
      .prepare(
        `INSERT INTO instrument (id, ord, title, short_title, citation, language, source_file, source_format,
           source_sha256, imported_at, imported_by, rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        data.id,
        ord,
        data.title,
        data.shortTitle,
        data.citation,
        data.language,
        data.imported.fileName,
        data.imported.format,
        sourceSha256,
        data.imported.importedAt,
        data.imported.importedBy,
        data.rules ? JSON.stringify(data.rules) : null,
      );
    const insArticle = this.db.prepare(
      `INSERT INTO article (instrument_id, number, ord, label, title, chapter, text, obligation,
         obligation_by_wording, wording_cue, implements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    data.articles.forEach((a, i) =>
      insArticle.run(
        data.id,
        a.number,
        i,
        a.label,
        a.title,
        a.chapter,
        a.text,
        a.obligation,
        a.obligationByWording,
        a.wordingCue,
        JSON.stringify(a.implements),
      ),
    );
  }

  /** Set an article's obligation class and links. */
  updateArticle(instrumentId: string, number: string, obligation: Obligation, links: string[]): void {
    this.db
      .prepare('UPDATE article SET obligation = ?, implements = ? WHERE instrument_id = ? AND number = ?')
      .run(obligation, JSON.stringify(links), instrumentId, number);
  }

  /** Remove an instrument and its articles (its changelog entries stay). */
  remove(id: string): void {
    this.db.prepare('DELETE FROM instrument WHERE id = ?').run(id);
  }

  /** Record a change in the changelog. */
  log(entry: Omit<ChangelogEntry, 'at'>): void {
    this.db
      .prepare(
        'INSERT INTO changelog (at, actor, action, instrument_id, article_number, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        new Date().toISOString(),
        entry.actor,
        entry.action,
        entry.instrumentId,
        entry.articleNumber,
        entry.detail ? JSON.stringify(entry.detail) : null,
      );
  }

  /** The changelog, oldest first; of one instrument when `instrumentId` is given. */
  changelog(instrumentId?: string): ChangelogEntry[] {
    const rows = (
      instrumentId
        ? this.db.prepare('SELECT * FROM changelog WHERE instrument_id = ? ORDER BY id').all(instrumentId)
        : this.db.prepare('SELECT * FROM changelog ORDER BY id').all()
    ) as {
      at: string;
      actor: string;
      action: ChangelogEntry['action'];
      instrument_id: string;
      article_number: string | null;
      detail: string | null;
    }[];
    return rows.map((r) => ({
      at: r.at,
      actor: r.actor,
      action: r.action,
      instrumentId: r.instrument_id,
      articleNumber: r.article_number,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    }));
  }

  /** Close the file (again without harm). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Open the user's library at `path`, creating it (and its folder) the first time and upgrading
 * its schema when it is older. Refuses a file that is another kind of database or that a newer
 * version of LexGap wrote.
 */
export function openUserLibrary(path: string): UserLibrary {
  mkdirSync(dirname(path), { recursive: true });
  const fresh = !existsSync(path);
  const db = openDatabase(path);
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (fresh || (appId === 0 && version === 0)) db.pragma(`application_id = ${APPLICATION_ID}`);
    else if (appId !== APPLICATION_ID)
      throw new AppError('file-refused', `${basename(path)} is not a LexGap library; move it away and try again`, {
        path,
      });
    if (version > USER_LIBRARY_SCHEMA)
      throw new AppError(
        'file-refused',
        `${basename(path)} was written by a newer version of LexGap (schema ${version}); update LexGap to use it`,
        { path, fileSchema: version, supportedSchema: USER_LIBRARY_SCHEMA },
      );
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, USER_LIBRARY_SCHEMA, USER_LIBRARY_MIGRATIONS);
    return new UserLibrary(db);
  } catch (error) {
    db.close();
    throw error;
  }
}
