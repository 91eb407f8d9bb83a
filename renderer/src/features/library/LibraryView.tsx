import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { SearchPanel } from './SearchPanel';
import { InstrumentNav } from './InstrumentNav';
import { ArticlePane } from './ArticlePane';
import { ModelLawPane } from './ModelLawPane';
import { ImportInstrumentDialog } from './ImportInstrumentDialog';
import type { ImportInstrumentResult } from '../../../../shared/api/library-schemas';
import type { UiLanguage } from '../../i18n';
import styles from './LibraryView.module.css';
import { LanguageOptions } from '../../components/LanguageOptions';

export interface LibraryTarget {
  instrument: string;
  article: string;
  /** Requirement id to bring into view and highlight. */
  focus?: string;
}

/**
 * Browse instrument → article → paragraph, follow Model Law links both ways, search everything;
 * import further instruments and set their articles' obligation levels and links.
 */
export function LibraryView() {
  const { t, i18n } = useTranslation();
  const [target, setTarget] = useState<LibraryTarget | null>(null);
  const [query, setQuery] = useState('');
  const [textLang, setTextLang] = useState<UiLanguage>((i18n.language as UiLanguage) ?? 'en');
  const instruments = useApi('library:list-instruments', {});
  const detail = useApi('library:get-instrument', { id: target?.instrument ?? '' }, { enabled: !!target });
  const [importing, setImporting] = useState(false);
  const [lastImport, setLastImport] = useState<ImportInstrumentResult | null>(null);

  return (
    <div className={styles.library} data-testid="library-view">
      {!target && <h1 className="sr-only">{t('library.heading')}</h1>}
      <div className={styles.libraryToolbar}>
        <input
          type="search"
          className="search-input"
          data-testid="library-search"
          placeholder={t('library.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label={t('library.searchPlaceholder')}
        />
        <label className="inline-field">
          <span>{t('library.textLanguage')}</span>
          <select
            value={textLang}
            onChange={(e) => setTextLang(e.target.value as UiLanguage)}
            data-testid="text-language"
          >
            <LanguageOptions />
          </select>
        </label>
        <button type="button" onClick={() => setImporting(true)} data-testid="import-instrument">
          {t('customInstrument.importAction')}
        </button>
      </div>
      {lastImport && (
        <p className="notice" data-testid="instrument-import-summary">
          {t('customInstrument.imported', { title: lastImport.title, count: lastImport.articleCount })}
          {lastImport.warnings.length > 0 && ` ${lastImport.warnings.join(' ')}`}
        </p>
      )}
      <div className={styles.libraryBody}>
        <InstrumentNav instruments={instruments.data ?? []} detail={detail.data} target={target} onSelect={setTarget} />
        <div className={styles.libraryContent}>
          {!target || !detail.data ? (
            <p className="muted">{t('library.noArticle')}</p>
          ) : detail.data.kind === 'model-law' ? (
            <ModelLawPane instrument={detail.data} target={target} onNavigate={setTarget} />
          ) : (
            <ArticlePane
              instrument={detail.data}
              instruments={instruments.data ?? []}
              target={target}
              textLang={textLang}
              onNavigate={setTarget}
              onDeleted={() => {
                setTarget(null);
                setLastImport(null);
              }}
            />
          )}
        </div>
        {query.trim() && <SearchPanel query={query} onOpen={setTarget} onClear={() => setQuery('')} />}
      </div>
      {importing && (
        <ImportInstrumentDialog
          takenIds={(instruments.data ?? []).map((i) => i.id)}
          onClose={() => setImporting(false)}
          onImported={(r) => {
            setImporting(false);
            setLastImport(r);
            setTarget({ instrument: r.id, article: '' });
          }}
        />
      )}
    </div>
  );
}
