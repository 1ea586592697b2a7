/**
 * Every learner-facing message of the `service` global, in the learner's language (the
 * responses' own words are in src/service/service-messages.ts). The words live in
 * src/i18n/catalog/<locale>/service.ts; pinned by test/runtime/service/.
 */
import { localizedOnDemand } from '../../i18n/localized';

/** Each language's texts: a chunk of its own, downloaded only by a page or worker that speaks it. */
const enTexts = () => import('../../i18n/catalog/en/service');
const zhCnTexts = () => import('../../i18n/catalog/zh-cn/service');

/** The most services one kernel runs at once (each is a worker holding a copy of its model). */
export const MAX_SERVICES = 4;

export const serviceMessages = await localizedOnDemand({
  en: () => enTexts().then((texts) => texts.serviceMessages),
  'zh-cn': () => zhCnTexts().then((texts) => texts.serviceMessages),
});

/** Thrown by `service.start` when it cannot start a service; its message says why. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
}
