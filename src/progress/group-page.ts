/**
 * The Group progress page (page thread): files chosen in the file input or dropped anywhere on
 * the page are read here, in the browser — nothing is uploaded — and added to the board;
 * Download CSV saves the table. The course's exercises and version come from the page markup,
 * written at build time.
 */
import { readGroupFiles, GROUP_FILE_LIMIT_BYTES, type GivenFile } from './group-files';
import { buildBoard } from './group-board';
import { boardCsv } from './group-csv';
import { renderBoard, type BoardElements } from './group-render';
import { groupUi } from './group-messages';
import { arrayOf, parse, strictObject, string } from './shape';

/** What the page's `[data-group-board]` element carries (see `group.astro`). */
const courseShape = arrayOf(strictObject({ id: string(), title: string() }));

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`group page: missing ${selector}`);
  return found;
}

/** A browser file as the board reads it: refused unread when too large. */
export async function givenFile(file: File): Promise<GivenFile> {
  const about = { fileName: file.name, size: file.size };
  if (file.size > GROUP_FILE_LIMIT_BYTES) return { ...about, tooLarge: true };
  try {
    return { ...about, text: await file.text() };
  } catch (error) {
    return { ...about, unreadable: error instanceof Error ? error.message : String(error) };
  }
}

/** Binds the group page's controls. */
export function bindGroupPage(doc: Document = document): void {
  const root = required<HTMLElement>(doc, '[data-group-board]');
  const course = parse(courseShape, JSON.parse(root.dataset['course'] ?? '[]'));
  const ownVersion = root.dataset['courseVersion'] ?? '';
  const base = root.dataset['base'] ?? '';
  const els: BoardElements = {
    summary: required(root, '#group-summary'),
    problems: required(root, '#group-problems'),
    problemList: required(root, '#group-problem-list'),
    results: required(root, '#group-results'),
    versions: required(root, '#group-versions'),
    learnersTable: required(root, '#group-learners'),
    exercisesTable: required(root, '#group-exercises'),
    hardest: required(root, '#group-hardest'),
    downloadCsv: required(root, '#group-csv'),
  };
  const input = required<HTMLInputElement>(root, '#group-files');
  const dropZone = required<HTMLElement>(root, '[data-drop-zone]');
  const csvMessage = required<HTMLElement>(root, '#group-csv-message');

  let given: GivenFile[] = [];
  let board = buildBoard(course, [], ownVersion);
  const show = () => {
    const { learners, notShown } = readGroupFiles(given, Date.now());
    board = buildBoard(course, learners, ownVersion);
    renderBoard(doc, els, { board, notShown, files: given.length, base, ownVersion });
    csvMessage.textContent = '';
  };
  // Files are read one after another, so a batch lands in the order given even if another batch arrives meanwhile.
  let reading = Promise.resolve();
  const add = (files: Iterable<File>) => {
    const batch = [...files];
    if (batch.length === 0) return;
    reading = reading.then(async () => {
      for (const file of batch) given.push(await givenFile(file));
      show();
    });
  };

  input.addEventListener('change', () => {
    add(input.files ?? []);
    input.value = ''; // choosing the same file again is seen (and counted once)
  });
  // A file dropped anywhere on the page joins the board instead of the browser opening it.
  const win = doc.defaultView;
  win?.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.dataset['dragging'] = 'true';
  });
  win?.addEventListener('dragleave', () => delete dropZone.dataset['dragging']);
  win?.addEventListener('drop', (event) => {
    event.preventDefault();
    delete dropZone.dataset['dragging'];
    add(event.dataTransfer?.files ?? []);
  });

  required<HTMLButtonElement>(root, '#group-clear').addEventListener('click', () => {
    given = [];
    show();
  });
  els.downloadCsv.addEventListener('click', () => {
    const now = new Date();
    const link = doc.createElement('a');
    link.href = URL.createObjectURL(new Blob([boardCsv(board)], { type: 'text/csv;charset=utf-8' }));
    link.download = groupUi.csvFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    csvMessage.textContent = groupUi.csvDone(link.download);
  });
  // Ready: the page's markup leaves these disabled until now, so no file chosen before is lost.
  input.disabled = false;
  required<HTMLButtonElement>(root, '#group-clear').disabled = false;
  show();
}
