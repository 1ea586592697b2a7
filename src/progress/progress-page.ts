/**
 * The "Your progress" page: each exercise's status and hints from the store, the learner's name
 * (optional, written into exports), Export progress (downloads a JSON file naming the learner
 * and the course version) and Import progress (validates the chosen file completely, then
 * merges or replaces as the learner chose; a bad file changes nothing).
 */
import { progressStore } from './store';
import { exportFileName, exportProgressText, parseProgressFile } from './transfer';
import { progressMessages, progressUi } from './messages';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`progress page: missing ${selector}`);
  return found;
}

/** Shows each `[data-exercise-status]` item's status from the store. */
export function renderExerciseStatuses(doc: Document = document): void {
  const store = progressStore();
  for (const item of doc.querySelectorAll<HTMLElement>('[data-exercise-status]')) {
    const progress = store.getExercise(item.dataset['exerciseStatus'] ?? '');
    const label = required<HTMLElement>(item, '.status-label');
    label.textContent = progressUi.statusLabel[progress.status];
    label.dataset['status'] = progress.status;
    const hints = item.querySelector<HTMLElement>('.status-hints');
    if (hints) hints.textContent = progress.hintsUsed > 0 ? ` · ${progressUi.hintsUsed(progress.hintsUsed)}` : '';
  }
}

/** Binds the export and import controls of the progress page. */
export function bindProgressPage(doc: Document = document): void {
  const store = progressStore();
  const message = required<HTMLElement>(doc, '#transfer-message');
  const error = required<HTMLElement>(doc, '#transfer-error');
  const say = (text: string, isError: boolean) => {
    message.textContent = isError ? '' : text;
    error.textContent = isError ? text : '';
  };

  // The name is kept as it is typed; leaving the field shows it as it was kept (trimmed).
  const nameInput = required<HTMLInputElement>(doc, '#learner-name');
  const showName = () => (nameInput.value = store.read().learnerName ?? '');
  nameInput.addEventListener('input', () => store.setLearnerName(nameInput.value));
  nameInput.addEventListener('change', showName);
  showName();

  const courseVersion = required<HTMLElement>(doc, '[data-course-version]').dataset['courseVersion'] ?? '';
  required<HTMLButtonElement>(doc, '#export-progress').addEventListener('click', () => {
    const now = new Date();
    const progress = store.read();
    const blob = new Blob([exportProgressText(progress, now, courseVersion)], { type: 'application/json' });
    const link = doc.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = exportFileName(now, progress.learnerName);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    say(progressMessages.exportDone(link.download), false);
  });

  const fileInput = required<HTMLInputElement>(doc, '#import-file');
  required<HTMLButtonElement>(doc, '#import-progress').addEventListener('click', async () => {
    const file = fileInput.files?.[0];
    if (!file) return say(progressMessages.importNoFile(), true);
    const result = parseProgressFile(await file.text(), Date.now());
    if (!result.ok) return say(result.error, true);
    const mode = required<HTMLInputElement>(doc, 'input[name="import-mode"]:checked').value === 'replace' ? 'replace' : 'merge';
    if (mode === 'replace') store.replace(result.progress);
    else store.merge(result.progress);
    say(progressMessages.importDone(mode, Object.keys(result.progress.cells).length, Object.keys(result.progress.exercises).length), false);
    renderExerciseStatuses(doc);
    showName();
  });
  // Ready: the page's markup leaves these disabled until now, so nothing typed or pressed before is lost.
  for (const id of ['#learner-name', '#export-progress', '#import-progress'])
    required<HTMLInputElement | HTMLButtonElement>(doc, id).disabled = false;
  renderExerciseStatuses(doc);
}
