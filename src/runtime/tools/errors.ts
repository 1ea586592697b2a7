/**
 * Errors thrown by the learner tools (`data`, `models`, `seed`, `time`, `compare`, `sleep`).
 * Each has a literal `name`, so a cell's output reads e.g. "DataError: data.load: …".
 */

/** Thrown by `data.load` for an unknown data set, a bad option, or a data file that cannot be read. */
export class DataError extends Error {
  override readonly name = 'DataError';
}

/** Thrown by `models.load` for an unknown model name or model files that cannot be read. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

/** Thrown by `seed`, `time`, `compare` and `sleep` when called with arguments they cannot use. */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}
