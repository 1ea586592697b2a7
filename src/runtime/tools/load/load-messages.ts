/**
 * Every message the load generator shows a learner, in the learner's language. The words live in
 * src/i18n/catalog/<locale>/load.ts; pinned by test/runtime/load/load-options.test.ts.
 */
import * as en from '../../../i18n/catalog/en/load';
import * as zhCn from '../../../i18n/catalog/zh-cn/load';
import { localized } from '../../../i18n/localized';

export const loadMessages = localized({ en: en.loadMessages, 'zh-cn': zhCn.loadMessages });
