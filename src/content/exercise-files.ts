import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The code files of an exercise folder, read at build time. */
export interface ExerciseCode {
  starter: string;
  solution: string;
  tests: string;
}

export function readExerciseCode(id: string, exercisesDir = join(process.cwd(), 'exercises')): ExerciseCode {
  const read = (name: string) => readFileSync(join(exercisesDir, id, name), 'utf8');
  return { starter: read('starter.js'), solution: read('solution.js'), tests: read('tests.js') };
}
