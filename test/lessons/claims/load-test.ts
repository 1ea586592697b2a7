import assert from 'node:assert/strict';
import { fail, parseNumber, type Claim, type LessonRun } from './claim';

/** The sweep table's row for `service` at the `index`-th offered rate (0 = a quarter of capacity … 4 = three times it). */
function sweepRow(run: LessonRun, service: string, index: number) {
  const rows = run.rows('sweep').filter((r) => r['service'] === service);
  const row = rows[index];
  if (!row) fail(`the sweep table has ${rows.length} rows for "${service}", the claim reads row ${index + 1}`);
  const number = (column: string) => parseNumber(row[column] ?? '');
  return { offered: number('offered/s'), throughput: number('throughput/s'), p50: number('p50 ms'), p99: number('p99 ms') };
}

/** The closed-loop table's rows for `service`, in client order. */
function closedRows(run: LessonRun, service: string) {
  return run
    .rows('closed')
    .filter((r) => r['service'] === service)
    .map((r) => ({ clients: parseNumber(r['clients'] ?? ''), throughput: parseNumber(r['throughput/s'] ?? ''), p50: parseNumber(r['p50 ms'] ?? '') }));
}

/** Fails unless the cell printed a ✓ line starting with `start` (and no ✗). */
function checked(run: LessonRun, id: string, start: string) {
  const text = run.text(id);
  if (text.includes('✗')) fail(`cell "${id}" printed a failed check:\n${text}`);
  if (!run.cell(id).lines.some((l) => l.startsWith(`✓ ${start}`))) fail(`cell "${id}" printed no "✓ ${start}" line:\n${text}`);
}

/** What lessons/load-test.md tells the learner they will see, each sentence with its check. */
export const claims: Claim[] = [
  {
    says: 'the digits service, with and without batching, gets requests at rising fixed rates',
    check: (run) => {
      const offered = run.rows('sweep').filter((r) => r['service'] === 'no batching').map((r) => parseNumber(r['offered/s'] ?? ''));
      assert.equal(offered.length, 5);
      offered.slice(1).forEach((rate, i) => assert.ok(rate > (offered[i] ?? Infinity), `offered rates ${offered.join(', ')}`));
      assert.match(run.cell('sweep').charts[0] ?? '', /^5 points\. Latest: no batching [\d.]+, batching [\d.]+\.$/);
    },
  },
  {
    says: 'Without batching, the median latency at three times the capacity is several times the median at a quarter of it',
    check: (run) => {
      const low = sweepRow(run, 'no batching', 0).p50;
      const high = sweepRow(run, 'no batching', 4).p50;
      assert.ok(high > 3 * low, `p50 ${low} ms at a quarter of the capacity, ${high} ms at three times it`);
    },
  },
  {
    says: 'The table shows the other sign of overload: throughput stops following the offered rate.',
    check: (run) => {
      const over = sweepRow(run, 'no batching', 4);
      assert.ok(over.throughput < 0.8 * over.offered, `no batching at ${over.offered}/s answered ${over.throughput}/s`);
    },
  },
  {
    says: 'so at three times the capacity without it the batched service answers far more requests per second, and faster',
    check: (run) => {
      const batched = sweepRow(run, 'batching', 4);
      const plain = sweepRow(run, 'no batching', 4);
      assert.ok(batched.throughput > 1.5 * plain.throughput, `at ${batched.offered}/s: batching answered ${batched.throughput}/s, no batching ${plain.throughput}/s`);
      assert.ok(batched.p99 < plain.p99 / 2, `p99 at three times: batching ${batched.p99} ms, no batching ${plain.p99} ms`);
      assert.ok(run.number('sweep', /mean batch size with batching: ([\d.]+)/) > 1.2);
    },
  },
  {
    says: 'with one client, each request waits for company that never comes, so its p50 is higher with batching than without',
    check: (run) => {
      const batched = closedRows(run, 'batching')[0];
      const plain = closedRows(run, 'no batching')[0];
      assert.ok(batched && plain && batched.clients === 1 && plain.clients === 1);
      assert.ok(batched.p50 > plain.p50, `p50 with 1 client: batching ${batched.p50} ms, no batching ${plain.p50} ms`);
    },
  },
  {
    says: "Against a service that does nothing, the generator's p99 is far below the service's p99 past the knee.",
    check: (run) => {
      const harness = run.number('sweep', /harness alone at \d+\/s: p50 [\d.]+ ms, p99 ([\d.]+) ms/);
      const service = sweepRow(run, 'no batching', 4).p99;
      assert.ok(harness < service / 3, `p99: harness alone ${harness} ms, no batching at three times capacity ${service} ms`);
    },
  },
  {
    says: 'The same runs as latency distributions: the share of requests answered within each latency, on a log axis.',
    check: (run) => {
      const counts = run.numbers('histogram', /no batching at 1\.5×:\s+(\d+) requests took/);
      assert.equal(counts.length, 8);
      const sent = sweepRow(run, 'no batching', 3).offered * 0.3;
      assert.ok(Math.abs(counts.reduce((s, c) => s + c, 0) - sent) <= 2, `the bins hold ${counts.join(' + ')} requests of about ${sent}`);
    },
  },
  {
    says: 'throughput levels off at the capacity while latency keeps growing with the number of clients',
    check: (run) => {
      const rows = closedRows(run, 'no batching');
      assert.deepEqual(
        rows.map((r) => r.clients),
        [1, 4, 16, 64],
      );
      const [, four, , sixtyFour] = rows;
      assert.ok(four && sixtyFour);
      // 16 times the clients from 4 to 64: far less than 16 times the throughput, and a much longer wait.
      assert.ok(sixtyFour.throughput < 3 * four.throughput, `throughput ${four.throughput}/s at 4 clients, ${sixtyFour.throughput}/s at 64`);
      assert.ok(sixtyFour.p50 > 4 * four.p50, `p50 ${rows.map((r) => r.p50).join(', ')} ms`);
    },
  },
  {
    says: 'the generator measures the time-averaged number in flight',
    check: (run) => checked(run, 'little', 'Little’s law holds within 10 %'),
  },
  {
    says: 'the formula against an exact simulation of the queue',
    check: (run) => checked(run, 'mm1', 'the formula matches the exact simulation within 5 %'),
  },
  {
    says: 'and against the load generator itself, driving a simulated queue with exponential 4 ms service',
    check: (run) => checked(run, 'mm1', 'measured mean within 15 % and p99 within 25 % of the formulas at every load'),
  },
  {
    says: 'At three times the capacity for 0.3 s, that is 0.6 s: the latency is set by how long the overload lasts, not by the service.',
    check: (run) => checked(run, 'overload', 'the slowest wait is within 2× of T(λ/μ − 1)'),
  },
];
