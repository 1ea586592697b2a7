import type { Claim } from './claim';

/** What lessons/dirty-data.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [];
