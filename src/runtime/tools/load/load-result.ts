/**
 * What a load test returns, and the bookkeeping that produces it: counts by outcome, the
 * latency histogram, the number in flight over time (for Little's law) and the rates.
 */
import { LatencyHistogram, type LatencySummary } from './latency-histogram';

/** The result of `load.open` or `load.closed`. */
export interface LoadResult {
  /** 'open' (constant arrival rate) or 'closed' (a fixed number of clients). */
  mode: 'open' | 'closed';
  /** Open loop: the requests per second asked for. Closed loop: null. */
  offeredRate: number | null;
  /** Closed loop: the number of clients. Open loop: null. */
  clients: number | null;
  /** Requests per second actually sent: fewer than offered when the generator fell behind or requests were dropped. */
  achievedRate: number;
  /** Successful responses per second, from the start to the last response. */
  throughput: number;
  /** Requests sent. */
  sent: number;
  /** Requests answered with success (anything but a rejection or a `status` of 400 or more). */
  completed: number;
  /** Requests that failed: the promise rejected or the response's `status` was 400 or more. */
  errors: number;
  /** Open loop: requests not sent because `maxInFlight` requests were already waiting. Never silently lost. */
  dropped: number;
  /** Requests still unanswered when the test gave up waiting (`drainMs` after the last send). */
  unfinished: number;
  /** Responses by `status` ("200", "400", "503"), "ok" for answers without one, "rejected" for rejections. */
  statuses: Record<string, number>;
  /**
   * Latency of the successful requests in ms: from the time each request was *meant* to be sent
   * (open loop) or was sent (closed loop) to its answer. Unfinished requests are included at
   * their age when the test ended (a lower bound), so a stuck service shows in the tail.
   */
  latencyMs: LatencySummary;
  /** Open loop: how late the generator itself sent requests (actual − intended send time), in ms. */
  sendLagMs: LatencySummary;
  /** Time-averaged number of requests in flight (L in Little's law, L = λW). */
  meanInFlight: number;
  /** The most requests in flight at once. */
  maxInFlightSeen: number;
  /** From the first send to the last answer, in ms. */
  elapsedMs: number;
  /** Every successful latency, for percentiles, bins and the chart (`show.latency`). */
  histogram: LatencyHistogram;
}

/** The outcome of one `send` call. */
export type Outcome = { ok: true; status: string } | { ok: false; status: string };

/** Classifies what `send` resolved to: a `status` of 400 or more is an error. */
export function outcomeOf(response: unknown): Outcome {
  const status = typeof response === 'object' && response !== null ? (response as { status?: unknown }).status : undefined;
  if (typeof status !== 'number') return { ok: true, status: 'ok' };
  return { ok: status < 400, status: String(status) };
}

/** Accumulates a test's counts; `finish` turns them into a {@link LoadResult}. */
export class LoadRecorder {
  readonly histogram = new LatencyHistogram();
  readonly sendLag = new LatencyHistogram();
  readonly statuses: Record<string, number> = {};
  sent = 0;
  completed = 0;
  errors = 0;
  dropped = 0;
  inFlight = 0;
  maxInFlightSeen = 0;
  firstSend = NaN;
  lastSend = NaN;
  lastAnswer = NaN;
  private area = 0;
  private lastChange = NaN;

  /** Notes a request leaving at `at`. */
  started(at: number): void {
    if (Number.isNaN(this.firstSend)) {
      this.firstSend = at;
      this.lastChange = at;
    }
    this.lastSend = at;
    this.sent++;
    this.changeInFlight(at, +1);
  }

  /** Notes the answer at `at` of a request whose latency is `latency` ms. */
  answered(at: number, latency: number, outcome: Outcome): void {
    this.changeInFlight(at, -1);
    this.lastAnswer = Math.max(Number.isNaN(this.lastAnswer) ? at : this.lastAnswer, at);
    this.statuses[outcome.status] = (this.statuses[outcome.status] ?? 0) + 1;
    if (outcome.ok) {
      this.completed++;
      this.histogram.record(latency);
    } else this.errors++;
  }

  private changeInFlight(at: number, by: number): void {
    this.area += this.inFlight * (at - this.lastChange);
    this.lastChange = at;
    this.inFlight += by;
    this.maxInFlightSeen = Math.max(this.maxInFlightSeen, this.inFlight);
  }

  /** The result, given the ages of the requests still unanswered at `end`. */
  finish(
    end: number,
    unfinishedAges: readonly number[],
    shape: { mode: 'open' | 'closed'; offeredRate: number | null; clients: number | null; sendWindowMs: number },
  ): LoadResult {
    for (const age of unfinishedAges) this.histogram.record(age);
    if (unfinishedAges.length > 0) this.changeInFlight(end, 0);
    const last = unfinishedAges.length > 0 ? end : Number.isNaN(this.lastAnswer) ? end : this.lastAnswer;
    const elapsedMs = Number.isNaN(this.firstSend) ? 0 : last - this.firstSend;
    const seconds = (ms: number) => Math.max(ms, 1e-9) / 1000;
    return {
      mode: shape.mode,
      offeredRate: shape.offeredRate,
      clients: shape.clients,
      achievedRate: this.sent / seconds(shape.sendWindowMs),
      throughput: this.completed / seconds(elapsedMs),
      sent: this.sent,
      completed: this.completed,
      errors: this.errors,
      dropped: this.dropped,
      unfinished: unfinishedAges.length,
      statuses: { ...this.statuses },
      latencyMs: this.histogram.summary(),
      sendLagMs: this.sendLag.summary(),
      meanInFlight: elapsedMs > 0 ? this.area / elapsedMs : 0,
      maxInFlightSeen: this.maxInFlightSeen,
      elapsedMs,
      histogram: this.histogram,
    };
  }
}
