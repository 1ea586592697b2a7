/**
 * Messages whose translations load on demand (localizedOnDemand): an English page or worker never
 * downloads another language, one speaking Chinese downloads Chinese before its messages are read,
 * and a translation that cannot be loaded leaves English, never a broken page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/i18n/current-locale';
import { inLocale, localizedOnDemand, useLocale } from '../../src/i18n/localized';

afterEach(() => {
  setLocale('en');
  vi.restoreAllMocks();
});

const en = { run: 'Run', ranIn: (ms: number) => `Ran in ${ms} ms` };
const zh: typeof en = { run: '运行', ranIn: (ms: number) => `运行用时 ${ms} 毫秒` };

describe('messages with translations on demand', () => {
  it('download nothing while the page or worker speaks English', async () => {
    const load = vi.fn(() => Promise.resolve(zh));
    const messages = await localizedOnDemand(en, { 'zh-cn': load }, { everyLocale: false });
    expect(messages.run).toBe('Run');
    expect(messages.ranIn(12)).toBe('Ran in 12 ms');
    expect(load).not.toHaveBeenCalled();
    expect(inLocale(messages, 'en').run).toBe('Run');
    expect(() => inLocale(messages, 'zh-cn')).toThrow("await useLocale('zh-cn') first");
  });

  it('are ready in the locale already in use when the module is imported (a Chinese page)', async () => {
    setLocale('zh-cn');
    const load = vi.fn(() => Promise.resolve(zh));
    const messages = await localizedOnDemand(en, { 'zh-cn': load }, { everyLocale: false });
    expect(messages.run).toBe('运行');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('load a worker’s language when it is told it, once, and speak it after', async () => {
    const load = vi.fn(() => Promise.resolve(zh));
    const messages = await localizedOnDemand(en, { 'zh-cn': load }, { everyLocale: false });
    await useLocale('zh-cn');
    await useLocale('zh-cn');
    expect(load).toHaveBeenCalledTimes(1);
    expect(messages.ranIn(5)).toBe('运行用时 5 毫秒');
    expect(inLocale(messages, 'zh-cn').run).toBe('运行');
    expect(inLocale(messages, 'en').run).toBe('Run');
    expect(Object.keys(messages)).toEqual(['run', 'ranIn']);
    await useLocale('en');
    expect(messages.run).toBe('Run');
  });

  it('in node have every translation at once, so a build or a test reads any language', async () => {
    const load = vi.fn(() => Promise.resolve(zh));
    const messages = await localizedOnDemand(en, { 'zh-cn': load });
    expect(load).toHaveBeenCalledTimes(1);
    expect(inLocale(messages, 'zh-cn').run).toBe('运行');
    setLocale('zh-cn');
    expect(messages.run).toBe('运行');
  });

  it('speak English, with a warning, when a translation cannot be downloaded (offline, half cached)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLocale('zh-cn');
    const messages = await localizedOnDemand(
      en,
      { 'zh-cn': () => Promise.reject(new TypeError('Failed to fetch')) },
      { everyLocale: false },
    );
    expect(messages.run).toBe('Run');
    expect(warn).toHaveBeenCalledWith('runfirst: the zh-cn texts could not be loaded, so English is shown instead.', expect.any(TypeError));
  });
});
