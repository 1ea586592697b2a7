/**
 * Counting words and numbers in the reader's language, through `Intl`: the plural category a
 * number takes (English "one" and "other"; Chinese only "other") and the number's own digits
 * and separators ("1,234" in both English and Chinese, but formatted by the locale's rules).
 */
import { currentLocale } from './current-locale';
import { LANGUAGE_TAG, type Locale } from './locales';

/** A message for each plural category the language uses; `#` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `count` formatted as a number of `locale` (e.g. "1,234"), with `Intl.NumberFormat` options. */
export function formatNumber(count: number, locale: Locale = currentLocale(), options?: Intl.NumberFormatOptions): string {
  const key = `${locale} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LANGUAGE_TAG[locale], options)));
  return format.format(count);
}

/**
 * The form of `forms` that `count` takes in `locale`, its `#` replaced by the formatted number:
 * `plural(1, { one: '# saved cell', other: '# saved cells' })` is "1 saved cell". A category the
 * forms do not give falls back to `other`.
 */
export function plural(count: number, forms: PluralForms, locale: Locale = currentLocale()): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LANGUAGE_TAG[locale])));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.replaceAll('#', formatNumber(count, locale));
}
