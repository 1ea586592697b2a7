/**
 * One area's messages in every language, seen as one object: `localized({ en, 'zh-cn': zh })`
 * returns an object with the English keys whose members are read in the current locale at the
 * moment of use, so `progressMessages.importDone(...)` speaks the page's language without the
 * call site knowing there are languages. `inLocale` reads the same messages in a locale chosen
 * by the caller (an Astro page rendering a page of another language at build time).
 */
import { currentLocale } from './current-locale';
import type { Locale, TranslatedLocale } from './locales';

/** One area's messages in English and in every translated locale, each of the English shape. */
export type ByLocale<T> = { en: T } & Record<TranslatedLocale, T>;

const translationsOf = new WeakMap<object, ByLocale<object>>();

/**
 * The messages of `byLocale`, each member read in the current locale when it is used. Marked
 * free of side effects so a bundle drops the messages of an area no code on the page reads
 * (a lesson page carries the progress notices but not the group board's labels).
 */
/* @__NO_SIDE_EFFECTS__ */
export function localized<T extends object>(byLocale: ByLocale<T>): T {
  const view = {};
  for (const key of Object.keys(byLocale.en)) {
    Object.defineProperty(view, key, { enumerable: true, get: () => (byLocale[currentLocale()] as Record<string, unknown>)[key] });
  }
  translationsOf.set(view, byLocale);
  return Object.freeze(view) as T;
}

/** The same messages as `messages` (made by `localized`), in `locale` whatever the current one is. */
export function inLocale<T extends object>(messages: T, locale: Locale): T {
  const byLocale = translationsOf.get(messages);
  if (!byLocale) throw new TypeError('inLocale takes messages made by localized(...)');
  return byLocale[locale] as T;
}
