import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageOptions } from './LanguageOptions';

/** A labelled one-line text input of a form; what follows it (an error, a help text) comes as children. */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  invalid?: boolean;
  inputMode?: 'numeric' | 'text';
  testId?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <label className={props.className ? `field ${props.className}` : 'field'}>
      <span>{props.label}</span>
      <input
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        aria-invalid={props.invalid}
        data-testid={props.testId}
      />
      {props.children}
    </label>
  );
}

export type ImportLanguage = 'auto' | 'en' | 'fr' | 'es';

/** The language of a text to import: detected from the text, or one the user names. */
export function ImportLanguageField(props: {
  label: string;
  value: ImportLanguage;
  onChange: (value: ImportLanguage) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as ImportLanguage)}
        data-testid={props.testId}
      >
        <option value="auto">{t('import.detect')}</option>
        <LanguageOptions />
      </select>
    </label>
  );
}
