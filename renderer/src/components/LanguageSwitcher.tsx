import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../i18n';
import styles from './LanguageSwitcher.module.css';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className={styles.langSwitch}>
      <span className="sr-only">{t('nav.language')}</span>
      <select
        data-testid="ui-language"
        value={i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
        aria-label={t('nav.language')}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
