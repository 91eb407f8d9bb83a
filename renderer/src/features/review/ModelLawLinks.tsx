import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import styles from './ModelLawLinks.module.css';
import { inLanguage } from '../words/words';

/** The Model Law articles that implement the requirement, each summary marked as editorial. */
export function ModelLawLinks({
  links,
  nameOf,
}: {
  links: ReviewDetail['implementedBy'];
  nameOf: (instrument: string) => string;
}) {
  const { t, i18n } = useTranslation();
  if (!links.length) return null;
  return (
    <section className="model-law-links" aria-labelledby="model-law-heading" data-testid="model-law-links">
      <h3 id="model-law-heading">{t('review.implementedBy')}</h3>
      {links.map((l) => (
        <article key={l.id} className={`editorial ${styles.modelLawLink}`}>
          <h4>
            {t('review.modelLawArticle', {
              law: nameOf(l.instrument),
              number: l.number,
              title: inLanguage(l.title, l.titleTranslations, i18n.language),
            })}
            {l.uncertain && <span className="badge partial">{t('review.linkUnverified')}</span>}
          </h4>
          <p className="eyebrow">{t('library.editorial')}</p>
          <p lang="en">{l.summary}</p>
        </article>
      ))}
    </section>
  );
}
