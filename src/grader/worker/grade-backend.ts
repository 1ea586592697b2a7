/**
 * The grader's own tfjs backend, chosen in one place for the browser's grading worker and for the
 * node proof of every exercise (test/exercises/exercise-proof.ts, in two shards), so the proof runs the
 * tests on the numbers a Check gets.
 *
 * WASM with SIMD on one thread: ml.train runs about 2× faster than on the cpu backend (plain
 * tensor maths such as a gradient-descent loop up to 6×), and the result is deterministic: a
 * WebAssembly binary computes the same bits in every engine, and forcing one thread makes the
 * browser load the same single-threaded SIMD binary that node loads (a cross-origin-isolated
 * page would otherwise pick the threaded one). Only a browser without WASM SIMD (none current)
 * would load the plain binary instead.
 *
 * The learner's worker keeps its own backend; its results cross over as data either way.
 */
import '@tensorflow/tfjs-backend-wasm';
import type { Tf } from '../../runtime/tools/tf-type';

/** The backend `useGradingBackend` selects. */
export const GRADING_BACKEND = 'wasm';

/**
 * Selects the grading backend on `tf`. `configurePaths` tells the WASM backend where its
 * binaries are (the site's URLs in the browser, node_modules in node); call before any tensor
 * exists. Falls back to the cpu backend if WASM cannot start, so a Check still grades.
 * Returns the backend in use.
 */
export async function useGradingBackend(tf: Tf, configurePaths: () => void): Promise<string> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  configurePaths();
  const started = await tf.setBackend(GRADING_BACKEND).catch(() => false);
  if (!started) await tf.setBackend('cpu');
  await tf.ready();
  return tf.getBackend();
}
