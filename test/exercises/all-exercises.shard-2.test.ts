import { proveExercises } from './exercise-proof';

/** Half 2 of the exercise proofs (see exercise-proof.ts); the other half runs beside it. */
proveExercises(2, 2);
