import { useTranslation } from 'react-i18next';
import { changeLanguage, readCurrentLanguage, SUPPORTED_LANGUAGES, type Language } from '../i18n/setup-i18n.js';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = readCurrentLanguage();
  return (
    <label className="header-select">
      <span className="visually-hidden">{t('language.label')}</span>
      <svg className="header-select-icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm5.9 7h-2.5a12.6 12.6 0 0 0-1-4.6A6.1 6.1 0 0 1 15.9 9ZM10 4.1c.7.9 1.3 2.7 1.5 4.9h-3c.2-2.2.8-4 1.5-4.9ZM7.6 4.4a12.6 12.6 0 0 0-1 4.6H4.1a6.1 6.1 0 0 1 3.5-4.6ZM4.1 11h2.5c.1 1.7.4 3.3 1 4.6A6.1 6.1 0 0 1 4.1 11Zm5.9 4.9c-.7-.9-1.3-2.7-1.5-4.9h3c-.2 2.2-.8 4-1.5 4.9Zm2.4-.3c.6-1.3.9-2.9 1-4.6h2.5a6.1 6.1 0 0 1-3.5 4.6Z" />
      </svg>
      <select
        data-testid="lang-switcher"
        value={current}
        onChange={(event) => void changeLanguage(event.target.value as Language)}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
