import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail, InstrumentSummary, ModelLawLink, ParagraphView } from '../../../../shared/api/schemas';
import { ObligationBadge } from '../../components/ObligationBadge';
import type { UiLanguage } from '../../i18n';
import type { LibraryTarget } from './LibraryView';
import { ElementChecklist } from './ElementChecklist';
import { ArticleEditor } from './ArticleEditor';
import { ImportedInstrumentHeader } from './ImportedInstrumentHeader';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import libraryStyles from './library.module.css';
import styles from './ArticlePane.module.css';
import { inLanguage } from '../words/words';

function textIn(p: ParagraphView, lang: UiLanguage): string {
  if (lang === 'fr' && p.textFr) return p.textFr;
  if (lang === 'es' && p.textEs) return p.textEs;
  return p.text;
}

/**
 * One article of a treaty or of an imported instrument: its paragraphs with obligation badges and
 * the Model Law and imported articles behind them. An imported instrument's article (one paragraph)
 * also shows where the instrument came from and lets the user set its obligation level and links.
 */
export function ArticlePane(props: {
  instrument: InstrumentDetail;
  /** Every instrument of the library, to name the imported ones that implement a paragraph. */
  instruments: InstrumentSummary[];
  target: LibraryTarget;
  textLang: UiLanguage;
  onNavigate: (t: LibraryTarget) => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const { instrument, instruments, target, textLang, onNavigate, onDeleted } = props;
  const imported = instrument.kind === 'custom';
  const linkLabel = (m: ModelLawLink) => {
    const source = instruments.find((i) => i.id === m.instrument);
    return source?.kind === 'custom'
      ? t('customInstrument.link', { short: source.shortTitle, number: m.number, title: m.title })
      : t('library.modelLawLink', {
          short: nameOf(m.instrument),
          number: m.number,
          title: inLanguage(m.title, m.titleTranslations, i18n.language),
        });
  };
  const article = instrument.articles.find((a) => a.number === target.article) ?? instrument.articles[0];

  useEffect(() => {
    if (target.focus) document.getElementById(`req-${target.focus}`)?.scrollIntoView({ block: 'center' });
  }, [target.focus, article]);

  if (!article) return null;
  const title =
    (i18n.language === 'fr' && article.titleFr) || (i18n.language === 'es' && article.titleEs) || article.title;
  return (
    <article className={libraryStyles.articlePane} data-testid="article-pane">
      <p className="eyebrow">{nameOf(instrument.id)}</p>
      {imported && <ImportedInstrumentHeader instrument={instrument} onDeleted={onDeleted} />}
      <h1>
        {t('library.article', { number: article.number })}
        {title && ` — ${title}`}
      </h1>
      {article.chapter && <p className="muted">{article.chapter}</p>}
      {article.paragraphs.map((p) => (
        <section
          key={p.id}
          id={`req-${p.id}`}
          className={target.focus === p.id ? `${styles.paragraph} ${styles.focused}` : styles.paragraph}
          data-testid="paragraph"
          data-requirement={p.id}
          data-focused={target.focus === p.id}
        >
          <header className={styles.paragraphHead}>
            <span className="ref">{p.ref}</span>
            <ObligationBadge obligation={p.obligation} />
            {p.obligationByWording && p.obligationByWording !== p.obligation && (
              <span className={`badge ${styles.byWording}`} data-testid="by-wording">
                {t('library.byWording', { obligation: t(`obligation.${p.obligationByWording}`) })}
              </span>
            )}
          </header>
          <p
            className={imported ? `${libraryStyles.paragraphText} ${libraryStyles.lines}` : libraryStyles.paragraphText}
            data-testid="paragraph-text"
            lang={imported ? instrument.language : textLang}
          >
            {textIn(p, textLang)}
          </p>
          {/* The reference data's notes are in English only. */}
          {p.obligationNote && (
            <p className="note" lang="en">
              {p.obligationNote}
            </p>
          )}
          {p.implementedBy.length > 0 && (
            <p className={libraryStyles.links}>
              <span className="muted">{t('library.implementedBy')}: </span>
              {p.implementedBy.map((m) => (
                <button
                  key={m.id}
                  type="button"
                  className={`link ${styles.chip}`}
                  data-testid="model-law-link"
                  onClick={() => onNavigate({ instrument: m.instrument, article: m.number, focus: m.id })}
                >
                  {linkLabel(m)}
                </button>
              ))}
            </p>
          )}
          {p.hasElements && <ElementChecklist requirementId={p.id} />}
          {imported && (
            <ArticleEditor instrumentId={instrument.id} number={article.number} paragraph={p} onNavigate={onNavigate} />
          )}
        </section>
      ))}
    </article>
  );
}
