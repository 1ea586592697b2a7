/**
 * Runs a lesson's claims against one run's output and reports every claim the run contradicts
 * (not only the first), each with the lesson's words and what the run showed.
 */
import { LessonRun, type Claim, type LessonOutput } from './claim';

/** One claim the run did not hold up. */
export interface BrokenClaim {
  says: string;
  problem: string;
}

export function brokenClaims(claims: readonly Claim[], output: LessonOutput): BrokenClaim[] {
  const run = new LessonRun(output);
  const broken: BrokenClaim[] = [];
  for (const claim of claims) {
    try {
      claim.check(run);
    } catch (error) {
      broken.push({ says: claim.says, problem: error instanceof Error ? error.message : String(error) });
    }
  }
  return broken;
}

/** The broken claims as one message: `"<words>" — <what the run showed>` per claim. */
export function describeBroken(lesson: string, backend: string, broken: readonly BrokenClaim[]): string {
  return `${lesson} on ${backend}: ${broken.length} claim(s) the run contradicts:\n${broken.map((b) => `  "${b.says}"\n    — ${b.problem}`).join('\n')}`;
}
