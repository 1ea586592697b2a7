import { describe, expect, it } from 'vitest';
import { hrefIn, locatePath } from '../../src/i18n/locale-path';

describe('where each language lives', () => {
  it('reads an English page at the site root and under a base path', () => {
    expect(locatePath('/lessons/first-model/', '/')).toEqual({ locale: 'en', path: '/lessons/first-model/' });
    expect(locatePath('/', '/')).toEqual({ locale: 'en', path: '/' });
    expect(locatePath('/our-course/search/', '/our-course/')).toEqual({ locale: 'en', path: '/search/' });
  });

  it('reads a Chinese page under /zh-cn/, with or without a base path', () => {
    expect(locatePath('/zh-cn/lessons/first-model/', '/')).toEqual({ locale: 'zh-cn', path: '/lessons/first-model/' });
    expect(locatePath('/zh-cn/', '/')).toEqual({ locale: 'zh-cn', path: '/' });
    expect(locatePath('/zh-cn', '/')).toEqual({ locale: 'zh-cn', path: '/' });
    expect(locatePath('/our-course/zh-cn/exercises/', '/our-course/')).toEqual({ locale: 'zh-cn', path: '/exercises/' });
  });

  it('does not take a path that merely starts with the segment for Chinese', () => {
    expect(locatePath('/zh-cnx/', '/')).toEqual({ locale: 'en', path: '/zh-cnx/' });
  });

  it('writes the address of a path in each language, under the base', () => {
    expect(hrefIn('en', '/search/', '/')).toBe('/search/');
    expect(hrefIn('zh-cn', '/search/', '/')).toBe('/zh-cn/search/');
    expect(hrefIn('zh-cn', '/', '/our-course/')).toBe('/our-course/zh-cn/');
    expect(hrefIn('en', '/', '/our-course/')).toBe('/our-course/');
  });

  it('goes back and forth: the Chinese address of a page is located as that page', () => {
    for (const path of ['/', '/lessons/bake-off/', '/guide/lesson-format/']) {
      expect(locatePath(hrefIn('zh-cn', path, '/base/'), '/base/')).toEqual({ locale: 'zh-cn', path });
      expect(locatePath(hrefIn('en', path, '/base/'), '/base/')).toEqual({ locale: 'en', path });
    }
  });
});
