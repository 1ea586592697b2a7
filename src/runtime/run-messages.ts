/**
 * What a cell's run says once it is under way, in the reader's language: how it ended, the
 * notices in its Output, the errors of the learner's code and of the kernel (pinned by
 * test/runtime/messages.test.ts). The run session and the kernel worker import it, so a page
 * downloads these texts with its first Run, not when it loads. The words live in
 * src/i18n/catalog/<locale>/run.ts.
 */
import { localizedOnDemand } from '../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../i18n/catalog/en/run');
const zhCnTexts = () => import('../i18n/catalog/zh-cn/run');

export const runMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.runMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.runMessages),
});
