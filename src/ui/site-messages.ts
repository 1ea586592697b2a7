/**
 * The site's own words (src/i18n/catalog/<locale>/site.ts), one localized object per part, so a
 * page's bundle carries only the parts its scripts read (the search page: `searchUi`). Astro
 * pages render another language's page with `inLocale(layoutUi, locale)`.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/site');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/site');

export const layoutUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.layoutUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.layoutUi),
});
export const themeUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.themeUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.themeUi),
});
export const kernelBarUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.kernelBarUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.kernelBarUi),
});
export const courseUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.courseUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.courseUi),
});
export const homeUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.homeUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.homeUi),
});
export const lessonUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.lessonUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.lessonUi),
});
export const fallbackUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.fallbackUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.fallbackUi),
});
export const exercisesUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.exercisesUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.exercisesUi),
});
export const searchUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.searchUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.searchUi),
});
export const scratchUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.scratchUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.scratchUi),
});
export const speedUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.speedUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.speedUi),
});
export const notFoundUi = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.notFoundUi),
  'zh-cn': () => zhCnTexts().then((texts) => texts.notFoundUi),
});
