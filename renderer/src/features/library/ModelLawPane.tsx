import { clsx } from 'clsx';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail } from '../../../../shared/api/schemas';
import type { LibraryTarget } from './LibraryView';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import libraryStyles from './library.module.css';
import styles from './ModelLawPane.module.css';
import { inLanguage } from '../words/words';
import { shortRef } from '../review/filters';

/** A Model Law article: status, editorial summary (never shown as verbatim) and the paragraphs it implements. */
export function ModelLawPane(props: {
  instrument: InstrumentDetail;
  target: LibraryTarget;
  onNavigate: (t: LibraryTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const { instrument, target, onNavigate } = props;
  const article =
    instrument.modelLawArticles.find((a) => a.number === target.article) ?? instrument.modelLawArticles[0];
  useEffect(() => {
    document.getElementById('model-law-article')?.scrollIntoView({ block: 'start' });
  }, [article]);
  if (!article) return null;
  return (
    <article
      className={libraryStyles.articlePane}
      id="model-law-article"
      data-testid="model-law-article"
      data-requirement={article.id}
    >
      <p className="eyebrow">{nameOf(instrument.id)}</p>
      {instrument.partial && (
        <p className="notice" data-testid="partial-notice">
          <strong>{t('library.partial')}.</strong> {t('library.partialNote')}
        </p>
      )}
      <h1>
        {t('library.article', { number: article.number })} —{' '}
        {inLanguage(article.title, article.titleTranslations, i18n.language)}
      </h1>
      <p className="muted">
        {t('library.chapter', { number: article.chapter })}:{' '}
        {inLanguage(article.chapterTitle, article.chapterTitleTranslations, i18n.language)} · {t('library.modelStatus')}
        :{' '}
        <span className={clsx('badge', styles[`status-${article.status}`])}>{t(`modelStatus.${article.status}`)}</span>
      </p>
      {article.text ? (
        <p className={libraryStyles.paragraphText}>{article.text}</p>
      ) : (
        <section className="editorial">
          {/* The editorial summaries are in English only. */}
          <p className="eyebrow">{t('library.editorial')}</p>
          <p lang="en">{article.summary}</p>
          {article.elements.length > 0 && (
            <ul lang="en">
              {article.elements.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {article.implements.length > 0 && (
        <>
          <h2>{t('library.implements')}</h2>
          <ul className="implements">
            {article.implements.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="link"
                  data-testid="implements-link"
                  onClick={() =>
                    onNavigate({ instrument: p.instrument, article: p.ref.replace(/\(.*$/, ''), focus: p.id })
                  }
                >
                  {shortRef(p.id, nameOf)}
                </button>
                <span className="muted" lang="en">
                  {' '}
                  {p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
