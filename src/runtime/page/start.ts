/**
 * The entry the lesson and scratchpad pages load: takes their code cells over. Kept tiny; tfjs,
 * the output views and the editor load on first use.
 */
import { startLessonRuntime } from './lesson-runtime';

startLessonRuntime();
