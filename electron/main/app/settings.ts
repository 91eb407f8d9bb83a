import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RecentFile } from '../../../shared/api/schemas';

const MAX_RECENT = 10;

/** Who signs the reports: asked once, then offered for every assessment. */
export interface AssessorSettings {
  name: string;
  organisation: string;
}

interface SettingsFile {
  recent: Omit<RecentFile, 'exists'>[];
  assessor?: AssessorSettings;
}

/**
 * Per-user settings kept beside the reference database: the recent files list.
 * Written atomically (temp file + rename) so a crash never leaves half a file.
 */
export class SettingsStore {
  constructor(private readonly file: string) {}

  private read(): SettingsFile {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<SettingsFile>;
      const a = parsed.assessor;
      const assessor =
        a && typeof a.name === 'string' && typeof a.organisation === 'string'
          ? { name: a.name, organisation: a.organisation }
          : undefined;
      return { recent: Array.isArray(parsed.recent) ? parsed.recent : [], ...(assessor ? { assessor } : {}) };
    } catch {
      return { recent: [] };
    }
  }

  private write(s: SettingsFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(s, null, 2));
    renameSync(tmp, this.file);
  }

  recentFiles(): RecentFile[] {
    return this.read().recent.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  /** The assessor last named in an export, if any. */
  assessor(): AssessorSettings | null {
    return this.read().assessor ?? null;
  }

  rememberAssessor(assessor: AssessorSettings): void {
    this.write({
      ...this.read(),
      assessor: { name: assessor.name.trim(), organisation: assessor.organisation.trim() },
    });
  }

  rememberRecent(entry: { path: string; title: string; country: string }): void {
    const path = resolve(entry.path);
    const rest = this.read().recent.filter((r) => resolve(r.path) !== path);
    this.write({
      ...this.read(),
      recent: [{ ...entry, path, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_RECENT),
    });
  }
}
