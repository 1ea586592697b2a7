/**
 * Short descriptions of a received value for "expected …, got …" messages: a number or a short
 * string as itself, an array by its length, anything long cut to a few dozen characters, in the
 * service's language (the words: src/i18n/catalog/<locale>/service.ts).
 */
import { requestMessages } from './service-messages.ts';

/** Describes `value` as a learner would want to read it in an error, e.g. '17', 'a string "abc"', 'an array of 63 items'. */
export function describeValue(value: unknown): string {
  return requestMessages.describeValue(value);
}
