/**
 * Every message the learner tools (`data`, `models`, `seed`, `time`, `compare`, `sleep`) show to a
 * learner, in the learner's language, plus the messages of the scripts that build the shipped
 * data and models. The words live in src/i18n/catalog/<locale>/tools.ts; pinned by
 * test/runtime/tools/messages.test.ts.
 */
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/tools');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/tools');

const valueMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.valueMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.valueMessages),
});

/** A short, readable description of a value a learner passed, for "got …" in messages. */
export const describeValue = (value: unknown): string => valueMessages.describeValue(value);

/** Messages of `data.load`. */
export const dataMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.dataMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.dataMessages),
});

/** Messages of `models.load`, `models.save` and `models.sizeOf`. */
export const modelMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.modelMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.modelMessages),
});

/** Messages of `seed`, `time`, `compare` and `sleep`. */
export const toolMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.toolMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.toolMessages),
});

/** Messages of scripts/build-data.ts and scripts/build-models.ts (read by developers; English unless the script sets a locale). */
export const buildMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.buildMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.buildMessages),
});
