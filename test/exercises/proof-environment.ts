/**
 * The grading environment of the node proof: node's realms and files (node-realm), on the same
 * tfjs backend as the browser's grading worker (grade-backend), with the WASM binaries read from
 * node_modules.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { nodeGradeEnvironment } from '../../src/grader/realm/node-realm';
import { useGradingBackend } from '../../src/grader/worker/grade-backend';
import type { GradeEnvironment } from '../../src/grader/worker/grade-core';

const wasmFolder = join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';

/** The node grading environment on the grading backend; `backend` is the one in use. */
export async function proofEnvironment(): Promise<{ env: GradeEnvironment; backend: string }> {
  const env = await nodeGradeEnvironment();
  const backend = await useGradingBackend(env.tf, () => setWasmPaths(wasmFolder));
  return { env, backend };
}
