import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import es from './locales/es.json';

export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
const STORAGE_KEY = 'lexgap.uiLanguage';

function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if ((UI_LANGUAGES as readonly string[]).includes(stored ?? '')) return stored as UiLanguage;
  const nav = navigator.language.slice(0, 2);
  return (UI_LANGUAGES as readonly string[]).includes(nav) ? (nav as UiLanguage) : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export function currentLanguage(): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'en';
}

export default i18n;
