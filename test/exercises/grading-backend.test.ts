/**
 * The grading backend (src/grader/worker/grade-backend.ts) is deterministic: grading the same
 * submission twice gives the same numbers, not only the same verdict. Checked on the exercise
 * whose tests train a network in the grader (shift-robust), with a wrong solution whose failure
 * message carries the accuracy to four digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { grade } from '../../src/grader/worker/grade-core';
import { GRADING_BACKEND } from '../../src/grader/worker/grade-backend';
import { proofEnvironment } from './proof-environment';

const folder = join(import.meta.dirname, '..', '..', 'exercises', 'shift-robust');
const read = (file: string) => readFileSync(join(folder, file), 'utf8');

it('grades a submission that trains in the grader to the same accuracy every time', async () => {
  const { env, backend } = await proofEnvironment();
  expect(backend).toBe(GRADING_BACKEND);
  const request = { code: read('wrong-four-moves.js'), tests: read('tests.js'), timeLimitSeconds: 60 };
  const first = await grade(env, request);
  const second = await grade(env, request);
  const messages = (report: typeof first) => report.tests.map((t) => `${t.status}: ${t.message}`);
  expect(messages(first)[0]).toMatch(/^failed: Accuracy on the test digits moved one pixel is 0\.\d+/);
  expect(messages(second)).toEqual(messages(first));
}, 120_000);
