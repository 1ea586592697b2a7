// Starts a model service in a node worker thread: loads the TypeScript shell through tsx
// (a worker does not inherit the parent's loader hooks). Node-only; used by the test suite.
import { tsImport } from 'tsx/esm/api';

await tsImport('./node-service-worker.ts', import.meta.url);
