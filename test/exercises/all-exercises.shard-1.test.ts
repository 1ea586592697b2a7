import { proveExercises } from './exercise-proof';

/** Half 1 of the exercise proofs (see exercise-proof.ts); the other half runs beside it. */
proveExercises(1, 2);
