/**
 * The group board drawn into the page (page thread). Every string from a file — a learner's
 * name, a file name, an exercise id — goes in through `textContent`, never as HTML.
 */
import { passedCount, progressOf, type Board } from './group-board';
import type { NotShown } from './group-files';
import { groupUi } from './group-messages';

/** The elements the board fills (found once by `group-page.ts`). */
export interface BoardElements {
  summary: HTMLElement;
  problems: HTMLElement;
  problemList: HTMLUListElement;
  results: HTMLElement;
  versions: HTMLElement;
  learnersTable: HTMLTableElement;
  exercisesTable: HTMLTableElement;
  hardest: HTMLElement;
  downloadCsv: HTMLButtonElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  scope?: 'col' | 'row',
): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (scope) made.setAttribute('scope', scope);
  return made;
}

function row(doc: Document, cells: readonly Node[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  tr.append(...cells);
  return tr;
}

/** The column heading of an exercise: a link to it when it is in this course. */
function exerciseHeading(doc: Document, base: string, column: Board['columns'][number], scope: 'col' | 'row'): HTMLTableCellElement {
  const th = element(doc, 'th', undefined, scope);
  if (!column.inCourse) {
    th.textContent = column.title;
    return th;
  }
  const link = element(doc, 'a', column.title);
  link.href = `${base}/exercises/${encodeURIComponent(column.id)}/`;
  th.append(link);
  return th;
}

function fillLearners(doc: Document, base: string, board: Board, table: HTMLTableElement): void {
  const head = element(doc, 'thead');
  head.append(
    row(doc, [
      element(doc, 'th', groupUi.learnerColumn, 'col'),
      ...board.columns.map((column) => exerciseHeading(doc, base, column, 'col')),
      element(doc, 'th', groupUi.passedColumn, 'col'),
    ]),
  );
  const body = element(doc, 'tbody');
  const inCourse = board.columns.filter((column) => column.inCourse).length;
  for (const learner of board.learners) {
    const cells = board.columns.map((column) => {
      const p = progressOf(learner, column.id);
      const td = element(doc, 'td', groupUi.cell(p.status, p.attempts, p.hintsUsed, p.solutionViewed));
      td.dataset['status'] = p.status;
      return td;
    });
    body.append(
      row(doc, [
        element(doc, 'th', learner.name, 'row'),
        ...cells,
        element(doc, 'td', groupUi.learnerPassed(passedCount(board, learner), inCourse)),
      ]),
    );
  }
  const foot = element(doc, 'tfoot');
  foot.append(
    row(doc, [
      element(doc, 'th', groupUi.passRateRow, 'row'),
      ...board.summaries.map((summary) => element(doc, 'td', groupUi.rate(summary.passed, summary.learners))),
      element(doc, 'td'),
    ]),
  );
  table.replaceChildren(head, body, foot);
}

function fillExercises(doc: Document, base: string, board: Board, table: HTMLTableElement): void {
  const head = element(doc, 'thead');
  head.append(
    row(
      doc,
      groupUi.exerciseColumns.map((name) => element(doc, 'th', name, 'col')),
    ),
  );
  const body = element(doc, 'tbody');
  for (const summary of board.summaries) {
    body.append(
      row(doc, [
        exerciseHeading(doc, base, summary.column, 'row'),
        element(doc, 'td', String(summary.passed)),
        element(doc, 'td', String(summary.tried)),
        element(doc, 'td', groupUi.percent(summary.passed, summary.learners)),
        element(doc, 'td', String(summary.hints)),
        element(doc, 'td', String(summary.checks)),
      ]),
    );
  }
  table.replaceChildren(head, body);
}

function fillHardest(doc: Document, board: Board, target: HTMLElement): void {
  if (board.hardest.length === 0) {
    target.replaceChildren(element(doc, 'p', groupUi.noneTried));
    return;
  }
  const list = element(doc, 'ol');
  for (const s of board.hardest) list.append(element(doc, 'li', groupUi.hardest(s.column.title, s.passed, s.tried, s.hints, s.checks)));
  target.replaceChildren(list);
}

/** Shows `board` and the files not shown; `files` is how many files were given in all. */
export function renderBoard(
  doc: Document,
  els: BoardElements,
  view: { board: Board; notShown: readonly NotShown[]; files: number; base: string; ownVersion: string },
): void {
  const { board, notShown, files, base, ownVersion } = view;
  els.summary.textContent = files === 0 ? groupUi.empty : groupUi.summary(board.learners.length, files, notShown.length);
  els.problemList.replaceChildren(...notShown.map((problem) => element(doc, 'li', problem.message)));
  els.problems.hidden = notShown.length === 0;
  const any = board.learners.length > 0;
  els.results.hidden = !any;
  els.downloadCsv.disabled = !any;
  if (!any) return;
  els.versions.textContent = board.otherVersions.length > 0 ? groupUi.otherCourseVersions(board.otherVersions, ownVersion) : '';
  els.versions.hidden = board.otherVersions.length === 0;
  fillLearners(doc, base, board, els.learnersTable);
  fillExercises(doc, base, board, els.exercisesTable);
  fillHardest(doc, board, els.hardest);
}
