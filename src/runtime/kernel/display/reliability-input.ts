/**
 * Reads show.reliability input — confidences and whether each prediction was right, or class
 * probabilities and the true classes — into equal-width confidence bins, each with its mean
 * confidence and accuracy, and the expected calibration error (ECE) they add up to.
 */
import { displayMessages } from '../../display/messages';
import type { ReliabilityMessage } from '../../display/protocol';
import { describeInput, readNumeric } from './tensor-input';

/** Bins at most. */
export const MAX_RELIABILITY_BINS = 100;

/** Input of show.reliability. */
export interface ReliabilityInput {
  /** One confidence per prediction, 0 … 1 (with `correct`). */
  confidences?: unknown;
  /** Whether each prediction was right: booleans or 0/1 (with `confidences`). */
  correct?: unknown;
  /** Class probabilities [n, classes] (with `labels`): the confidence is the largest, the prediction its class. */
  probabilities?: unknown;
  /** The true class of each prediction, as class numbers [n] or one-hot rows [n, classes] (with `probabilities`). */
  labels?: unknown;
  /** Equal-width confidence bins from 0 to 1 (default 10). */
  bins?: number | undefined;
  title?: string | undefined;
}

/** One bin of the diagram, as show.reliability returns it. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  confidence: number;
  accuracy: number;
}

/** What show.reliability returns: the ECE and the bins, to print or check. */
export interface ReliabilityResult {
  ece: number;
  bins: ReliabilityBin[];
}

/** Confidences and correctness of each prediction, from either form of input. */
function readPredictions(input: ReliabilityInput): { confidences: Float64Array; correct: Float64Array } {
  if (input.probabilities !== undefined) {
    const probabilities = readNumeric(input.probabilities, 'show.reliability');
    const labels = readNumeric(input.labels, 'show.reliability');
    if (!probabilities || probabilities.shape.length !== 2 || !labels) {
      throw new TypeError(displayMessages.reliabilityInput(describeInput(probabilities ? input.labels : input.probabilities)));
    }
    const [n = 0, classes = 0] = probabilities.shape;
    const oneHot = labels.shape.length === 2;
    const labelCount = labels.shape[0] ?? 0;
    if (labelCount !== n) throw new TypeError(displayMessages.reliabilityLengths('probabilities', n, 'labels', labelCount));
    const confidences = new Float64Array(n);
    const correct = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < classes; c++)
        if ((probabilities.values[i * classes + c] ?? 0) > (probabilities.values[i * classes + best] ?? 0)) best = c;
      let truth = labels.values[i] ?? -1;
      if (oneHot) {
        truth = 0;
        for (let c = 1; c < classes; c++) if ((labels.values[i * classes + c] ?? 0) > (labels.values[i * classes + truth] ?? 0)) truth = c;
      }
      confidences[i] = probabilities.values[i * classes + best] ?? NaN;
      correct[i] = best === truth ? 1 : 0;
    }
    return { confidences, correct };
  }
  const confidences = readNumeric(input.confidences, 'show.reliability');
  const correct = readNumeric(input.correct, 'show.reliability');
  if (!confidences || !correct)
    throw new TypeError(displayMessages.reliabilityInput(describeInput(confidences ? input.correct : input.confidences)));
  if (confidences.values.length !== correct.values.length) {
    throw new TypeError(displayMessages.reliabilityLengths('confidences', confidences.values.length, 'correct', correct.values.length));
  }
  return { confidences: confidences.values, correct: correct.values };
}

/** Bins the predictions; throws a learner-facing TypeError for input it cannot draw. */
export function readReliability(input: unknown): Omit<ReliabilityMessage, 'kind' | 'id'> & ReliabilityResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new TypeError(displayMessages.reliabilityInput(describeInput(input)));
  const options = input as ReliabilityInput;
  const binCount = options.bins ?? 10;
  if (!Number.isInteger(binCount) || binCount < 1 || binCount > MAX_RELIABILITY_BINS) {
    throw new TypeError(displayMessages.reliabilityBins(describeInput(options.bins)));
  }
  const { confidences, correct } = readPredictions(options);
  const total = confidences.length;
  if (total === 0) throw new TypeError(displayMessages.reliabilityEmpty());
  const counts = new Int32Array(binCount);
  const confidenceSum = new Float64Array(binCount);
  const rightSum = new Float64Array(binCount);
  confidences.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new TypeError(displayMessages.reliabilityConfidence(i, p));
    const bin = Math.min(binCount - 1, Math.floor(p * binCount));
    counts[bin] = (counts[bin] ?? 0) + 1;
    confidenceSum[bin] = (confidenceSum[bin] ?? 0) + p;
    rightSum[bin] = (rightSum[bin] ?? 0) + ((correct[i] ?? 0) > 0.5 ? 1 : 0);
  });
  const confidence = new Float64Array(binCount);
  const accuracy = new Float64Array(binCount);
  let ece = 0;
  const bins: ReliabilityBin[] = [];
  for (let b = 0; b < binCount; b++) {
    const count = counts[b] ?? 0;
    if (count > 0) {
      confidence[b] = (confidenceSum[b] ?? 0) / count;
      accuracy[b] = (rightSum[b] ?? 0) / count;
      ece += (count / total) * Math.abs((accuracy[b] ?? 0) - (confidence[b] ?? 0));
    }
    bins.push({ from: b / binCount, to: (b + 1) / binCount, count, confidence: confidence[b] ?? 0, accuracy: accuracy[b] ?? 0 });
  }
  return {
    title: options.title ?? displayMessages.defaultReliabilityTitle(),
    counts,
    confidence,
    accuracy,
    ece: Math.min(1, ece),
    total,
    bins,
  };
}
