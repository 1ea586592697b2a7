/**
 * The page's progress store: one `ProgressStore` over `localStorage`, shared by the kernel
 * (cell autosave), the exercises, the course map and the progress page. Problems with stored
 * data are shown to the learner as a notice once the page is ready; the page keeps working.
 */
import { createProgressStore, memoryStorage, type ProgressStore, type StoreProblem } from './progress-store';
import { showProgressNotice } from './notice';
import { progressMessages } from './messages';

export type { ProgressStore, StoreProblem, CheckOutcome } from './progress-store';
export type { ExerciseProgress, ExerciseStatus, Progress } from './schema';

let store: ProgressStore | undefined;

function browserStorage(): { storage: Storage; available: boolean } {
  try {
    const storage = globalThis.localStorage;
    if (storage) return { storage, available: true };
  } catch {
    // Accessing localStorage throws when the browser blocks storage for this site.
  }
  return { storage: memoryStorage(), available: false };
}

function announce(problem: StoreProblem) {
  if (typeof document === 'undefined') return;
  const show = () => showProgressNotice(problem.message);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
  else show();
}

/** The page's progress store (created on first use). */
export function progressStore(): ProgressStore {
  if (store) return store;
  const { storage, available } = browserStorage();
  store = createProgressStore({ storage, onProblem: announce });
  if (!available) announce({ kind: 'unavailable', message: progressMessages.storageUnavailable() });
  return store;
}

/** The learner's saved code of a lesson cell, or undefined if they never changed it. */
export const getCellCode = (lessonId: string, cellId: string): string | undefined => progressStore().getCellCode(lessonId, cellId);

/** Saves the learner's code of a lesson cell (the kernel calls this as they type). */
export const saveCellCode = (lessonId: string, cellId: string, code: string): void => progressStore().saveCellCode(lessonId, cellId, code);

/** Forgets the learner's code of a lesson cell (Reset). */
export const clearCellCode = (lessonId: string, cellId: string): void => progressStore().clearCellCode(lessonId, cellId);
