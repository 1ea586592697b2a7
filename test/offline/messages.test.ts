import { expect, it } from 'vitest';
import { formatBytes, offlineMessages } from '../../src/offline/messages';

it('states the offline copy with its download size, as DESIGN.md names the status', () => {
  expect(offlineMessages.available(28_206_612, 189)).toBe('Available offline (26.9 MB, 189 files)');
  expect(formatBytes(512)).toBe('512 bytes');
  expect(formatBytes(860_160)).toBe('840.0 KB');
  expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
});
