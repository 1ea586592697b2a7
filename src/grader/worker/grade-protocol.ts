/**
 * Messages between the page and its grading worker. The report carries the nonce the page chose
 * for this Check; the page accepts only that, from that worker.
 */
import type { GradeReport, GradeRequest } from './grade-core';

/** Page → grading worker: grade this submission. */
export interface GradeCommand {
  type: 'grade';
  nonce: string;
  request: GradeRequest;
  /** URL of the learner realm's worker script (built by Vite). */
  learnerWorkerUrl: string;
}

/** Grading worker → page: the verdict. */
export interface GradeReportEvent {
  type: 'report';
  nonce: string;
  report: GradeReport;
}
