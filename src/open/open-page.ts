/**
 * The Open a lesson page: reads a lesson file (chosen, dropped, or fetched from a URL), checks
 * and renders it with render-lesson.ts (loaded on first use) and hands its cells to the lesson
 * runtime, as on any lesson page. One lesson per page load: opening another keeps it in this
 * tab's session storage and reloads, so the first lesson's kernel does not linger.
 */
import { startLessonRuntime } from '../runtime/page/lesson-runtime';
import { slugify } from '../authoring/slugify';
import { OPEN_LESSON_LIMIT_KB, openMessages } from './messages';
import type { CourseIds } from './render-lesson';

const STORED = 'runfirst-open-lesson';
const LIMIT_BYTES = OPEN_LESSON_LIMIT_KB * 1024;

interface Opened {
  name: string;
  from: string;
  source: string;
}

function required<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The Open a lesson page has no ${selector}.`);
  return element;
}

/** Binds the page whose root holds `data-open-lesson`. */
export function bindOpenPage(doc: Document = document): void {
  const root = required<HTMLElement>(doc, '[data-open-lesson]');
  const course = JSON.parse(root.dataset['course'] ?? '{"lessonIds":[],"exerciseIds":[]}') as CourseIds;
  const input = required<HTMLInputElement>(root, '#open-file');
  const dropZone = required<HTMLElement>(root, '[data-drop-zone]');
  const urlForm = required<HTMLFormElement>(root, '#open-url-form');
  const urlInput = required<HTMLInputElement>(root, '#open-url');
  const message = required<HTMLElement>(root, '#open-message');
  const problems = required<HTMLElement>(doc, '#open-problems');
  const problemsIntro = required<HTMLElement>(doc, '#open-problems-intro');
  const problemList = required<HTMLElement>(doc, '#open-problem-list');
  const result = required<HTMLElement>(doc, '#open-result');
  const article = required<HTMLElement>(result, 'article');
  let started = false;

  const say = (text: string) => {
    message.textContent = text;
  };

  const show = async (opened: Opened) => {
    const { renderLesson } = await import('./render-lesson');
    const { html, lesson, errors } = await renderLesson(opened.name, opened.source, course);
    problemList.replaceChildren(
      ...errors.map((error) => {
        const item = doc.createElement('li');
        const code = doc.createElement('code');
        code.textContent = error.message;
        item.append(code);
        return item;
      }),
    );
    problemsIntro.textContent = openMessages.problemsIntro(errors.length);
    problems.hidden = errors.length === 0;
    if (errors.length > 0 || !lesson) {
      say(openMessages.notOpened(opened.name, errors.length));
      return;
    }
    required(result, '[data-open-banner]').textContent = openMessages.banner(opened.from);
    required(article, '[data-open-title]').textContent = lesson.title;
    required(article, '[data-open-summary]').textContent = lesson.summary;
    // The HTML is render-lesson.ts's: built from the file's markdown with nothing of it kept as raw HTML (rehype-safe.ts).
    required(article, '[data-open-body]').innerHTML = html;
    article.dataset['timeLimit'] = String(lesson.timeLimit);
    article.dataset['lessonId'] = `opened-${slugify(opened.name.replace(/\.(md|markdown)$/i, '')) || 'lesson'}`;
    result.hidden = false;
    started = true;
    startLessonRuntime(doc);
    say(openMessages.opened(opened.name));
  };

  const open = (opened: Opened) => {
    try {
      sessionStorage.setItem(STORED, JSON.stringify(opened));
    } catch {
      // Storage full or blocked: the lesson still opens, it just is not kept over a reload.
    }
    if (started) doc.defaultView?.location.reload();
    else void show(opened);
  };

  const readFile = async (file: File) => {
    if (!/\.(md|markdown)$/i.test(file.name)) return say(openMessages.notMarkdown(file.name));
    if (file.size > LIMIT_BYTES) return say(openMessages.tooLarge(file.name, OPEN_LESSON_LIMIT_KB));
    say(openMessages.reading(file.name));
    open({ name: file.name, from: `the file ${file.name}`, source: await file.text() });
  };

  const fetchUrl = async (address: string) => {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return say(openMessages.badUrl(address));
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return say(openMessages.badUrl(address));
    say(openMessages.fetching(url.href));
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit' });
    } catch {
      return say(openMessages.fetchFailed(url.href, openMessages.fetchNetwork()));
    }
    if (!response.ok) return say(openMessages.fetchFailed(url.href, openMessages.fetchStatus(response.status, response.statusText)));
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'lesson.md');
    if (Number(response.headers.get('content-length') ?? 0) > LIMIT_BYTES) return say(openMessages.tooLarge(name, OPEN_LESSON_LIMIT_KB));
    const source = await response.text();
    if (new Blob([source]).size > LIMIT_BYTES) return say(openMessages.tooLarge(name, OPEN_LESSON_LIMIT_KB));
    open({ name, from: url.href, source });
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void readFile(file);
    input.value = '';
  });
  urlForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void fetchUrl(urlInput.value.trim());
  });
  // A file dropped anywhere on the page opens here instead of the browser showing it.
  const win = doc.defaultView;
  win?.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.dataset['dragging'] = 'true';
  });
  win?.addEventListener('dragleave', () => delete dropZone.dataset['dragging']);
  win?.addEventListener('drop', (event) => {
    event.preventDefault();
    delete dropZone.dataset['dragging'];
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  // Ready: the page's markup leaves these disabled until now, so nothing chosen before is lost.
  input.disabled = false;
  required<HTMLButtonElement>(urlForm, 'button[type="submit"]').disabled = false;

  let stored: Opened | undefined;
  try {
    const text = sessionStorage.getItem(STORED);
    stored = text ? (JSON.parse(text) as Opened) : undefined;
  } catch {
    stored = undefined;
  }
  if (stored && typeof stored.source === 'string' && typeof stored.name === 'string' && typeof stored.from === 'string') void show(stored);
  root.dataset['ready'] = 'true';
}
