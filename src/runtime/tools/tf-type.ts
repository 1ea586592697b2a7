import type * as tfjs from '@tensorflow/tfjs';

/**
 * The TensorFlow.js namespace the learner tools work with. It is passed in rather than imported,
 * so the kernel worker, the grader and node tests each hand over their own instance (and backend).
 */
export type Tf = typeof tfjs;

/** A tfjs tensor of any rank. */
export type Tensor = tfjs.Tensor;
