/**
 * Messages whose languages load on demand (localizedOnDemand): an English page or worker never
 * downloads another language, one speaking Chinese downloads Chinese (and no English) before its
 * messages are read, and a translation that cannot be loaded leaves English, never a broken page.
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

/** Loaders that count their downloads. */
const loaders = (zhLoad: () => Promise<typeof en> = () => Promise.resolve(zh)) => ({
  en: vi.fn(() => Promise.resolve(en)),
  'zh-cn': vi.fn(zhLoad),
});

describe('messages with translations on demand', () => {
  it('download nothing while the page or worker speaks English', async () => {
    const load = loaders();
    const messages = await localizedOnDemand(load, { everyLocale: false });
    expect(messages.run).toBe('Run');
    expect(messages.ranIn(12)).toBe('Ran in 12 ms');
    expect(load['zh-cn']).not.toHaveBeenCalled();
    expect(inLocale(messages, 'en').run).toBe('Run');
    expect(() => inLocale(messages, 'zh-cn')).toThrow("await useLocale('zh-cn') first");
  });

  it('are ready in the locale already in use when the module is imported (a Chinese page), without English', async () => {
    setLocale('zh-cn');
    const load = loaders();
    const messages = await localizedOnDemand(load, { everyLocale: false });
    expect(messages.run).toBe('运行');
    expect(Object.keys(messages)).toEqual(['run', 'ranIn']);
    expect(load['zh-cn']).toHaveBeenCalledTimes(1);
    expect(load.en).not.toHaveBeenCalled();
    expect(() => inLocale(messages, 'en')).toThrow("await useLocale('en') first");
  });

  it('load a worker’s language when it is told it, once, and speak it after', async () => {
    const load = loaders();
    const messages = await localizedOnDemand(load, { everyLocale: false });
    await useLocale('zh-cn');
    await useLocale('zh-cn');
    expect(load['zh-cn']).toHaveBeenCalledTimes(1);
    expect(load.en).toHaveBeenCalledTimes(1);
    expect(messages.ranIn(5)).toBe('运行用时 5 毫秒');
    expect(inLocale(messages, 'zh-cn').run).toBe('运行');
    expect(inLocale(messages, 'en').run).toBe('Run');
    expect(Object.keys(messages)).toEqual(['run', 'ranIn']);
    await useLocale('en');
    expect(messages.run).toBe('Run');
  });

  it('in node have every translation at once, so a build or a test reads any language', async () => {
    const load = loaders();
    const messages = await localizedOnDemand(load);
    expect(load['zh-cn']).toHaveBeenCalledTimes(1);
    expect(load.en).toHaveBeenCalledTimes(1);
    expect(inLocale(messages, 'zh-cn').run).toBe('运行');
    setLocale('zh-cn');
    expect(messages.run).toBe('运行');
  });

  it('speak English, with a warning, when a translation cannot be downloaded (offline, half cached)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLocale('zh-cn');
    const load = loaders(() => Promise.reject(new TypeError('Failed to fetch')));
    const messages = await localizedOnDemand(load, { everyLocale: false });
    expect(load.en).toHaveBeenCalledTimes(1);
    expect(messages.run).toBe('Run');
    expect(warn).toHaveBeenCalledWith('runfirst: the zh-cn texts could not be loaded, so English is shown instead.', expect.any(TypeError));
  });

  it('fail to load, saying why, only when English itself cannot be downloaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLocale('zh-cn');
    const failed = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(localizedOnDemand({ en: failed, 'zh-cn': failed }, { everyLocale: false })).rejects.toThrow('Failed to fetch');
  });
});
