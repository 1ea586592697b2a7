/**
 * Which language the messages speak right now. A page says it once, in `<html lang>` (the
 * layout writes the page's language tag there), so every module of the page reads the same
 * answer without passing it around. A worker or a node process has no document: it speaks what
 * `setLocale` last set (the page tells its workers; tests and scripts set it), English by default.
 */
import { LANGUAGE_TAG, SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from './locales';

let setByCode: Locale = SOURCE_LOCALE;

/** The locale of a BCP 47 tag: "zh-CN" and "zh-Hans" are 'zh-cn'; "en-GB" and anything unknown are 'en'. */
export function localeOfTag(tag: string): Locale {
  const lower = tag.trim().toLowerCase();
  for (const locale of TRANSLATED_LOCALES) {
    if (lower === locale || lower === LANGUAGE_TAG[locale].toLowerCase()) return locale;
  }
  // Simplified Chinese written without a region ("zh", "zh-Hans", "zh-Hans-CN"); not "zh-TW".
  if (lower === 'zh' || lower.startsWith('zh-hans')) return 'zh-cn';
  return SOURCE_LOCALE;
}

/** The locale messages are read in: the page's `<html lang>`, or (without a document) what `setLocale` set. */
export function currentLocale(): Locale {
  if (typeof document !== 'undefined' && document.documentElement) return localeOfTag(document.documentElement.lang);
  return setByCode;
}

/** Sets the locale of a worker, a script or a test (a page follows its `<html lang>` instead). */
export function setLocale(locale: Locale): void {
  setByCode = locale;
}
