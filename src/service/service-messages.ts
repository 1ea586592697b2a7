/**
 * The words of a model service's answers and of its option checks, in the language of the
 * thread that runs it (the in-browser service's worker is told the page's; `npm run serve:model`
 * speaks English). They live in src/i18n/catalog/<locale>/service.ts; pinned by test/service/.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/service');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/service');

/** A 400's field, expected and got, a 500's and a 503's reason. */
export const requestMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.requestMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.requestMessages),
});

/** What each option of `service.start` (and `npm run serve:model`) must be. */
export const serviceOptionMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.serviceOptionMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.serviceOptionMessages),
});
