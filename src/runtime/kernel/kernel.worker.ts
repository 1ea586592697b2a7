/// <reference lib="webworker" />
/**
 * The kernel worker's entry: one per lesson page, created by KernelClient. All logic lives in
 * kernel/kernel.ts; the page stops a run by terminating this worker.
 */
// First: holds messages that arrive while the modules below get ready (some wait for their texts).
import { releaseEarlyMessages } from '../early-messages';
import { startKernel } from './kernel';

startKernel(self);
releaseEarlyMessages();
