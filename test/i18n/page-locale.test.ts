// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { currentLocale, setLocale } from '../../src/i18n/current-locale';
import { progressMessages } from '../../src/progress/messages';

afterEach(() => {
  document.documentElement.lang = 'en';
  setLocale('en');
});

it('follows the page’s <html lang> on a page, not what setLocale set', () => {
  document.documentElement.lang = 'zh-CN';
  setLocale('en');
  expect(currentLocale()).toBe('zh-cn');
  expect(progressMessages.dismiss()).toBe('关闭');
  document.documentElement.lang = 'en';
  expect(progressMessages.dismiss()).toBe('Dismiss');
});
