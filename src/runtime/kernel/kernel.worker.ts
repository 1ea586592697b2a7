/// <reference lib="webworker" />
/**
 * The kernel worker's entry: one per lesson page, created by KernelClient. All logic lives in
 * kernel/kernel.ts; the page stops a run by terminating this worker.
 */
import { startKernel } from './kernel';

startKernel(self);
