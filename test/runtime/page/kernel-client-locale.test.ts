// @vitest-environment happy-dom
/** The page tells its kernel worker which language to speak: the one of its <html lang>. */
import { afterEach, expect, it } from 'vitest';
import { KernelClient } from '../../../src/runtime/page/kernel-client';

/** The init request a page of language `lang` sends its kernel. */
function initSentOn(lang: string): unknown {
  document.documentElement.lang = lang;
  const sent: unknown[] = [];
  const worker = { postMessage: (data: unknown) => sent.push(data), addEventListener() {}, terminate() {} };
  const client = new KernelClient({ baseUrl: 'http://localhost/', createWorker: () => worker as unknown as Worker });
  client.start();
  client.dispose();
  return sent[0];
}

afterEach(() => {
  document.documentElement.lang = '';
});

it('names the page locale in the init request', () => {
  expect(initSentOn('zh-CN')).toMatchObject({ type: 'init', locale: 'zh-cn' });
  expect(initSentOn('en')).toMatchObject({ type: 'init', locale: 'en' });
});
