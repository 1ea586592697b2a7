/**
 * Every learner-facing message of the `service` global, in the learner's language (the
 * responses' own words are in src/service/service-messages.ts). The words live in
 * src/i18n/catalog/<locale>/service.ts; pinned by test/runtime/service/.
 */
import * as en from '../../i18n/catalog/en/service';
import * as zhCn from '../../i18n/catalog/zh-cn/service';
import { localized } from '../../i18n/localized';

/** The most services one kernel runs at once (each is a worker holding a copy of its model). */
export const MAX_SERVICES = 4;

export const serviceMessages = localized({ en: en.serviceMessages, 'zh-cn': zhCn.serviceMessages });

/** Thrown by `service.start` when it cannot start a service; its message says why. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
}
