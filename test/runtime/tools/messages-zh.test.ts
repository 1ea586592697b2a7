/**
 * The learner tools' messages in Chinese: read through the same modules as the English ones,
 * they follow the locale at the moment of use (a kernel or learner realm calls `setLocale` when
 * the page tells it), keep every figure and name the English one shows, and the English
 * wording comes back when the locale does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dataMessages, describeValue, modelMessages, toolMessages } from '../../../src/runtime/tools/messages.ts';
import { loadMessages } from '../../../src/runtime/tools/load/load-messages';
import { openOptions } from '../../../src/runtime/tools/load/load-options';
import { setLocale } from '../../../src/i18n/current-locale';

afterEach(() => setLocale('en'));

describe('learner tools in zh-cn', () => {
  it('describe a value and list names in Chinese', () => {
    setLocale('zh-cn');
    expect([() => 0, {}, 'x', [1, 2, 3, 4, 5, 6, 7]].map(describeValue)).toEqual(['一个函数', '一个对象', '"x"', '[1, 2, 3, 4, 5, 6, …]']);
    expect(dataMessages.unknownDataset('mnist', ['digits', 'moons', 'blobs'])).toBe(
      "data.load：没有名为 'mnist' 的数据集。可用的数据集：'digits'、'moons' 和 'blobs'。",
    );
    expect(modelMessages.downloadTooLarge('big', 12_345_678, 10_000_000)).toBe(
      "models.save(model, 'downloads://big')：模型有 12,345,678 字节，超过了从代码单元格下载的上限 10,000,000 字节。请先把模型变小。",
    );
    expect(toolMessages.badSeed(Infinity)).toBe('seed(n) 需要一个有限的数字，例如 seed(1)，收到的是 Infinity。');
  });

  it('follow the locale when used, not when imported', () => {
    setLocale('zh-cn');
    expect(toolMessages.badSleep(-1)).toMatch(/^sleep\(ms\) 需要一个不小于 0 的毫秒数/);
    setLocale('en');
    expect(toolMessages.badSleep(-1)).toBe('sleep(ms) needs a number of milliseconds of at least 0, got -1.');
  });

  it('the load generator checks its options in Chinese, the range included', () => {
    setLocale('zh-cn');
    expect(() => openOptions({ rate: 0, durationMs: 100, send: () => 0 })).toThrow(
      'load.open：rate 必须是 0.001 到 100,000 之间的数字，收到的是 0。',
    );
    expect(loadMessages.sameForSimulate('load.simulatedService({ meanMs: 10 })')).toBe(
      'load.simulatedService({ meanMs: 10 })（load.simulate 接受与 service 相同的选项）',
    );
    setLocale('en');
    expect(() => openOptions({ rate: 0, durationMs: 100, send: () => 0 })).toThrow(
      'load.open: rate must be a number from 0.001 to 100,000, got 0.',
    );
  });
});
