/**
 * A learner's progress kept in a `Storage` (localStorage in the browser): learner code per
 * lesson cell and per exercise, exercise status with timestamps, hints used. Every read
 * validates and migrates; data that cannot be used is kept aside under another key and
 * reported once through `onProblem`, and the store carries on with empty progress.
 */
import { readProgressText, type ReadProblem } from './migrate';
import { cellKey, emptyProgress, freshExercise, LEARNER_NAME_MAX, type ExerciseProgress, type Progress } from './schema';
import { progressMessages } from './messages';
import { mergeProgress } from './merge';

/** The localStorage key of the progress. */
export const PROGRESS_KEY = 'runfirst:progress';
/** Unusable progress is copied under this prefix followed by the time it was kept aside. */
export const KEPT_ASIDE_PREFIX = 'runfirst:progress:kept-aside:';

/** What a learner must be told about their stored progress. */
export interface StoreProblem {
  /** "corrupt" or "newer" data was kept aside, or storage is "unavailable". */
  kind: ReadProblem['kind'] | 'unavailable';
  /** The learner-facing sentence (from `progressMessages`). */
  message: string;
  /** Where unusable data was kept, if any. */
  backupKey?: string;
}

/** Tests passed at one Check. */
export interface CheckOutcome {
  passed: number;
  total: number;
}

/** How a store is built: its storage (absent = memory only) and its clock. */
export interface ProgressStoreOptions {
  storage?: Storage | undefined;
  now?: () => number;
  /** Called once per problem found (data kept aside, storage failing). */
  onProblem?: (problem: StoreProblem) => void;
}

/** The progress store API used by the kernel (cells), the exercises and the progress page. */
export interface ProgressStore {
  /** The whole progress, validated and migrated. */
  read(): Progress;
  /** The learner's saved code of a lesson cell, or undefined if they never changed it. */
  getCellCode(lessonId: string, cellId: string): string | undefined;
  /** Saves the learner's code of a lesson cell. */
  saveCellCode(lessonId: string, cellId: string, code: string): void;
  /** Forgets the learner's code of a lesson cell (Reset). */
  clearCellCode(lessonId: string, cellId: string): void;
  /** An exercise's progress (a fresh "not-started" record if none). */
  getExercise(id: string): ExerciseProgress;
  /** Saves the learner's code of an exercise. */
  saveExerciseCode(id: string, code: string): void;
  /** Records a Check: "passed" if every test passed, otherwise "attempted" (a passed exercise stays passed). */
  recordCheck(id: string, outcome: CheckOutcome): ExerciseProgress;
  /** Records that one more hint was revealed; returns the number of hints now used. */
  recordHint(id: string): number;
  /** Records that the learner opened the solution. */
  recordSolutionViewed(id: string): void;
  /** How many of these exercises are passed. */
  completion(exerciseIds: readonly string[]): { passed: number; total: number };
  /** Keeps the learner's name (trimmed, cut to `LEARNER_NAME_MAX`; blank forgets it); returns what is kept. */
  setLearnerName(name: string): string | undefined;
  /** Replaces all progress. */
  replace(progress: Progress): void;
  /** Merges other progress into this one (see `mergeProgress`). */
  merge(progress: Progress): void;
  /** Problems found so far (shown to the learner as a notice). */
  problems(): readonly StoreProblem[];
}

/**
 * A typed name as it is kept: white space trimmed and each run of it made one space, cut to
 * `LEARNER_NAME_MAX` UTF-16 units (the schema's measure) without splitting a character; blank is no name.
 */
export function normalLearnerName(name: string): string | undefined {
  let kept = '';
  for (const character of name.replace(/\s+/g, ' ').trim()) {
    if (kept.length + character.length > LEARNER_NAME_MAX) break;
    kept += character;
  }
  kept = kept.trim();
  return kept === '' ? undefined : kept;
}

/** A Storage in memory, used when the browser's storage is disabled. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** Creates a progress store over `storage`. */
export function createProgressStore({ storage, now = Date.now, onProblem }: ProgressStoreOptions = {}): ProgressStore {
  const found: StoreProblem[] = [];
  const backing = storage ?? memoryStorage();
  const report = (problem: StoreProblem) => {
    if (found.some((p) => p.kind === problem.kind && p.backupKey === problem.backupKey)) return;
    found.push(problem);
    onProblem?.(problem);
  };

  const write = (progress: Progress) => {
    try {
      backing.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      report({ kind: 'unavailable', message: progressMessages.storageUnavailable() });
    }
  };

  const read = (): Progress => {
    let text: string | null;
    try {
      text = backing.getItem(PROGRESS_KEY);
    } catch {
      report({ kind: 'unavailable', message: progressMessages.storageUnavailable() });
      return emptyProgress(now());
    }
    if (text === null) return emptyProgress(now());
    const result = readProgressText(text, now());
    if (result.ok) {
      if (result.migratedFrom !== undefined) write(result.progress);
      return result.progress;
    }
    const backupKey = `${KEPT_ASIDE_PREFIX}${now()}`;
    try {
      backing.setItem(backupKey, text);
      backing.removeItem(PROGRESS_KEY);
    } catch {
      report({ kind: 'unavailable', message: progressMessages.storageUnavailable() });
    }
    const problem = result.problem;
    report({
      kind: problem.kind,
      backupKey,
      message:
        problem.kind === 'newer'
          ? progressMessages.newerKeptAside(problem.version, backupKey)
          : progressMessages.corruptKeptAside(backupKey),
    });
    return emptyProgress(now());
  };

  const update = (change: (progress: Progress) => void) => {
    const progress = read();
    change(progress);
    progress.updatedAt = now();
    write(progress);
  };
  const exerciseIn = (progress: Progress, id: string) => (progress.exercises[id] ??= freshExercise());

  return {
    read,
    getCellCode: (lessonId, cellId) => read().cells[cellKey(lessonId, cellId)]?.code,
    saveCellCode: (lessonId, cellId, code) =>
      update((p) => {
        p.cells[cellKey(lessonId, cellId)] = { code, savedAt: now() };
      }),
    clearCellCode: (lessonId, cellId) =>
      update((p) => {
        delete p.cells[cellKey(lessonId, cellId)];
      }),
    getExercise: (id) => read().exercises[id] ?? freshExercise(),
    saveExerciseCode: (id, code) =>
      update((p) => {
        Object.assign(exerciseIn(p, id), { code, savedAt: now() });
      }),
    recordCheck: (id, outcome) => {
      let record = freshExercise();
      update((p) => {
        record = exerciseIn(p, id);
        const at = now();
        const allPassed = outcome.total > 0 && outcome.passed === outcome.total;
        record.firstAttemptAt ??= at;
        record.lastAttemptAt = at;
        record.attempts += 1;
        record.lastResult = { passed: outcome.passed, total: outcome.total };
        if (allPassed) record.passedAt ??= at;
        record.status = allPassed || record.status === 'passed' ? 'passed' : 'attempted';
      });
      return record;
    },
    recordHint: (id) => {
      let used = 0;
      update((p) => {
        used = exerciseIn(p, id).hintsUsed += 1;
      });
      return used;
    },
    recordSolutionViewed: (id) =>
      update((p) => {
        exerciseIn(p, id).solutionViewed = true;
      }),
    completion: (ids) => {
      const progress = read();
      return { passed: ids.filter((id) => progress.exercises[id]?.status === 'passed').length, total: ids.length };
    },
    setLearnerName: (name) => {
      const kept = normalLearnerName(name);
      update((p) => {
        if (kept === undefined) delete p.learnerName;
        else p.learnerName = kept;
      });
      return kept;
    },
    replace: (progress) => write({ ...progress, updatedAt: now() }),
    merge: (other) => write({ ...mergeProgress(read(), other), updatedAt: now() }),
    problems: () => found,
  };
}
