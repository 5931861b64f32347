import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const SUPPORTED_LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

// Only an explicit choice is stored; a first visit follows the browser, so nobody is pinned to a guess.
const LANGUAGE_STORAGE_KEY = 'kizuna.language';

export async function setupI18n(): Promise<void> {
  i18n.on('languageChanged', () => {
    document.documentElement.lang = readCurrentLanguage();
  });
  await i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, ja: { translation: ja } },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: [] },
      interpolation: { escapeValue: false },
    });
  document.documentElement.lang = readCurrentLanguage();
}

export function readCurrentLanguage(): Language {
  return i18n.resolvedLanguage === 'ja' ? 'ja' : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

/** BCP 47 locale for Intl formatting of the current UI language. */
export function readIntlLocale(): string {
  return readCurrentLanguage() === 'ja' ? 'ja-JP' : 'en-GB';
}
