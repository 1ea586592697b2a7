/**
 * Every label and sentence of share links, in the reader's language (pinned by
 * test/share/messages.test.ts). The words live in src/i18n/catalog/<locale>/share.ts; the page
 * carries them in every language the site speaks, and nothing else.
 */
import * as en from '../i18n/catalog/en/share';
import { localizedOnDemand } from '../i18n/localized';

/** The Chinese texts: a chunk of their own, downloaded only by a page or worker that speaks Chinese. */
const zhCnTexts = () => import('../i18n/catalog/zh-cn/share');

export const shareMessages = await localizedOnDemand(en.shareMessages, { 'zh-cn': () => zhCnTexts().then((texts) => texts.shareMessages) });
