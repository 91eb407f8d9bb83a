import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../words/words';
import type { VersionStage, VersionView } from '../../../../shared/api/version-schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';
import styles from './VersionList.module.css';

const STAGES: VersionStage[] = ['draft', 'committee', 'adopted', 'in-force', 'repealed'];

/** The versions of an act: label, stage and date edited in place (saved at once), delete. */
export function VersionList({ versions, onError }: { versions: VersionView[]; onError: (e: ApiError) => void }) {
  const { t, i18n } = useTranslation();
  const update = useApiMutation('versions:update');
  const remove = useApiMutation('versions:delete');
  const [editing, setEditing] = useState<{ id: number; label: string } | null>(null);
  const fail = (e: unknown) => onError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });

  const saveLabel = () => {
    if (!editing) return;
    const label = editing.label.trim();
    setEditing(null);
    if (label) update.mutate({ versionId: editing.id, label }, { onError: fail });
  };

  return (
    <table className={`acts-table ${styles.versionsTable}`} data-testid="versions-table">
      <thead>
        <tr>
          <th>{t('versions.label')}</th>
          <th>{t('versions.stage')}</th>
          <th>{t('versions.date')}</th>
          <th>{t('acts.units')}</th>
          <th>{t('acts.source')}</th>
          <th>{t('acts.imported_at')}</th>
          <th>
            <span className="sr-only">{t('versions.actionsColumn')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} data-testid="version-row">
            <td>
              {editing?.id === v.id ? (
                <input
                  autoFocus
                  aria-label={t('versions.label')}
                  value={editing.label}
                  onChange={(e) => setEditing({ id: v.id, label: e.target.value })}
                  onBlur={saveLabel}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') saveLabel();
                    if (e.key === 'Escape') setEditing(null);
                  }}
                  data-testid="version-label-input"
                />
              ) : (
                <button
                  type="button"
                  className="link"
                  title={t('versions.rename')}
                  onClick={() => setEditing({ id: v.id, label: v.label })}
                  data-testid="version-label"
                >
                  {v.label}
                </button>
              )}
            </td>
            <td>
              <select
                aria-label={t('versions.stage')}
                value={v.stage}
                onChange={(e) =>
                  update.mutate({ versionId: v.id, stage: e.target.value as VersionStage }, { onError: fail })
                }
              >
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(`versions.stages.${s}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                type="date"
                aria-label={t('versions.date')}
                value={v.date ?? ''}
                onChange={(e) => update.mutate({ versionId: v.id, date: e.target.value || null }, { onError: fail })}
              />
            </td>
            <td>{v.units}</td>
            <td className="muted" translate="no">
              {v.sourceFile}
            </td>
            <td className="muted">{formatDate(v.importedAt, i18n.language, false)}</td>
            <td>
              <button
                type="button"
                disabled={versions.length < 2}
                title={versions.length < 2 ? t('versions.onlyVersion') : undefined}
                onClick={() => {
                  if (window.confirm(t('versions.confirmDelete', { label: v.label })))
                    remove.mutate({ versionId: v.id }, { onError: fail });
                }}
                data-testid="version-delete"
              >
                {t('versions.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
