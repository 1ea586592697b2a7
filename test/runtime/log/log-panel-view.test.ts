// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyLog, type LoggedRun } from '../../../src/runtime/log/log-format.ts';
import { createMemoryLogBackend, logKey } from '../../../src/runtime/log/log-store.ts';
import { renderLogPanel } from '../../../src/runtime/page/log/log-panel-view.ts';
import { logJson } from '../../../src/runtime/page/log/log-transfer.ts';

const run = (id: string, name: string): LoggedRun => ({
  id,
  name,
  recordedAt: '2026-12-01T10:00:00.000Z',
  seed: 1,
  config: {},
  figures: { accuracy: 0.9 },
  curves: {},
});

async function setup(runs: unknown[] = [run('r1', 'baseline')]) {
  const backend = createMemoryLogBackend();
  await backend.put(logKey('capstone'), { ...emptyLog('capstone'), runs });
  const panel = renderLogPanel({ kind: 'log-panel', id: 'log-panel-1', lesson: 'capstone' }, backend);
  document.body.append(panel);
  const button = (name: string) => [...panel.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
  const text = (role: 'status' | 'alert') =>
    [...panel.querySelectorAll(role === 'status' ? '[aria-live="polite"]' : '[role="alert"]')].map((node) => node.textContent).join('');
  const settled = () => vi.waitFor(() => expect(text('status') + text('alert')).not.toBe(''));
  /** Chooses `content` as the file in the panel's file chooser. */
  const choose = async (content: string) => {
    const chooser = panel.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([content], 'log.json', { type: 'application/json' });
    Object.defineProperty(chooser, 'files', { value: [file], configurable: true });
    chooser.dispatchEvent(new Event('change'));
    await settled();
  };
  return { backend, panel, button, text, choose, settled };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the Experiment log panel', () => {
  it('has the three named controls, and one panel per page', async () => {
    const { panel, button } = await setup();
    expect(panel.getAttribute('aria-label')).toBe('Experiment log');
    for (const name of ['Export experiment log as JSON', 'Export experiment log as CSV', 'Import experiment log'])
      expect(button(name)).toBeDefined();
    await setup();
    expect(document.querySelectorAll('.out-log-panel')).toHaveLength(1);
  });

  it('exports the stored log as a JSON file and a CSV file', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:log';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { button, text, settled } = await setup();
    button('Export experiment log as JSON').click();
    await settled();
    expect(text('status')).toBe('Exported 1 run.');
    button('Export experiment log as CSV').click();
    await vi.waitFor(() => expect(names).toHaveLength(2));
    expect(names).toEqual(['experiment-log-capstone.json', 'experiment-log-capstone.csv']);
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ ...emptyLog('capstone'), runs: [run('r1', 'baseline')] });
    expect((await blobs[1]!.text()).split('\r\n')[1]).toBe('baseline,1,2026-12-01T10:00:00.000Z,r1,0.9');
  });

  it('imports a file, adding the runs it does not have', async () => {
    const { backend, choose, text } = await setup();
    await choose(logJson({ ...emptyLog('other'), runs: [run('r1', 'baseline'), run('r2', 'wider')] }));
    expect(text('status')).toBe('Imported 1 run; 1 run was already in the log.');
    expect(((await backend.get(logKey('capstone'))) as { runs: LoggedRun[] }).runs.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('refuses a malformed file in its alert and changes nothing', async () => {
    const { backend, choose, text } = await setup();
    const before = await backend.get(logKey('capstone'));
    await choose('{"format": "runfirst-experiment-log", "version": 1, "lesson": "capstone", "runs": [{"name": 3}]}');
    expect(text('alert')).toBe(
      'This file cannot be imported: runs.0.id: expected text, received nothing. Choose a file saved with Export experiment log as JSON, unchanged. Nothing in the log was changed.',
    );
    expect(text('status')).toBe('');
    expect(await backend.get(logKey('capstone'))).toEqual(before);
  });

  it('says the stored log was kept aside when it cannot be read', async () => {
    const { button, text, settled } = await setup([{ broken: true }]);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:log');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    button('Export experiment log as JSON').click();
    await settled();
    await vi.waitFor(() =>
      expect(text('alert')).toMatch(/^The experiment log saved for this lesson could not be read \(runs\.0: unknown field\(s\) 'broken'/),
    );
  });
});
