/**
 * The languages the site speaks. English is the course's own language; every other locale is a
 * translation: its lessons live in `lessons/<locale>/<id>.md`, its exercise prompts in
 * `exercises/<id>/prompt.<locale>.md`, and its pages under `/<locale>/`.
 */

/** The source language: lessons, exercises and the tests' expected output are written in it. */
export const SOURCE_LOCALE = 'en';

/** Locales with translations, by the folder and URL segment they use. */
export const TRANSLATED_LOCALES = ['zh-cn'] as const;

/** A translated locale. */
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** Every locale the site speaks. */
export type Locale = typeof SOURCE_LOCALE | TranslatedLocale;

/** The BCP 47 tag of a locale, for `<html lang>` and `Intl` (folders and URLs use lowercase). */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** The name of each locale in its own language, for the language switch. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };
