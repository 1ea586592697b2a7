/**
 * Every label and sentence of share links, in the reader's language (pinned by
 * test/share/messages.test.ts). The words live in src/i18n/catalog/<locale>/share.ts; the page
 * carries them in every language the site speaks, and nothing else.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/share');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/share');

export const shareMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.shareMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.shareMessages),
});
