import type en from './en.json';

// Typed keys: t('inventory.title') is checked against the English resource at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
