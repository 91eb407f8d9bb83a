import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { currentLanguage } from '../../i18n';
import styles from './ElementChecklist.module.css';

/** The elements (act / means / purpose …) a national provision must cover for this requirement. */
export function ElementChecklist({ requirementId }: { requirementId: string }) {
  const { t } = useTranslation();
  const checklist = useApi('library:get-elements', { requirementId });
  const lang = currentLanguage();
  if (!checklist.data) return null;
  return (
    <details className={styles.elements}>
      <summary>
        {t('library.elements')}: {checklist.data.title[lang]}
      </summary>
      <dl>
        {checklist.data.groups.map((g) => (
          <div key={g.id} className={styles.elementGroup}>
            <dt>{g.label[lang]}</dt>
            <dd>{g.elements.map((e) => e.label[lang]).join(' · ')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
