// @vitest-environment happy-dom
/**
 * "Show solution" holds one diff editor and two models at a time: showing it again disposes the
 * ones shown before, and dispose() frees them. Monaco is a stand-in that counts what is alive.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const alive = { models: new Set<string>(), diffEditors: 0 };

vi.mock('../../../src/editor/load-monaco', () => ({
  loadMonaco: () =>
    Promise.resolve({
      Uri: { parse: (uri: string) => uri },
      editor: {
        createModel: (_code: string, _language: string, uri: string) => {
          if (alive.models.has(uri)) throw new Error(`a model for ${uri} already exists`);
          alive.models.add(uri);
          return { dispose: () => alive.models.delete(uri) };
        },
        createDiffEditor: () => {
          alive.diffEditors += 1;
          return { setModel() {}, dispose: () => (alive.diffEditors -= 1) };
        },
      },
    }),
}));

const { showSolutionDiff } = await import('../../../src/grader/ui/solution-diff');

beforeEach(() => {
  alive.models.clear();
  alive.diffEditors = 0;
});

describe('showSolutionDiff', () => {
  it('shows one diff editor with two models', async () => {
    const host = document.createElement('div');
    await showSolutionDiff(host, 'mine', 'solution', 'file:///exercises/x');
    expect(alive).toEqual({ models: new Set(['file:///exercises/x/mine-1.js', 'file:///exercises/x/solution-1.js']), diffEditors: 1 });
    expect(host.querySelector('.exercise-diff')).not.toBeNull();
  });

  it('showing it again disposes what it showed before', async () => {
    const host = document.createElement('div');
    for (let i = 0; i < 3; i++) await showSolutionDiff(host, `mine ${i}`, 'solution', 'file:///exercises/x');
    expect(alive.diffEditors).toBe(1);
    expect(alive.models.size).toBe(2);
    expect(host.querySelectorAll('.exercise-diff')).toHaveLength(1);
  });

  it('dispose frees the editor and its models and empties the host', async () => {
    const host = document.createElement('div');
    const view = await showSolutionDiff(host, 'mine', 'solution', 'file:///exercises/x');
    view.dispose();
    view.dispose();
    expect(alive).toEqual({ models: new Set(), diffEditors: 0 });
    expect(host.childElementCount).toBe(0);
  });
});
