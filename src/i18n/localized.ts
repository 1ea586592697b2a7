/**
 * One area's messages in every language, seen as one object whose members are read in the
 * current locale at the moment of use, so `progressMessages.importDone(...)` speaks the page's
 * language without the call site knowing there are languages. `inLocale` reads the same
 * messages in a locale chosen by the caller (an Astro page rendering a page of another language
 * at build time).
 *
 * An area's messages module makes the object with `await localizedOnDemand({ en: () => import(…),
 * 'zh-cn': () => import(…) })`: each language is a chunk of its own that a page or a worker
 * downloads only when it speaks that language, so a page carries the texts of one language.
 */
import { currentLocale, setLocale } from './current-locale';
import { SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from './locales';

/** Downloads one language of an area: a dynamic import of its catalog file. */
export type LoadTranslation<T> = () => Promise<T>;

/** An area made by {@link localizedOnDemand}: how to load each language, and those loaded so far. */
interface OnDemandArea {
  readonly load: Record<Locale, LoadTranslation<object>>;
  readonly loaded: Partial<Record<Locale, object>>;
  readonly loading: Partial<Record<Locale, Promise<boolean>>>;
}

const onDemandAreas: OnDemandArea[] = [];
const onDemandOf = new WeakMap<object, OnDemandArea>();

/** Every locale, the source first. */
const EVERY_LOCALE: readonly Locale[] = [SOURCE_LOCALE, ...TRANSLATED_LOCALES];

/**
 * Node (the build, scripts, tests, the node grading realm) has every language at hand, so
 * `inLocale` and `setLocale` work at once there; a page or a worker downloads the one it speaks.
 */
const LOADS_EVERY_LOCALE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** Downloads `locale`'s texts of `area` once; settles true once they are in, false if they could not be had. */
function download(area: OnDemandArea, locale: Locale): Promise<boolean> {
  area.loading[locale] ??= area.load[locale]().then(
    (messages) => {
      area.loaded[locale] = messages;
      return true;
    },
    (error: unknown) => {
      if (locale === SOURCE_LOCALE) throw error;
      console.warn(`runfirst: the ${locale} texts could not be loaded, so English is shown instead.`, error);
      return false;
    },
  );
  return area.loading[locale];
}

/**
 * Makes `locale`'s texts of `area` readable: its own, or English when a translation cannot be
 * downloaded (a page opened offline before the offline copy was complete), so the page keeps
 * working in the source language. Rejects only when English itself cannot be had.
 */
async function provide(area: OnDemandArea, locale: Locale): Promise<void> {
  if (await download(area, locale)) return;
  await download(area, SOURCE_LOCALE);
}

/**
 * One area's messages, every language a chunk of its own that a page or a worker downloads only
 * when it speaks that language, so an English page carries no Chinese and a Chinese one no
 * English. The promise settles once the current locale's texts are in (a page's from
 * `<html lang>`; in node every language), so a module that writes `export const x = await
 * localizedOnDemand(…)` is ready to speak when it is imported. A worker learns its locale later,
 * from the page, and calls {@link useLocale}, which loads that language of every area imported so far.
 */
export async function localizedOnDemand<T extends object>(
  texts: Record<Locale, LoadTranslation<T>>,
  { everyLocale = LOADS_EVERY_LOCALE }: { everyLocale?: boolean } = {},
): Promise<T> {
  const area: OnDemandArea = { load: texts, loaded: {}, loading: {} };
  onDemandAreas.push(area);
  await Promise.all((everyLocale ? EVERY_LOCALE : [currentLocale()]).map((locale) => provide(area, locale)));
  const first = Object.values(area.loaded)[0] as T;
  const view = {};
  for (const key of Object.keys(first)) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get: () => {
        // The current locale's texts, else English (a translation that could not be loaded), else
        // the language loaded first (a worker told to speak a locale before it loaded it).
        const messages = area.loaded[currentLocale()] ?? area.loaded[SOURCE_LOCALE] ?? first;
        return (messages as Record<string, unknown>)[key];
      },
    });
  }
  onDemandOf.set(view, area);
  return Object.freeze(view) as T;
}

/**
 * Sets the locale of a worker (or a script or a test) and loads that locale's texts of every
 * area made by {@link localizedOnDemand} so far; until it settles, those areas speak what they had.
 */
export async function useLocale(locale: Locale): Promise<void> {
  setLocale(locale);
  await Promise.all(onDemandAreas.map((area) => provide(area, locale)));
}

/** The same messages as `messages` (made by `localizedOnDemand`), in `locale` whatever the current one is. */
export function inLocale<T extends object>(messages: T, locale: Locale): T {
  const onDemand = onDemandOf.get(messages);
  if (onDemand) {
    const texts = onDemand.loaded[locale];
    if (!texts) throw new Error(`inLocale: the ${locale} texts of this area are not loaded yet (await useLocale('${locale}') first)`);
    return texts as T;
  }
  throw new TypeError('inLocale takes messages made by localizedOnDemand(...)');
}
