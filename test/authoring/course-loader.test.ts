import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { describeLoadFailure, reportingWatcher, withoutFalseDuplicateWarnings } from '../../src/authoring/course-loader';
import { registerOverlayServer, showInOverlay } from '../../src/authoring/dev-overlay';
import { contentCheckIntegration } from '../../src/authoring/integration';

const fixture = (name: string) => {
  const root = join(import.meta.dirname, '..', 'fixtures', 'content', name);
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
};

describe('the course loader in astro dev', () => {
  const root = '/site';
  const store = {
    get: (id: string) => (id === 'rerun' ? { filePath: 'lessons/rerun.md' } : undefined),
  } as unknown as LoaderContext['store'];
  const logger = () => {
    const calls = {
      warn: vi.fn<(message: string) => void>(),
      info: vi.fn<(message: string) => void>(),
      error: vi.fn<(message: string) => void>(),
    };
    return { calls, inner: { ...calls, label: 'glob-loader' } as unknown as LoaderContext['logger'] };
  };

  it("drops Astro 5's false duplicate-id warning when the stored entry is the same file", () => {
    const { calls, inner } = logger();
    withoutFalseDuplicateWarnings(inner, store, root).warn(
      'Duplicate id "rerun" found in /site/lessons/rerun.md. Later items with the same id will overwrite earlier ones.',
    );
    expect(calls.warn).not.toHaveBeenCalled();
  });

  it('keeps a real duplicate id (another file) and every other warning', () => {
    const { calls, inner } = logger();
    const wrapped = withoutFalseDuplicateWarnings(inner, store, root);
    const real = 'Duplicate id "rerun" found in /site/lessons/rerun-copy.md. Later items with the same id will overwrite earlier ones.';
    wrapped.warn(real);
    wrapped.warn('Duplicate id "new" found in /site/lessons/new.md. Later items with the same id will overwrite earlier ones.');
    wrapped.warn('No entry type found for x.txt');
    expect(calls.warn.mock.calls.map((call) => call[0])).toEqual([
      real,
      'Duplicate id "new" found in /site/lessons/new.md. Later items with the same id will overwrite earlier ones.',
      'No entry type found for x.txt',
    ]);
    wrapped.info('Reloaded data from rerun.md');
    expect(calls.info).toHaveBeenCalledWith('Reloaded data from rerun.md');
    expect(wrapped.label).toBe('glob-loader');
  });

  it('catches a change listener that rejects and reports the changed file and the error', async () => {
    const emitter = new EventEmitter();
    const report = vi.fn(() => Promise.resolve());
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const watcher = reportingWatcher(emitter as unknown as NonNullable<LoaderContext['watcher']>, report);
    const failure = new Error('bad indentation of a mapping entry');
    expect(watcher.on('change', () => Promise.reject(failure))).toBe(watcher);
    emitter.emit('change', '/site/lessons/rerun.md');
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(report).toHaveBeenCalledWith('/site/lessons/rerun.md', failure);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('lets a listener that succeeds run as before', async () => {
    const emitter = new EventEmitter();
    const report = vi.fn(() => Promise.resolve());
    const listener = vi.fn();
    reportingWatcher(emitter as unknown as NonNullable<LoaderContext['watcher']>, report).on('add', listener);
    emitter.emit('add', '/site/lessons/new.md');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).toHaveBeenCalledWith('/site/lessons/new.md');
    expect(report).not.toHaveBeenCalled();
  });

  it('describes a file that fails to load with the content check’s own messages for it', async () => {
    const dirs = fixture('broken');
    const message = await describeLoadFailure(join(dirs.lessonsDir, 'bad-yaml.md'), new Error('YAMLException: js-yaml stack'), dirs);
    expect(message).toBe(
      'Content check found 1 problem:\n  lessons/bad-yaml.md:2: The frontmatter is not valid YAML (Nested mappings are not allowed in compact mappings). Fix the YAML syntax between the two `---` lines; quote values that contain a colon.',
    );
  });

  it('falls back to the error itself when the check finds nothing wrong with the file', async () => {
    const dirs = fixture('valid');
    const message = await describeLoadFailure(join(dirs.lessonsDir, 'alpha.md'), new Error('EACCES: permission denied'), dirs);
    expect(message).toBe('lessons/alpha.md could not be loaded: EACCES: permission denied');
  });
});

describe('the dev overlay', () => {
  it('sends an authoring report to the dev server the integration registered, and nothing once it closed', () => {
    const send = vi.fn();
    const httpServer = new EventEmitter();
    const hook = contentCheckIntegration(fixture('valid')).hooks['astro:server:setup'] as unknown as (options: { server: unknown }) => void;
    hook({ server: { ws: { send }, httpServer } });
    showInOverlay('Content check found 1 problem: …', '/site/lessons/rerun.md');
    expect(send).toHaveBeenCalledWith({
      type: 'error',
      err: { message: 'Content check found 1 problem: …', stack: '', plugin: 'runfirst:content-check', id: '/site/lessons/rerun.md' },
    });
    httpServer.emit('close');
    showInOverlay('again');
    expect(send).toHaveBeenCalledOnce();
    registerOverlayServer(undefined);
  });
});
