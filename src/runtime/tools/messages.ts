/**
 * Every message the learner tools (`data`, `models`, `seed`, `time`, `compare`, `sleep`) show to a
 * learner, in the learner's language, plus the messages of the scripts that build the shipped
 * data and models. The words live in src/i18n/catalog/<locale>/tools.ts; pinned by
 * test/runtime/tools/messages.test.ts.
 */
import * as en from '../../i18n/catalog/en/tools';
import * as zhCn from '../../i18n/catalog/zh-cn/tools';
import { localized } from '../../i18n/localized';

const valueMessages = localized({ en: en.valueMessages, 'zh-cn': zhCn.valueMessages });

/** A short, readable description of a value a learner passed, for "got …" in messages. */
export const describeValue = (value: unknown): string => valueMessages.describeValue(value);

/** Messages of `data.load`. */
export const dataMessages = localized({ en: en.dataMessages, 'zh-cn': zhCn.dataMessages });

/** Messages of `models.load`, `models.save` and `models.sizeOf`. */
export const modelMessages = localized({ en: en.modelMessages, 'zh-cn': zhCn.modelMessages });

/** Messages of `seed`, `time`, `compare` and `sleep`. */
export const toolMessages = localized({ en: en.toolMessages, 'zh-cn': zhCn.toolMessages });

/** Messages of scripts/build-data.ts and scripts/build-models.ts (read by developers; English unless the script sets a locale). */
export const buildMessages = localized({ en: en.buildMessages, 'zh-cn': zhCn.buildMessages });
