import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { contentCheckIntegration } from '../../src/authoring/integration';

const fixture = (name: string) => {
  const root = join(import.meta.dirname, '..', 'fixtures', 'content', name);
  return { root, lessonsDir: join(root, 'lessons'), exercisesDir: join(root, 'exercises') };
};

async function runSetup(name: string, command: 'build' | 'dev') {
  const warn = vi.fn();
  const hook = contentCheckIntegration(fixture(name)).hooks['astro:config:setup'];
  if (!hook) throw new Error('the integration has no astro:config:setup hook');
  const setup = hook as unknown as (options: { command: string; logger: Partial<AstroIntegrationLogger> }) => Promise<void>;
  await setup({ command, logger: { warn } });
  return warn;
}

describe('the content check integration', () => {
  it('fails astro build with every problem, file and line', async () => {
    await expect(runSetup('broken', 'build')).rejects.toThrow(/^Content check found \d+ problems:\n {2}lessons\/bad-order\.md:4: /);
    await expect(runSetup('broken', 'build')).rejects.toThrow(
      'lessons/theory-first.md:11: A theory layer comes before the first runnable cell.',
    );
  });

  it('only warns in astro dev, so the preview keeps running', async () => {
    const warn = await runSetup('broken', 'dev');
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('lessons/katex-error.md:14: KaTeX cannot parse this math');
  });

  it('lets valid content build', async () => {
    const warn = await runSetup('valid', 'build');
    expect(warn).not.toHaveBeenCalled();
  });
});
