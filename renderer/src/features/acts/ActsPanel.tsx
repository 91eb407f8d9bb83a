import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ImportSource } from '../../../../shared/api/act-schemas';
import { useApi } from '../../api/hooks';
import { ActKindSelect } from './ActKindSelect';
import { ImportDialog } from './ImportDialog';
import { sourceFromFile } from './fileSource';
import { useFileDrop } from '../../components/useImportSource';
import { formatDate } from '../words/words';
import styles from './ActsPanel.module.css';

/** The acts of the assessment with their versions; import by button, drag and drop, or paste. */
export function ActsPanel({ onOpenVersion }: { onOpenVersion: (versionId: number) => void }) {
  const { t, i18n } = useTranslation();
  const acts = useApi('act:list', {});
  const [importing, setImporting] = useState<{ source: ImportSource | null } | null>(null);
  const [lastImport, setLastImport] = useState<ImportResult | null>(null);

  const drop = useFileDrop(async (file) => setImporting({ source: await sourceFromFile(file) }));

  return (
    <section
      className={drop.dragging ? `panel ${styles.acts} dragging` : `panel ${styles.acts}`}
      data-testid="acts-panel"
      {...drop.handlers}
    >
      <header className="panel-head">
        <h2>{t('acts.heading')}</h2>
        <button
          type="button"
          className="primary"
          onClick={() => setImporting({ source: null })}
          data-testid="import-law"
        >
          {t('acts.import')}
        </button>
      </header>
      <p className="muted">{t('acts.dropHint')}</p>
      {lastImport && (
        <p className="notice" data-testid="import-summary">
          {t('acts.imported', {
            title: lastImport.title,
            units: lastImport.units,
            language: t(`languageName.${lastImport.language}`),
          })}
          {lastImport.warnings.length > 0 && ` ${lastImport.warnings.join(' ')}`}
          {lastImport.alsoImported?.map((o) => ` ${t('acts.alsoImported', { title: o.title })}`)}
        </p>
      )}
      {acts.data?.length ? (
        <table className="acts-table">
          <thead>
            <tr>
              <th>{t('acts.act')}</th>
              <th>{t('acts.kind')}</th>
              <th>{t('acts.version')}</th>
              <th>{t('import.language')}</th>
              <th>{t('acts.units')}</th>
              <th>{t('acts.source')}</th>
              <th>{t('acts.imported_at')}</th>
            </tr>
          </thead>
          <tbody>
            {acts.data.flatMap((a) =>
              a.versions.map((v, i) => (
                <tr key={v.id} data-testid="act-version-row">
                  <td lang={a.language}>{i === 0 ? `${a.title}${a.year ? ` (${a.year})` : ''}` : ''}</td>
                  <td>{i === 0 && <ActKindSelect act={a} />}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => onOpenVersion(v.id)}
                      data-testid={`open-version-${v.id}`}
                    >
                      {v.label}
                    </button>{' '}
                    <span className="badge">{t(`versionStatus.${v.status}`)}</span>
                  </td>
                  <td>{t(`languageName.${v.language}`)}</td>
                  <td>{v.unitCount}</td>
                  <td className="muted">
                    <span translate="no">{v.sourceFile}</span> {v.sourceFormat ? `(${v.sourceFormat})` : ''}
                  </td>
                  <td className="muted">{formatDate(v.importedAt, i18n.language)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('acts.none')}</p>
      )}
      {importing && (
        <ImportDialog
          initialSource={importing.source}
          onClose={() => setImporting(null)}
          onImported={(r) => {
            setLastImport(r);
            onOpenVersion(r.versionId);
          }}
        />
      )}
    </section>
  );
}
