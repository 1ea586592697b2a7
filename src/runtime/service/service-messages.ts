/**
 * Every learner-facing message of the `service` global, in one place (the responses' own words
 * are in src/service/responses.ts and validate-request.ts). Pinned by test/runtime/service/.
 */

/** The most services one kernel runs at once (each is a worker holding a copy of its model). */
export const MAX_SERVICES = 4;

export const serviceMessages = {
  notAModel: (got: string) => `service.start: expected a tf.LayersModel (from tf.sequential, tf.model or models.load), got ${got}`,
  tooMany: (limit: number) =>
    `service.start: ${limit} services are already running; stop one first (await svc.stop(), or await service.stopAll())`,
  stoppedWhileLoading: 'service.start: the service was stopped before its model loaded',
  workerEnded: (reason: string) => `the service's worker ended (${reason})`,
  noWorker: 'service.start: this thread cannot start workers (in node, pass openService: openNodeServiceEndpoint to createLearnerTools)',
  notJson: (reason: string) => `a value JSON can carry (${reason})`,
} as const;

/** Thrown by `service.start` when it cannot start a service; its message says why. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
}
