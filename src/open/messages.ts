/** What the Open a lesson page says, in one place. */

/** The largest lesson file or fetched text the page reads, in kilobytes. */
export const OPEN_LESSON_LIMIT_KB = 512;

export const openMessages = {
  title: 'Open a lesson',
  dropZone: 'Drop a lesson .md file anywhere on this page, or choose one.',
  fileLabel: 'Lesson file (.md)',
  urlLabel: 'Lesson URL',
  openUrl: 'Open URL',
  limit: () => `Files and fetched lessons over ${OPEN_LESSON_LIMIT_KB} KB are not read.`,
  problemsTitle: 'Problems in this lesson',
  problemsIntro: (count: number) =>
    `${count === 1 ? 'One problem' : `${count} problems`}, as \`npm run check\` words them (file:line: what is wrong and how to fix it). Fix the file and open it again.`,
  banner: (from: string) =>
    `This lesson is not part of this site's course: it was opened from ${from}. Read its code before you run it; your edits are saved in this browser.`,
  reading: (name: string) => `Reading ${name}…`,
  fetching: (url: string) => `Fetching ${url}…`,
  opened: (name: string) => `Opened ${name}.`,
  notOpened: (name: string, count: number) => `${name} has ${count === 1 ? 'a problem' : `${count} problems`}; see below.`,
  tooLarge: (name: string) => `${name} is larger than ${OPEN_LESSON_LIMIT_KB} KB, so it is not read. A lesson file is a few dozen KB.`,
  notMarkdown: (name: string) => `${name} is not a markdown file. Choose a lesson's .md file.`,
  badUrl: (url: string) => `"${url}" is not a web address. Paste an http(s) link to a lesson's .md file, e.g. a raw file in a repository.`,
  fetchFailed: (url: string, reason: string) =>
    `Could not fetch ${url}: ${reason}. Check the address; the server must let other sites read the file (raw.githubusercontent.com does).`,
  fetchStatus: (status: number, statusText: string) => `the server answered ${status}${statusText ? ` ${statusText}` : ''}`,
  fetchNetwork: () => 'no answer, or the server does not allow other sites to read it',
} as const;
