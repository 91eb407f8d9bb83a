import { useTranslation } from 'react-i18next';
import type { InstrumentDetail, InstrumentSummary } from '../../../../shared/api/schemas';
import type { LibraryTarget } from './LibraryView';
import { formatDate, inLanguage } from '../words/words';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import styles from './InstrumentNav.module.css';
import libraryStyles from './library.module.css';

/** Instruments (imported ones marked, with their source and date), and the articles of the open one. */
export function InstrumentNav(props: {
  instruments: InstrumentSummary[];
  detail: InstrumentDetail | undefined;
  target: LibraryTarget | null;
  onSelect: (t: LibraryTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const { instruments, detail, target, onSelect } = props;
  const articles =
    detail && detail.id === target?.instrument
      ? detail.kind === 'model-law'
        ? detail.modelLawArticles.map((a) => ({
            number: a.number,
            title: inLanguage(a.title, a.titleTranslations, i18n.language),
          }))
        : detail.articles.map((a) => ({
            number: a.number,
            title: (i18n.language === 'fr' && a.titleFr) || (i18n.language === 'es' && a.titleEs) || a.title,
          }))
      : [];
  return (
    <nav className={styles.instrumentNav} aria-label={t('library.instruments')}>
      <h2>{t('library.instruments')}</h2>
      <ul>
        {instruments.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              className={target?.instrument === i.id ? `${styles.navItem} active` : styles.navItem}
              data-testid={`instrument-${i.id}`}
              onClick={() => onSelect({ instrument: i.id, article: '1' })}
            >
              {i.imported ? (
                <span className={styles.navImported}>
                  <span>{i.shortTitle}</span>
                  <small className="muted" data-testid="imported-source">
                    {t('customInstrument.navSource', {
                      file: i.imported.fileName,
                      date: formatDate(i.imported.importedAt, i18n.language, false),
                    })}
                  </small>
                </span>
              ) : (
                <span>{nameOf(i.id)}</span>
              )}
              {i.partial && <span className="badge partial">{t('library.partial')}</span>}
              {i.imported && <span className={`badge ${libraryStyles.imported}`}>{t('customInstrument.badge')}</span>}
            </button>
            {target?.instrument === i.id && articles.length > 0 && (
              <ul className={styles.articleList}>
                {articles.map((a) => (
                  <li key={a.number}>
                    <button
                      type="button"
                      className={
                        target.article === a.number
                          ? `${styles.navItem} ${styles.sub} active`
                          : `${styles.navItem} ${styles.sub}`
                      }
                      data-testid={`article-${a.number}`}
                      onClick={() => onSelect({ instrument: i.id, article: a.number })}
                    >
                      <span className="num">{a.number}</span> {a.title}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
