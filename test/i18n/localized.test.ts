import { afterEach, describe, expect, it } from 'vitest';
import { exerciseUi } from '../../src/grader/ui/ui-messages';
import { currentLocale, localeOfTag, setLocale } from '../../src/i18n/current-locale';
import { inLocale } from '../../src/i18n/localized';
import { formatNumber, plural } from '../../src/i18n/plural';
import { offlineMessages } from '../../src/offline/messages';
import { groupUi } from '../../src/progress/group-messages';
import { progressMessages, progressUi } from '../../src/progress/messages';
import { shareMessages } from '../../src/share/messages';

afterEach(() => setLocale('en'));

describe('the locale', () => {
  it('is English in node until a script sets another', () => {
    expect(currentLocale()).toBe('en');
    setLocale('zh-cn');
    expect(currentLocale()).toBe('zh-cn');
  });

  it('reads a language tag as the locale it names, anything unknown as English', () => {
    expect(['zh-CN', 'zh-cn', 'zh', 'zh-Hans', 'zh-Hans-CN'].map(localeOfTag)).toEqual(Array(5).fill('zh-cn'));
    expect(['en', 'en-GB', '', 'zh-TW', 'fr'].map(localeOfTag)).toEqual(Array(5).fill('en'));
  });
});

describe('localized messages', () => {
  it('speak the current locale at the moment they are read', () => {
    expect(shareMessages.shareButton()).toBe('Share');
    setLocale('zh-cn');
    expect(shareMessages.shareButton()).toBe('分享');
    expect(exerciseUi.run).toBe('运行');
    expect(exerciseUi.showSolution).toBe('查看答案');
    expect(offlineMessages.available(28_206_612, 1189)).toBe('离线可用（26.9 MB，1,189 个文件）');
    expect(progressUi.statusLabel.passed).toBe('已通过');
    setLocale('en');
    expect(exerciseUi.run).toBe('Run');
  });

  it('keep the English keys, enumerable, so spreading and Object.keys see them all', () => {
    setLocale('zh-cn');
    expect(Object.keys(shareMessages)).toContain('copyButton');
    expect({ ...exerciseUi }.check).toBe('检查');
  });

  it('can be read in a chosen locale whatever the current one is', () => {
    expect(inLocale(groupUi, 'zh-cn').title).toBe('小组进度');
    setLocale('zh-cn');
    expect(inLocale(groupUi, 'en').title).toBe('Group progress');
    expect(() => inLocale({ title: 'x' }, 'en')).toThrow(/localized/);
  });
});

describe('plurals and numbers', () => {
  it('count saved cells with the plural each language uses', () => {
    expect(progressMessages.importDone('merge', 1, 1)).toBe(
      'Progress merged: 1 saved cell and 1 exercise from the file were combined with yours.',
    );
    expect(progressMessages.importDone('replace', 2, 0)).toBe("Progress replaced: you now have the file's 2 saved cells and 0 exercises.");
    expect(progressUi.completion(0, 1)).toBe('0 of 1 exercise passed');
    setLocale('zh-cn');
    expect(progressMessages.importDone('merge', 2, 1)).toBe('进度已合并：文件中的 2 个已保存的代码单元格和 1 道练习已与你的进度合并。');
    expect(progressUi.completion(2, 3)).toBe('3 道练习中已通过 2 道');
    expect(groupUi.summary(3, 5, 2)).toBe('显示 5 个文件中的 3 位学习者；2 个文件未显示（见下文）。');
  });

  it('pick the category through Intl.PluralRules and write the number through Intl.NumberFormat', () => {
    const forms = { one: '# saved cell', other: '# saved cells' };
    expect([0, 1, 2, 1234].map((n) => plural(n, forms))).toEqual(['0 saved cells', '1 saved cell', '2 saved cells', '1,234 saved cells']);
    // Chinese has only the "other" category: a "one" form is never chosen.
    expect(plural(1, { one: 'ONE', other: '# 个' }, 'zh-cn')).toBe('1 个');
    setLocale('zh-cn');
    expect(plural(2, { other: '# 个已保存的代码单元格' })).toBe('2 个已保存的代码单元格');
    expect(formatNumber(12345.5)).toBe('12,345.5');
  });
});
