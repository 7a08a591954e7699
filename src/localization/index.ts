export { setLocale, getLocale, followDocumentLanguage } from './localization.js';
export { SUPPORTED_LOCALES, resolveLocale } from './locales.js';
