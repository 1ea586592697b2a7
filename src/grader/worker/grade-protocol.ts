/**
 * Messages between the page and its grading worker. The report carries the nonce the page chose
 * for this Check; the page accepts only that, from that worker.
 */
import type { GradeReport, GradeRequest } from './grade-core';
import type { Locale } from '../../i18n/locales';

/** Page → grading worker: grade this submission. */
export interface GradeCommand {
  type: 'grade';
  nonce: string;
  request: GradeRequest;
  /** URL of the learner realm's worker script (built by Vite). */
  learnerWorkerUrl: string;
  /**
   * The page's language (`currentLocale()`; a worker has no document): the worker speaks it, and
   * tells the learner realms it opens, so every message of the report is in the learner's language.
   */
  locale: Locale;
}

/** Grading worker → page: the verdict. */
export interface GradeReportEvent {
  type: 'report';
  nonce: string;
  report: GradeReport;
}
