/**
 * Points the tfjs WASM backend at its three binaries, served by this site (Vite copies each to
 * the build and gives its URL). Without this, tfjs would look next to the worker script and
 * `setBackend('wasm')` would quietly fail.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** Tells the WASM backend where its binaries are; call before the backend initialises. */
export function configureWasmPaths(): void {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': plainUrl,
    'tfjs-backend-wasm-simd.wasm': simdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': threadedSimdUrl,
  });
}
