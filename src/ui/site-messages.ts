/**
 * The site's own words (src/i18n/catalog/<locale>/site.ts), one localized object per part, so a
 * page's bundle carries only the parts its scripts read (the search page: `searchUi`). Astro
 * pages render another language's page with `inLocale(layoutUi, locale)`.
 */
import * as en from '../i18n/catalog/en/site';
import * as zhCn from '../i18n/catalog/zh-cn/site';
import { localized } from '../i18n/localized';

export const layoutUi = localized({ en: en.layoutUi, 'zh-cn': zhCn.layoutUi });
export const themeUi = localized({ en: en.themeUi, 'zh-cn': zhCn.themeUi });
export const kernelBarUi = localized({ en: en.kernelBarUi, 'zh-cn': zhCn.kernelBarUi });
export const courseUi = localized({ en: en.courseUi, 'zh-cn': zhCn.courseUi });
export const homeUi = localized({ en: en.homeUi, 'zh-cn': zhCn.homeUi });
export const lessonUi = localized({ en: en.lessonUi, 'zh-cn': zhCn.lessonUi });
export const fallbackUi = localized({ en: en.fallbackUi, 'zh-cn': zhCn.fallbackUi });
export const exercisesUi = localized({ en: en.exercisesUi, 'zh-cn': zhCn.exercisesUi });
export const searchUi = localized({ en: en.searchUi, 'zh-cn': zhCn.searchUi });
export const scratchUi = localized({ en: en.scratchUi, 'zh-cn': zhCn.scratchUi });
export const speedUi = localized({ en: en.speedUi, 'zh-cn': zhCn.speedUi });
export const notFoundUi = localized({ en: en.notFoundUi, 'zh-cn': zhCn.notFoundUi });
