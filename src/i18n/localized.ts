/**
 * One area's messages in every language, seen as one object whose members are read in the
 * current locale at the moment of use, so `progressMessages.importDone(...)` speaks the page's
 * language without the call site knowing there are languages. `inLocale` reads the same
 * messages in a locale chosen by the caller (an Astro page rendering a page of another language
 * at build time).
 *
 * An area's messages module makes the object with `await localizedOnDemand(en, { 'zh-cn': () =>
 * import(…) })`: English is bundled with the code, and a translation is a chunk of its own that
 * a page or a worker downloads only when it speaks that language, so an English page carries no
 * Chinese and a Chinese one no second language besides English. (`localized({ en, 'zh-cn': zh })`
 * takes every language at once, for messages that must exist before anything can load.)
 */
import { currentLocale, setLocale } from './current-locale';
import { SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './locales';

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

/** Downloads one translation of an area: a dynamic import of its catalog file. */
export type LoadTranslation<T> = () => Promise<T>;

/** An area made by {@link localizedOnDemand}: English, and the translations loaded so far. */
interface OnDemandArea {
  readonly en: object;
  readonly load: Record<TranslatedLocale, LoadTranslation<object>>;
  readonly loaded: Partial<Record<TranslatedLocale, object>>;
  readonly loading: Partial<Record<TranslatedLocale, Promise<void>>>;
}

const onDemandAreas: OnDemandArea[] = [];
const onDemandOf = new WeakMap<object, OnDemandArea>();

/**
 * Node (the build, scripts, tests, the node grading realm) has every translation at hand, so
 * `inLocale` and `setLocale` work at once there; a page or a worker downloads one language.
 */
const LOADS_EVERY_LOCALE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/**
 * Loads `locale`'s translation of `area` once. A failed download (a page opened offline before
 * the offline copy was complete) leaves the area in English with a warning: the page keeps
 * working, in the source language.
 */
function loadTranslation(area: OnDemandArea, locale: TranslatedLocale): Promise<void> {
  area.loading[locale] ??= area.load[locale]().then(
    (messages) => {
      area.loaded[locale] = messages;
    },
    (error: unknown) => {
      console.warn(`runfirst: the ${locale} texts could not be loaded, so English is shown instead.`, error);
    },
  );
  return area.loading[locale];
}

/**
 * One area's messages: English at once, each translation loaded when its locale is in use. The
 * promise settles once the current locale's translation is in (a page's from `<html lang>`; in
 * node every translation), so a module that writes `export const x = await localizedOnDemand(…)`
 * is ready to speak when it is imported. A worker learns its locale later, from the page, and
 * calls {@link useLocale}, which loads the translations of every area imported so far.
 */
export async function localizedOnDemand<T extends object>(
  en: T,
  translations: Record<TranslatedLocale, LoadTranslation<T>>,
  { everyLocale = LOADS_EVERY_LOCALE }: { everyLocale?: boolean } = {},
): Promise<T> {
  const area: OnDemandArea = { en, load: translations, loaded: {}, loading: {} };
  onDemandAreas.push(area);
  const locale = currentLocale();
  const now = everyLocale ? TRANSLATED_LOCALES : locale === SOURCE_LOCALE ? [] : [locale];
  await Promise.all(now.map((translated) => loadTranslation(area, translated)));
  const view = {};
  for (const key of Object.keys(en)) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get: () => {
        const current = currentLocale();
        const messages = current === SOURCE_LOCALE ? en : (area.loaded[current] ?? en);
        return (messages as Record<string, unknown>)[key];
      },
    });
  }
  onDemandOf.set(view, area);
  return Object.freeze(view) as T;
}

/**
 * Sets the locale of a worker (or a script or a test) and loads that locale's translation of
 * every area made by {@link localizedOnDemand} so far; until it settles, those areas speak English.
 */
export async function useLocale(locale: Locale): Promise<void> {
  setLocale(locale);
  if (locale === SOURCE_LOCALE) return;
  await Promise.all(onDemandAreas.map((area) => loadTranslation(area, locale)));
}

/** The same messages as `messages` (made by `localized` or `localizedOnDemand`), in `locale` whatever the current one is. */
export function inLocale<T extends object>(messages: T, locale: Locale): T {
  const onDemand = onDemandOf.get(messages);
  if (onDemand) {
    if (locale === SOURCE_LOCALE) return onDemand.en as T;
    const translated = onDemand.loaded[locale];
    if (!translated) throw new Error(`inLocale: the ${locale} texts of this area are not loaded yet (await useLocale('${locale}') first)`);
    return translated as T;
  }
  const byLocale = translationsOf.get(messages);
  if (!byLocale) throw new TypeError('inLocale takes messages made by localized(...) or localizedOnDemand(...)');
  return byLocale[locale] as T;
}
