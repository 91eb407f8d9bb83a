import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail, ParagraphView } from '../../../../shared/api/schemas';
import { ObligationBadge } from '../../components/ObligationBadge';
import type { UiLanguage } from '../../i18n';
import type { LibraryTarget } from './LibraryView';
import { ElementChecklist } from './ElementChecklist';

function textIn(p: ParagraphView, lang: UiLanguage): string {
  if (lang === 'fr' && p.textFr) return p.textFr;
  if (lang === 'es' && p.textEs) return p.textEs;
  return p.text;
}

/** One article of a treaty: its paragraphs with obligation badges and the Model Law articles behind them. */
export function ArticlePane(props: {
  instrument: InstrumentDetail;
  target: LibraryTarget;
  textLang: UiLanguage;
  onNavigate: (t: LibraryTarget) => void;
}) {
  const { t, i18n } = useTranslation();
  const { instrument, target, textLang, onNavigate } = props;
  const article = instrument.articles.find((a) => a.number === target.article) ?? instrument.articles[0];

  useEffect(() => {
    if (target.focus) document.getElementById(`req-${target.focus}`)?.scrollIntoView({ block: 'center' });
  }, [target.focus, article]);

  if (!article) return null;
  const title =
    (i18n.language === 'fr' && article.titleFr) || (i18n.language === 'es' && article.titleEs) || article.title;
  return (
    <article className="article-pane" data-testid="article-pane">
      <p className="eyebrow">{instrument.shortTitle}</p>
      <h1>
        {t('library.article', { number: article.number })} — {title}
      </h1>
      {article.chapter && <p className="muted">{article.chapter}</p>}
      {article.paragraphs.map((p) => (
        <section
          key={p.id}
          id={`req-${p.id}`}
          className={target.focus === p.id ? 'paragraph focused' : 'paragraph'}
          data-testid="paragraph"
          data-requirement={p.id}
        >
          <header className="paragraph-head">
            <span className="ref">{p.ref}</span>
            <ObligationBadge obligation={p.obligation} />
            {p.obligationByWording && p.obligationByWording !== p.obligation && (
              <span className="badge by-wording" title={p.obligationNote ?? undefined}>
                {t('library.byWording', { obligation: t(`obligation.${p.obligationByWording}`) })}
              </span>
            )}
          </header>
          <p className="paragraph-text" lang={textLang}>
            {textIn(p, textLang)}
          </p>
          {p.obligationNote && <p className="note">{p.obligationNote}</p>}
          {p.implementedBy.length > 0 && (
            <p className="links">
              <span className="muted">{t('library.implementedBy')}: </span>
              {p.implementedBy.map((m) => (
                <button
                  key={m.id}
                  type="button"
                  className="link chip"
                  data-testid="model-law-link"
                  onClick={() => onNavigate({ instrument: m.instrument, article: m.number, focus: m.id })}
                >
                  {t('library.modelLawLink', {
                    short: m.instrument.replace(/^model-law-/, '').toUpperCase(),
                    number: m.number,
                    title: m.title,
                  })}
                </button>
              ))}
            </p>
          )}
          {p.hasElements && <ElementChecklist requirementId={p.id} />}
        </section>
      ))}
    </article>
  );
}
