/**
 * The site's own words: the English ones are pinned (e2e specs and the UI contract find controls
 * by them), the Chinese ones read in their own grammar (counts, times), and the names of the
 * math tracks are the ones src/content/topics.ts gives the theory layers.
 */
import { describe, expect, it } from 'vitest';
import { MATH_TOPICS } from '../../src/content/topics';
import { inLocale } from '../../src/i18n/localized';
import { courseUi, homeUi, kernelBarUi, layoutUi, lessonUi, notFoundUi, searchUi, themeUi } from '../../src/ui/site-messages';

describe('the site in English', () => {
  it('keeps the names the layout, the kernel bar and the search page are found by', () => {
    const layout = inLocale(layoutUi, 'en');
    expect([layout.skipLink, layout.menu, layout.search, layout.exercises, layout.scratchpad, layout.progress]).toEqual([
      'Skip to content',
      'Menu',
      'Search',
      'Exercises',
      'Scratchpad',
      'Your progress',
    ]);
    expect([layout.group, layout.speed, layout.open, layout.guide, layout.lessons]).toEqual([
      'Group progress',
      'Speed check',
      'Open a lesson',
      'Authoring guide',
      'Lessons',
    ]);
    expect(layout.pageTitle('Search')).toBe('Search · runfirst');
    expect(inLocale(themeUi, 'en').darkMode).toBe('Dark mode');
    expect(Object.values(inLocale(kernelBarUi, 'en'))).toEqual(['Kernel', 'Restart', 'Backend', 'Time limit (s)']);
    const search = inLocale(searchUi, 'en');
    expect([search.label, search.button, search.results]).toEqual(['Search lessons', 'Search', 'Search results']);
    expect(search.noMatch('qxjzvw')).toBe('No lessons match “qxjzvw”.');
    expect([search.found(1, 'entropy'), search.found(12, 'entropy')]).toEqual(['1 result for “entropy”.', '12 results for “entropy”.']);
    expect(inLocale(notFoundUi, 'en').home).toBe('Go to the course map');
  });

  it('writes times, counts and a lesson’s eyebrow as before', () => {
    const course = inLocale(courseUi, 'en');
    expect([course.minutes(45), course.minutes(60), course.minutes(90)]).toEqual(['45 min', '1 h', '1 h 30 min']);
    const home = inLocale(homeUi, 'en');
    expect(home.lessonLength(30) + home.exerciseCount(1)).toBe('About 30 min · 1 exercise');
    expect(home.exerciseCount(3)).toBe(' · 3 exercises');
    const lesson = inLocale(lessonUi, 'en');
    expect(lesson.eyebrow('Foundations', 1, 75)).toBe('Foundations · Lesson 1 · about 1 h 15 min');
    expect(`${lesson.previousBefore}A|${lesson.nextBefore}B${lesson.nextAfter}`).toBe('← Previous: A|Next: B →');
  });

  it('names the math tracks as the theory layers do', () => {
    expect(inLocale(courseUi, 'en').mathTopics).toEqual(MATH_TOPICS);
    expect(Object.keys(inLocale(courseUi, 'zh-cn').mathTopics)).toEqual(Object.keys(MATH_TOPICS));
  });
});

describe('the site in Chinese', () => {
  it('counts and times in Chinese', () => {
    const course = inLocale(courseUi, 'zh-cn');
    expect([course.minutes(45), course.minutes(60), course.minutes(90)]).toEqual(['45 分钟', '1 小时', '1 小时 30 分钟']);
    expect(inLocale(homeUi, 'zh-cn').exerciseCount(3)).toBe(' · 3 道练习');
    expect(inLocale(searchUi, 'zh-cn').found(1234, '交叉熵')).toBe('“交叉熵”共有 1,234 条结果。');
    expect(inLocale(lessonUi, 'zh-cn').eyebrow('基础', 2, 40)).toBe('基础 · 第 2 课 · 约 40 分钟');
  });

  it('names the kernel bar’s controls as the issue asks (重启, 后端)', () => {
    const bar = inLocale(kernelBarUi, 'zh-cn');
    expect([bar.restart, bar.backend]).toEqual(['重启', '后端']);
  });
});
