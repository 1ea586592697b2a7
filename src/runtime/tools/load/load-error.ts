/** Thrown by `load.open`, `load.closed` and `load.simulatedService` for options they cannot use. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
}
