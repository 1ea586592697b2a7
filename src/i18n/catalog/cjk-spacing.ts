/**
 * Spacing between Chinese and the values a message quotes: a value that starts with a Latin
 * letter, a digit or a symbol ("undefined", "[1, 2]", "≥ 1 的整数") gets a space before it, one that
 * starts with a Chinese character ("一个函数") none, as Chinese typesetting writes them. Not an
 * area of the catalog (it holds no words); the Chinese area files import it.
 */

const STARTS_CJK = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“‘]/u;

/** `value` with a space before it unless it starts with a CJK character (or is empty). */
export const spaced = (value: string): string => (value === '' || STARTS_CJK.test(value) ? value : ` ${value}`);

const ENDS_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef”’]$/u;

/** `value` with a space after it unless it ends with a CJK character (or is empty): "Your output 的形状", "你的结果的形状". */
export const spacedBefore = (value: string): string => (value === '' || ENDS_CJK.test(value) ? value : `${value} `);
