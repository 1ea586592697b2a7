/**
 * The Experiment log panel `log.compare()` puts under its table: "Export experiment log as JSON",
 * "Export experiment log as CSV" and "Import experiment log" (a file chooser). It works on the
 * lesson's log in IndexedDB directly (the same store the kernel's `log` uses), so it works while
 * the kernel runs, after Stop, and whatever the kernel is doing; the next `log` call reads what
 * was imported. An import is checked whole first (log-transfer.ts): a wrong file is named in the
 * panel's alert and the log stays as it was. A page shows one panel (one log per lesson): a new
 * one replaces the one an earlier compare left, so the control names stay unique on the page.
 */
import type { LogPanelMessage } from '../../display/protocol';
import { LOG_LIMITS } from '../../log/log-format';
import { logMessages } from '../../log/log-messages';
import { createLogStore, defaultLogBackend, type LogBackend, type LogStore } from '../../log/log-store';
import { element } from '../output/dom';
import { importLog, logCsv, logJson, type ImportOutcome } from './log-transfer';

/** The class of the panel (one per page). */
export const LOG_PANEL_CLASS = 'out-log-panel';

/** Thrown inside an import's update so nothing is written. */
class ImportRefused extends Error {
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super(outcome.message);
  }
}

/** Offers `text` as a file download. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { attributes: { href: url, download: fileName } });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name for the lesson: "experiment-log-capstone.json". */
const fileNameOf = (lesson: string, extension: string) => `experiment-log-${lesson.replace(/[^\w-]+/g, '-')}.${extension}`;

/** The page's one connection to the logs' database, opened by the first panel. */
let pageBackend: LogBackend | undefined;

/** Builds the panel for `message`; `backend` lets tests pass a memory store. */
export function renderLogPanel(message: LogPanelMessage, backend: LogBackend = (pageBackend ??= defaultLogBackend())): HTMLElement {
  for (const earlier of document.querySelectorAll(`.${LOG_PANEL_CLASS}`)) earlier.remove();
  const panel = element('section', {
    className: `out-download ${LOG_PANEL_CLASS}`,
    attributes: { 'aria-label': logMessages.panelTitle() },
  });
  // A live region, not role="status": a cell's one status is its run status (e2e and screen readers find it so).
  const status = element('p', { className: 'out-note out-log-status', attributes: { 'aria-live': 'polite' } });
  const alert = element('p', { className: 'out-note', attributes: { role: 'alert' } });
  // What happened to the stored log (kept aside, storage unavailable): stays until the panel goes.
  const storageNotice = element('p', { className: 'out-note', attributes: { role: 'alert' } });
  const store: LogStore = createLogStore(message.lesson, backend, {
    onProblem: (problem) => {
      storageNotice.textContent = problem.message;
    },
  });
  const say = (text: string, isProblem = false) => {
    status.textContent = isProblem ? '' : text;
    alert.textContent = isProblem ? text : '';
  };

  const button = (label: string, onClick: () => Promise<void>) => {
    const control = element('button', { text: label, attributes: { type: 'button' } });
    control.addEventListener('click', () => {
      onClick().catch((error: unknown) => say(logMessages.importFailed(error instanceof Error ? error.message : String(error)), true));
    });
    return control;
  };

  const exportAs = (extension: 'json' | 'csv') => async () => {
    const log = await store.read();
    const text = extension === 'json' ? logJson(log) : logCsv(log);
    download(text, fileNameOf(message.lesson, extension), extension === 'json' ? 'application/json' : 'text/csv');
    say(logMessages.exportedNote(log.runs.length));
  };

  const chooser = element('input', { attributes: { type: 'file', accept: '.json,application/json', hidden: '' } });
  chooser.addEventListener('change', () => {
    const file = chooser.files?.[0];
    chooser.value = '';
    if (!file) return;
    void importFile(file);
  });

  const importFile = async (file: File) => {
    if (file.size > LOG_LIMITS.fileBytes) return say(logMessages.importTooLarge(LOG_LIMITS), true);
    const text = await file.text();
    try {
      let done: Extract<ImportOutcome, { ok: true }> | undefined;
      await store.update((log) => {
        const outcome = importLog(log, text, file.size);
        if (!outcome.ok) throw new ImportRefused(outcome);
        done = outcome;
        return outcome.log;
      });
      if (done) say(logMessages.importDone(done.added, done.skipped));
    } catch (error) {
      if (error instanceof ImportRefused) say(error.outcome.message, true);
      else say(logMessages.importFailed(error instanceof Error ? error.message : String(error)), true);
    }
  };

  panel.append(
    button(logMessages.exportJson(), exportAs('json')),
    button(logMessages.exportCsv(), exportAs('csv')),
    button(logMessages.importLog(), async () => chooser.click()),
    chooser,
    status,
    alert,
    storageNotice,
  );
  return panel;
}
