/** Every lesson's claims, by lesson id (the lesson file's name without `.md`). */
import type { Claim } from './claim';
import { claims as bakeOff } from './bake-off';
import { claims as dirtyData } from './dirty-data';
import { claims as firstModel } from './first-model';
import { claims as hyperparameterSearch } from './hyperparameter-search';
import { claims as learningCurves } from './learning-curves';
import { claims as loadTest } from './load-test';
import { claims as portAnOp } from './port-an-op';
import { claims as makeItSmall } from './make-it-small';
import { claims as oneProjectDeep } from './one-project-deep';
import { claims as pretrained } from './pretrained';
import { claims as rerun } from './rerun';
import { claims as shipAService } from './ship-a-service';
import { claims as showWhatItDoes } from './show-what-it-does';
import { claims as reviewableCode } from './reviewable-code';

export const lessonClaims: Readonly<Record<string, readonly Claim[]>> = {
  'first-model': firstModel,
  'learning-curves': learningCurves,
  'bake-off': bakeOff,
  'hyperparameter-search': hyperparameterSearch,
  pretrained,
  'dirty-data': dirtyData,
  rerun,
  'load-test': loadTest,
  'port-an-op': portAnOp,
  'make-it-small': makeItSmall,
  'ship-a-service': shipAService,
  'show-what-it-does': showWhatItDoes,
  'one-project-deep': oneProjectDeep,
  'reviewable-code': reviewableCode,
};

/** The claims of lesson `id`; throws for a lesson that has no claims file listed here. */
export function claimsOf(id: string): readonly Claim[] {
  const claims = lessonClaims[id];
  if (!claims) throw new Error(`lesson "${id}" has no claims: add test/lessons/claims/${id}.ts and list it in test/lessons/claims/index.ts`);
  return claims;
}
