/**
 * The site's own words (src/i18n/catalog/<locale>/site.ts), one localized object per part, so a
 * page's bundle carries only the parts its scripts read (the search page: `searchUi`). Astro
 * pages render another language's page with `inLocale(layoutUi, locale)`.
 */
import * as en from '../i18n/catalog/en/site';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/site');

export const layoutUi = await localizedOnDemand(en.layoutUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.layoutUi) });
export const themeUi = await localizedOnDemand(en.themeUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.themeUi) });
export const kernelBarUi = await localizedOnDemand(en.kernelBarUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.kernelBarUi) });
export const courseUi = await localizedOnDemand(en.courseUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.courseUi) });
export const homeUi = await localizedOnDemand(en.homeUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.homeUi) });
export const lessonUi = await localizedOnDemand(en.lessonUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.lessonUi) });
export const fallbackUi = await localizedOnDemand(en.fallbackUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.fallbackUi) });
export const exercisesUi = await localizedOnDemand(en.exercisesUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.exercisesUi) });
export const searchUi = await localizedOnDemand(en.searchUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.searchUi) });
export const scratchUi = await localizedOnDemand(en.scratchUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.scratchUi) });
export const speedUi = await localizedOnDemand(en.speedUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.speedUi) });
export const notFoundUi = await localizedOnDemand(en.notFoundUi, { 'zh-cn': () => zhCnTexts().then((texts) => texts.notFoundUi) });
