import { clsx } from 'clsx';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvisionName } from '../words/Citation';
import { useLawLanguage } from '../../hooks/useLawLanguage';
import type { MappingView, ProvisionHit } from '../../../../shared/api/review-schemas';
import { useApi } from '../../api/hooks';
import { useDebounced } from '../library/useDebounced';
import { splitMatches } from '../law/fold';
import styles from './AddMapping.module.css';
import reviewStyles from './review.module.css';

const LIMIT = 20;

/** Every word of the query marked in the snippet (the search matches words, not the phrase). */
function Snippet({ text, query }: { text: string; query: string }) {
  let parts = [{ text, hit: false }];
  for (const word of query.split(/\s+/).filter((w) => w.length > 1))
    parts = parts.flatMap((p) => (p.hit ? [p] : splitMatches(p.text, word)));
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/**
 * Map a national provision the analysis did not propose: search the text of the latest versions
 * of every act, then pick a result (↓ ↑ and Enter, or a click). The mapping is accepted at once.
 */
export function AddMapping({
  mappings,
  inputRef,
  onAdd,
}: {
  mappings: MappingView[];
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (hit: ProvisionHit) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lawLanguage = useLawLanguage();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const settled = useDebounced(query.trim(), 250);
  const result = useApi('review:search-provisions', { query: settled, limit: LIMIT }, { enabled: settled.length >= 2 });
  const hits = settled.length >= 2 ? (result.data ?? []) : [];
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  const stateOf = (hit: ProvisionHit) => mappings.find((m) => m.provisionId === hit.provisionId)?.state ?? null;

  async function add(hit: ProvisionHit) {
    if (adding) return;
    setAdding(true);
    try {
      await onAdd(hit);
      setAdded(t('review.added', { name: t('words.unit', { number: hit.unitNumber }) }));
      setQuery('');
      setActive(0);
    } catch {
      // The pane shows why the server refused; the query stays for another try.
    } finally {
      setAdding(false);
    }
  }

  return (
    <section className={styles.addMapping} aria-labelledby="add-mapping-heading">
      <h3 id="add-mapping-heading">
        {t('review.addMapping')} <kbd>/</kbd>
      </h3>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="provision-hits"
        aria-activedescendant={hits.length ? `provision-hit-${activeIndex}` : undefined}
        aria-autocomplete="list"
        aria-label={t('review.searchProvisions')}
        placeholder={t('review.searchProvisions')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setAdded(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length) {
            e.preventDefault();
            setActive((activeIndex + 1) % hits.length);
          } else if (e.key === 'ArrowUp' && hits.length) {
            e.preventDefault();
            setActive((activeIndex - 1 + hits.length) % hits.length);
          } else if (e.key === 'Enter' && hits[activeIndex]) {
            e.preventDefault();
            void add(hits[activeIndex]);
          }
        }}
        data-testid="provision-search"
      />
      <p className="sr-only" aria-live="polite">
        {settled.length >= 2 && result.data ? t('review.hits', { count: hits.length }) : ''}
      </p>
      {added && (
        <p className="save-note" role="status" data-testid="mapping-added">
          {added}
        </p>
      )}
      {settled.length >= 2 && result.data && hits.length === 0 && (
        <p className="muted">{t('review.noHits', { query: settled })}</p>
      )}
      {hits.length > 0 && (
        <ul
          className={styles.provisionHits}
          id="provision-hits"
          role="listbox"
          aria-label={t('review.searchResults')}
          data-testid="provision-hits"
        >
          {hits.map((h, i) => {
            const state = stateOf(h);
            return (
              <li
                key={h.provisionId}
                id={`provision-hit-${i}`}
                role="option"
                aria-selected={i === activeIndex}
                className={i === activeIndex ? `${styles.provisionHit} active` : styles.provisionHit}
                onMouseEnter={() => setActive(i)}
                onClick={() => void add(h)}
                data-testid="provision-hit"
                data-provision-id={h.provisionId}
              >
                <span className={styles.hitHead}>
                  <strong>
                    <ProvisionName {...h} />
                  </strong>
                  <span className="muted">
                    {' · '}
                    <span lang={lawLanguage(h.versionId)}>{h.actTitle}</span>
                  </span>
                  {state && (
                    <span className={clsx('badge decision', reviewStyles[`decision-${state}`])}>
                      {t(`decision.${state}`)}
                    </span>
                  )}
                  <span className={styles.hitAdd} aria-hidden="true">
                    {t('review.add')} ↵
                  </span>
                </span>
                <span className="hit-snippet" lang={lawLanguage(h.versionId)}>
                  <Snippet text={h.snippet} query={settled} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
