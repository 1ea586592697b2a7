/**
 * Where each language's pages live: English at the site's own paths (`/lessons/first-model/`),
 * a translated locale under its segment (`/zh-cn/lessons/first-model/`), both under the base
 * path. A page's *path* here is the same in every language, so the language switch and
 * `<link rel="alternate">` point at the same lesson in the other language.
 */
import { SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from './locales';

/** Every locale, the source first (the order of the language switch and the alternates). */
export const LOCALES: readonly Locale[] = [SOURCE_LOCALE, ...TRANSLATED_LOCALES];

/** A page address split into its language and its path in every language. */
export interface LocatedPath {
  locale: Locale;
  /** The path without base or locale segment, starting with "/" ("/" for the home page). */
  path: string;
}

/** The base path without its trailing slash ("" at the root, "/our-course" under a sub-path). */
export function baseOf(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The language and the language-free path of `pathname` (as the browser or `Astro.url` gives
 * it, base included): "/our-course/zh-cn/lessons/x/" under "/our-course/" is zh-cn's "/lessons/x/".
 */
export function locatePath(pathname: string, baseUrl: string): LocatedPath {
  const base = baseOf(baseUrl);
  const inSite = base !== '' && (pathname === base || pathname.startsWith(`${base}/`)) ? pathname.slice(base.length) : pathname;
  const path = inSite.startsWith('/') ? inSite : `/${inSite}`;
  for (const locale of TRANSLATED_LOCALES) {
    if (path === `/${locale}` || path.startsWith(`/${locale}/`)) return { locale, path: path.slice(locale.length + 1) || '/' };
  }
  return { locale: SOURCE_LOCALE, path };
}

/** The site-absolute address of `path` in `locale`, under the base: ("zh-cn", "/search/") → "/zh-cn/search/". */
export function hrefIn(locale: Locale, path: string, baseUrl: string): string {
  const page = path.startsWith('/') ? path : `/${path}`;
  return `${baseOf(baseUrl)}${locale === SOURCE_LOCALE ? '' : `/${locale}`}${page}`;
}

/** A page's language, its path in every language, and `href(path)`: another page's address in the same language. */
export function pageLanguage(url: URL, baseUrl: string): LocatedPath & { href: (path: string) => string } {
  const located = locatePath(url.pathname, baseUrl);
  return { ...located, href: (path) => hrefIn(located.locale, path, baseUrl) };
}
