// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderBoard, type BoardElements } from '../../src/progress/group-render';
import { buildBoard } from '../../src/progress/group-board';
import { readGroupFiles } from '../../src/progress/group-files';
import { groupUi } from '../../src/progress/group-messages';
import { COURSE, VERSION, exported, given, record } from './group-fixtures';

function elements(): BoardElements {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K) => document.body.appendChild(document.createElement(tag));
  return {
    summary: make('p'),
    problems: make('section'),
    problemList: make('ul'),
    results: make('div'),
    versions: make('p'),
    learnersTable: make('table'),
    exercisesTable: make('table'),
    hardest: make('div'),
    downloadCsv: make('button'),
  };
}

const texts = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent);

function show(files: Parameters<typeof readGroupFiles>[0]) {
  document.body.replaceChildren();
  const els = elements();
  const { learners, notShown } = readGroupFiles(files, 0);
  renderBoard(document, els, {
    board: buildBoard(COURSE, learners, VERSION),
    notShown,
    files: files.length,
    base: '/course',
    ownVersion: VERSION,
  });
  return els;
}

describe('group board: drawn on the page', () => {
  it('draws learner × exercise with a pass-rate row, the per-exercise table and the hardest list', () => {
    const els = show([
      given('ana.json', exported('Ana', { 'fit-a-line': record('passed', 2, 1), 'stable-softmax': record('attempted', 1) })),
      given('ben.json', exported('Ben', { 'fit-a-line': record('attempted', 3, 0, true) })),
      given('bad.json', 'nope'),
    ]);
    expect(els.summary.textContent).toBe('Showing 2 learners from 3 files; 1 file not shown (see below).');
    expect(els.problems.hidden).toBe(false);
    expect(texts(els.problemList.children)).toHaveLength(1);
    expect(els.results.hidden).toBe(false);
    expect(els.downloadCsv.disabled).toBe(false);
    const t = els.learnersTable;
    expect(texts(t.querySelectorAll('thead th'))).toEqual(['Learner', 'Fit a line', 'Stable softmax', 'Nearest neighbours', 'Passed']);
    expect(t.querySelector('thead a')?.getAttribute('href')).toBe('/course/exercises/fit-a-line/');
    expect([...t.querySelectorAll('tbody tr')].map((tr) => texts(tr.children))).toEqual([
      ['Ana', 'Passed · 2 checks · 1 hint', 'Attempted · 1 check', 'Not started', '1 of 3'],
      ['Ben', 'Attempted · 3 checks · solution viewed', 'Not started', 'Not started', '0 of 3'],
    ]);
    expect(texts(t.querySelectorAll('tfoot tr > *'))).toEqual(['Pass rate', '1 of 2 (50%)', '0 of 2 (0%)', '0 of 2 (0%)', '']);
    expect(t.querySelectorAll('th[scope="row"]')).toHaveLength(3);
    expect([...els.exercisesTable.querySelectorAll('tbody tr')].map((tr) => texts(tr.children))).toEqual([
      ['Fit a line', '1', '2', '50%', '1', '5'],
      ['Stable softmax', '0', '1', '0%', '0', '1'],
      ['Nearest neighbours', '0', '0', '0%', '0', '0'],
    ]);
    expect(texts(els.hardest.querySelectorAll('li'))).toEqual([
      'Stable softmax: 0 of 1 who tried it passed; 0 hints and 1 check in all.',
      'Fit a line: 1 of 2 who tried it passed; 1 hint and 5 checks in all.',
    ]);
    expect(els.versions.hidden).toBe(true);
  });

  it('renders names and file names from files as text, never as HTML', () => {
    const els = show([given('<img src=x onerror=alert(1)>.json', exported('<script>alert(1)</script>', {})), given('<i>bad</i>', '{')]);
    const name = els.learnersTable.querySelector('tbody th');
    expect(name?.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelectorAll('script, img, i')).toHaveLength(0);
    expect(els.problemList.textContent).toContain('<i>bad</i>: not a runfirst progress file');
  });

  it('with no files says how to start and offers no CSV; with only bad files lists them and shows no tables', () => {
    expect(show([]).summary.textContent).toBe(groupUi.empty);
    expect(show([]).downloadCsv.disabled).toBe(true);
    const els = show([given('bad.json', '[]')]);
    expect(els.summary.textContent).toBe('Showing 0 learners from 1 file; 1 file not shown (see below).');
    expect(els.results.hidden).toBe(true);
    expect(els.problems.hidden).toBe(false);
  });

  it('says when files come from another course version', () => {
    const els = show([given('a.json', exported('A', {}, { version: '0.0.9+00000000' }))]);
    expect(els.versions.hidden).toBe(false);
    expect(els.versions.textContent).toBe(
      'Some files were exported from another version of the course (0.0.9+00000000); this site is 0.1.0+abcdef12, so their exercises may differ.',
    );
    expect(els.hardest.textContent).toBe('Nobody in these files has tried an exercise yet.');
  });
});
