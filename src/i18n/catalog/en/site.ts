/**
 * The site's own words: the layout (header, menu, Lessons navigation, footer, language switch),
 * the kernel bar's controls, and the pages that are not an area of their own
 * (course map, lesson, exercises, search, scratchpad, speed check, 404). Accessible names here
 * are part of the UI contract (DESIGN.md "Accessible names"): e2e specs find controls by them.
 */
import { plural } from '../../plural';

/** "45 min" or "1 h 30 min". */
const minutes = (total: number) => {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};

export const layoutUi = {
  /** The `<meta name="description">` of a page that gives none. */
  description: 'Learn deep learning run-first: run the code, then understand it.',
  /** The `<title>` of a page: its title, then the site's name. */
  pageTitle: (title: string) => `${title} · runfirst`,
  skipLink: 'Skip to content',
  menu: 'Menu',
  search: 'Search',
  exercises: 'Exercises',
  scratchpad: 'Scratchpad',
  progress: 'Your progress',
  group: 'Group progress',
  speed: 'Speed check',
  open: 'Open a lesson',
  guide: 'Authoring guide',
  /** The Lessons navigation's name and heading. */
  lessons: 'Lessons',
  footer: 'runfirst — run the code first, understand it second. Everything is served by this site.',
  /** The name of the navigation that holds the language switch. */
  languages: 'Language',
  /** The switch's words, in the language it leads to (so a reader finds their own). */
  switchTo: 'English',
};

export const themeUi = {
  darkMode: 'Dark mode',
};

export const kernelBarUi = {
  region: 'Kernel',
  restart: 'Restart',
  backend: 'Backend',
  timeLimit: 'Time limit (s)',
};

export const courseUi = {
  minutes,
  /** A course section's name, by the English name lessons give in their frontmatter. */
  sections: {
    Foundations: 'Foundations',
    'Choosing a model': 'Choosing a model',
    Evidence: 'Evidence',
    'Data and transfer': 'Data and transfer',
    Engineering: 'Engineering',
  } as Record<string, string>,
  /** A math track's name, by its id (src/content/topics.ts holds the same English names). */
  mathTopics: {
    'linear-algebra': 'Linear algebra',
    'information-theory': 'Information theory',
    'convex-optimization': 'Convex optimization',
    'numerical-analysis': 'Numerical analysis',
  } as Record<string, string>,
};

export const homeUi = {
  title: 'Deep learning, run first',
  lede: 'Every lesson opens with TensorFlow.js code you run right here in your browser — no install. Then it explains what happened, then the math behind it, then exercises graded in your browser.',
  courseMap: 'Course map',
  progressLink: 'Your progress',
  progressAfter: ': export it to a file or import it in another browser.',
  lessonLength: (total: number) => `About ${minutes(total)}`,
  exerciseCount: (count: number) => plural(count, { one: ' · # exercise', other: ' · # exercises' }, 'en'),
};

export const lessonUi = {
  eyebrow: (section: string, order: number, total: number) => `${section} · Lesson ${order} · about ${minutes(total)}`,
  about: 'About this lesson',
  objectives: 'You will be able to',
  before: 'Before this:',
  listSeparator: ', ',
  math: (topics: string[]) => `Math in this lesson: ${topics.join(', ')}`,
  practice: 'Practice',
  pager: 'Previous and next lesson',
  /** The pager's links: these words around the other lesson's title. */
  previousBefore: '← Previous: ',
  nextBefore: 'Next: ',
  nextAfter: ' →',
};

/** The notice over a page shown in English on another language's address. */
export const fallbackUi = {
  lesson: 'This lesson is not translated yet; it is shown in English.',
  exercise: 'This exercise is not translated yet; its prompt is shown in English.',
  guide: 'The authoring guide is not translated; it is shown in English.',
};

export const exercisesUi = {
  title: 'Exercises',
  lede: 'Practice for each lesson, graded in your browser by hidden tests.',
  none: 'No exercises yet.',
  difficulty: (difficulty: string) => `(${difficulty})`,
  eyebrow: (difficulty: string) => `Exercise · ${difficulty}`,
  practiceFor: ' · practice for ',
};

export const searchUi = {
  title: 'Search',
  heading: 'Search the lessons',
  label: 'Search lessons',
  placeholder: 'e.g. softmax',
  button: 'Search',
  results: 'Search results',
  noScript: 'Search needs JavaScript. Use the lesson list instead.',
  searching: 'Searching…',
  unavailable: 'Search is not available: the search index was not built. Run `npm run build` to create it.',
  noMatch: (query: string) => `No lessons match “${query}”.`,
  found: (count: number, query: string) => `${plural(count, { one: '# result', other: '# results' }, 'en')} for “${query}”.`,
};

export const scratchUi = {
  title: 'Scratchpad',
  description: 'Empty code cells to try TensorFlow.js in your browser.',
  lede: "Try anything here. The cells share one kernel, like a lesson's; your code is saved in this browser.",
  /** The first line of the first and second cells (a code comment). */
  firstCellComment: '// Write TensorFlow.js here, then press Run (or Ctrl+Enter in the editor).',
  secondCellComment: '// Names from the cell above are visible here.',
};

export const speedUi = {
  title: 'Speed check',
  description: 'How fast each TensorFlow.js backend is in your browser: matrix multiply and training speed.',
  heading: 'Speed check: how fast each backend is in your browser',
  lede: 'TensorFlow.js can compute on the CPU in plain JavaScript, in WebAssembly (WASM), or on a graphics card through WebGL or WebGPU. Which is fastest depends on your machine. Measure it here.',
  backends: 'Backends',
  all: 'All',
  measureMatmul: 'Measure matrix multiply',
  measureTraining: 'Measure training',
  matmulCaption: 'Matrix multiply: billions of floating-point operations per second (GFLOP/s), median of several runs',
  trainingCaption: (hiddenUnits: number, epochs: number, batchSize: number) =>
    `Training lesson 1's network (64 → ${hiddenUnits} → 10) on the digits: ${epochs} epochs, batches of ${batchSize}, no charts`,
  backend: 'Backend',
  samplesPerSecond: 'Samples per second',
  seconds: 'Seconds',
  finalLoss: 'Final loss',
  notes:
    "A matrix multiply of two n×n matrices takes 2n³ operations. Each backend runs in its own worker after a warm-up, so shader compilation and loading are not counted. When the page can use threads (it is cross-origin isolated), WASM is measured on every core of your machine and held to one thread, to show what the extra threads add (or cost: a small network's many small steps can run faster on one thread). Lessons run WASM on every core but one, leaving a core to the page that draws their charts; the row marked “what lessons use” is that setting (on a machine with more than two cores it gets a row of its own). Lessons choose the fastest backend automatically; the Backend menu above a lesson's cells lets you switch.",
};

export const notFoundUi = {
  title: 'Page not found',
  body: 'There is no page at this address. It may have moved, or the link may have a typo.',
  home: 'Go to the course map',
  or: ' or ',
  search: 'search the lessons',
  end: '.',
};
