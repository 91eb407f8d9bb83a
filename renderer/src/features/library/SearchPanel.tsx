import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { Highlighted } from '../../components/Highlighted';
import { useDebounced } from './useDebounced';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { shortRef } from '../review/filters';
import { inLanguage } from '../words/words';
import type { LibraryTarget } from './LibraryView';
import styles from './SearchPanel.module.css';

const LIMIT = 100;

/** Search results with highlighted hits and a count; a hit opens its article with the paragraph in view. */
export function SearchPanel({
  query,
  onOpen,
  onClear,
}: {
  query: string;
  onOpen: (t: LibraryTarget) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const settled = useDebounced(query.trim());
  const result = useApi(
    'library:search',
    { query: settled, limit: LIMIT },
    { enabled: settled.length > 0, placeholderData: (prev) => prev },
  );
  const data = result.data;
  return (
    <aside className={styles.searchPanel} data-testid="search-panel" aria-live="polite">
      <header>
        <strong data-testid="search-count">{t('library.results', { count: data?.total ?? 0 })}</strong>
        {data && data.total > data.hits.length && (
          <span className="muted"> ({t('library.showingFirst', { count: data.hits.length })})</span>
        )}
        <button type="button" className="link" onClick={onClear}>
          {t('library.clear')}
        </button>
      </header>
      {data && data.total === 0 && <p className="muted">{t('library.noResults', { query: settled })}</p>}
      <ol className={styles.hits}>
        {data?.hits.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className={styles.hit}
              data-testid="search-hit"
              data-requirement={h.id}
              onClick={() => onOpen({ instrument: h.instrument, article: h.articleNumber, focus: h.id })}
            >
              <span className={styles.hitId}>
                {shortRef(h.id, nameOf)}
                {h.articleTitle && ` — ${inLanguage(h.articleTitle, h.articleTitleTranslations, i18n.language)}`}
              </span>
              {/* A verbatim excerpt of the texts searched, in whichever language matched. */}
              <span className="hit-snippet" translate="no">
                <Highlighted text={h.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
