import { followDocumentLanguage, getLocale, setLocale } from './localization/localization.js';
import { SUPPORTED_LOCALES } from './localization/locales.js';
import { VERSION } from './version.js';
import { CONTENT_VERSION } from './content/review.js';

/** `window.KetamineWidgets`, for pages without a bundler. */
export interface KetamineWidgetsApi {
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
  locales: readonly string[];
  version: string;
  /** The edition of the built-in clinical content, shown in every footer; CHANGELOG.md lists what each one changed. */
  contentVersion: number;
  /**
   * Defines the widgets used inside `root` (for widgets placed in a shadow root); resolves when they are.
   * The npm entry defines every widget anyway: there it resolves when all are defined.
   */
  discover?: (root: ParentNode) => Promise<void>;
}

declare global {
  interface Window {
    KetamineWidgets?: KetamineWidgetsApi;
  }
}

/**
 * Publishes the global API and starts following `<html lang>`. When the
 * library is loaded twice, the first copy keeps the global API and the
 * locale handling; the answer says whether this copy is the first.
 */
export function installGlobalApi(extra: Partial<KetamineWidgetsApi> = {}): boolean {
  if (window.KetamineWidgets) return false;
  window.KetamineWidgets = {
    setLocale,
    getLocale,
    locales: SUPPORTED_LOCALES,
    version: VERSION,
    contentVersion: CONTENT_VERSION,
    ...extra,
  };
  followDocumentLanguage();
  return true;
}
