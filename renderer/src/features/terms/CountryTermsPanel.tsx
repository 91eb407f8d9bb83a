import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import styles from './CountryTermsPanel.module.css';
import { LanguageOptions } from '../../components/LanguageOptions';
import { currentLanguage } from '../../i18n';

type Lang = 'en' | 'fr' | 'es';

/**
 * Country terms: words of the country's law added to a concept of the analysis for this
 * assessment (a local word for debt bondage). They are stored in the assessment file and used from
 * the next analysis run.
 */
export function CountryTermsPanel() {
  const { t, i18n } = useTranslation();
  const list = useApi('terms:list', {});
  const add = useApiMutation('terms:add');
  const remove = useApiMutation('terms:remove');
  const [concept, setConcept] = useState('');
  const [language, setLanguage] = useState<Lang>('en');
  const [pattern, setPattern] = useState('');

  const uiLang = currentLanguage();
  const labels = list.data?.conceptLabels ?? {};
  const name = (id: string) => labels[id]?.[uiLang] ?? id;
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), i18n.language);
  const concepts = [...(list.data?.concepts ?? [])].sort(byName);
  const terms = [...(list.data?.terms ?? [])].sort((a, b) => byName(a.concept, b.concept));

  const chosen = concept || concepts[0] || '';
  // The same word for the same concept and language is refused here, in the user's words; the
  // store refuses it as well.
  const typed = pattern.trim().replace(/\s+/g, ' ');
  const duplicate = terms.some((x) => x.concept === chosen && x.language === language && x.pattern === typed);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (duplicate) return;
    add.mutate({ concept: chosen, language, pattern }, { onSuccess: () => setPattern('') });
  }

  return (
    <section className={`panel ${styles.countryTerms}`} data-testid="country-terms">
      <header className="panel-head">
        <h2>{t('terms.heading')}</h2>
      </header>
      <p className="hint">{t('terms.intro')}</p>
      {list.data && list.data.terms.length === 0 && <p className="empty">{t('terms.none')}</p>}
      {list.data && list.data.terms.length > 0 && (
        <table className={styles.termsTable}>
          <thead>
            <tr>
              <th scope="col">{t('terms.concept')}</th>
              <th scope="col">{t('terms.language')}</th>
              <th scope="col">{t('terms.term')}</th>
              <th scope="col">
                <span className="sr-only">{t('terms.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} data-testid="country-term">
                <td>{name(term.concept)}</td>
                <td>{t(`languageName.${term.language}`)}</td>
                <td lang={term.language}>{term.pattern}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => remove.mutate({ id: term.id })}
                    aria-label={t('terms.removeTerm', { term: term.pattern })}
                  >
                    {t('terms.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className={styles.termsAdd} onSubmit={onSubmit}>
        <label>
          {t('terms.concept')}
          <select
            value={concept || concepts[0] || ''}
            onChange={(e) => setConcept(e.target.value)}
            data-testid="term-concept"
          >
            {concepts.map((c) => (
              <option key={c} value={c}>
                {name(c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('terms.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Lang)} data-testid="term-language">
            <LanguageOptions />
          </select>
        </label>
        <label>
          {t('terms.term')}
          <input value={pattern} onChange={(e) => setPattern(e.target.value)} data-testid="term-pattern" />
        </label>
        <button type="submit" className="primary" disabled={pattern.trim() === '' || add.isPending}>
          {t('terms.add')}
        </button>
      </form>
      {duplicate ? (
        <p className={styles.error} role="alert" data-testid="term-duplicate">
          {t('terms.refused')} {t('terms.duplicate', { term: typed, concept: name(chosen) })}
        </p>
      ) : (
        add.error && (
          <p className={styles.error} role="alert">
            {t('terms.refused')} {add.error.message}
          </p>
        )
      )}
      <p className="hint">{t('terms.rerun')}</p>
    </section>
  );
}
