import { useTranslation } from 'react-i18next';

/** The languages a text can be in, as the options of a select, each named in the interface language. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {(['en', 'fr', 'es'] as const).map((l) => (
        <option key={l} value={l}>
          {t(`languageName.${l}`)}
        </option>
      ))}
    </>
  );
}
