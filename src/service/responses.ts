/**
 * The response builders: every answer carries its status and the service's version, so a client
 * can tell which model answered even when the answer is an error.
 */
import type { BadRequestResponse, FailureResponse, OkResponse, Prediction, RequestError } from './request-format.ts';
import { requestMessages } from './service-messages.ts';

/** The index of the largest value of `row` (the first on a tie); -1 for an empty row. */
export function argMax(row: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < row.length; i++) if (best === -1 || (row[i] as number) > (row[best] as number)) best = i;
  return best;
}

/** Turns one output row into a prediction: its label is the row's arg max. */
export function toPrediction(row: readonly number[]): Prediction {
  return { label: argMax(row), probabilities: [...row] };
}

/** 200 with one prediction per output row. */
export function okResponse(version: string, rows: readonly (readonly number[])[]): OkResponse {
  return { status: 200, version, predictions: rows.map(toPrediction) };
}

/** 400 naming what was wrong with the request. */
export function badRequest(version: string, error: RequestError): BadRequestResponse {
  return { status: 400, version, error };
}

/** 500: the model threw (or answered with the wrong number of rows); `reason` is its message. */
export function serverError(version: string, reason: string): FailureResponse {
  return { status: 500, version, error: { message: requestMessages.modelFailed(reason) } };
}

/** Why a service answers 503, in the service's language (read when used). */
export const UNAVAILABLE = {
  get stopped(): string {
    return requestMessages.stopped;
  },
  queueFull: (limit: number): string => requestMessages.queueFull(limit),
};

/** 503: the service cannot take the request now (stopped, or its queue is full). */
export function unavailable(version: string, message: string): FailureResponse {
  return { status: 503, version, error: { message } };
}
