import type { Claim } from './claim';

/** What lessons/bake-off.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [];
