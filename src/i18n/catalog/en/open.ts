/** What the Open a lesson page says (src/pages/open.astro and src/open/open-page.ts). */
import { plural } from '../../plural';

export const openMessages = {
  title: 'Open a lesson',
  description: 'Try a lesson file in your browser: it is checked and rendered like a course lesson, and its cells run.',
  /** The lede, in parts around `npm run check` (shown as code) and the link to the authoring guide. */
  lede: {
    before: 'Try a lesson without building the site: open its markdown file here and it is checked with the same rules as ',
    command: 'npm run check',
    middle: ', then shown with its code cells, math and theory layers. The file is read in this browser: nothing is uploaded. See ',
    guideLink: 'the authoring guide',
    after: ' for the lesson format.',
  },
  sourceTitle: 'Lesson file',
  dropZone: 'Drop a lesson .md file anywhere on this page, or choose one.',
  fileLabel: 'Lesson file (.md)',
  urlLabel: 'Lesson URL',
  openUrl: 'Open URL',
  limit: (kilobytes: number) => `Files and fetched lessons over ${kilobytes} KB are not read.`,
  problemsTitle: 'Problems in this lesson',
  problemsIntro: (count: number) =>
    `${plural(count, { one: 'One problem', other: '# problems' }, 'en')}, as \`npm run check\` words them (file:line: what is wrong and how to fix it). Fix the file and open it again.`,
  banner: (from: string) =>
    `This lesson is not part of this site's course: it was opened from ${from}. Read its code before you run it; your edits are saved in this browser.`,
  reading: (name: string) => `Reading ${name}…`,
  fetching: (url: string) => `Fetching ${url}…`,
  opened: (name: string) => `Opened ${name}.`,
  notOpened: (name: string, count: number) => `${name} has ${plural(count, { one: 'a problem', other: '# problems' }, 'en')}; see below.`,
  tooLarge: (name: string, kilobytes: number) =>
    `${name} is larger than ${kilobytes} KB, so it is not read. A lesson file is a few dozen KB.`,
  notMarkdown: (name: string) => `${name} is not a markdown file. Choose a lesson's .md file.`,
  badUrl: (url: string) => `"${url}" is not a web address. Paste an http(s) link to a lesson's .md file, e.g. a raw file in a repository.`,
  fetchFailed: (url: string, reason: string) =>
    `Could not fetch ${url}: ${reason}. Check the address; the server must let other sites read the file (raw.githubusercontent.com does).`,
  fetchStatus: (status: number, statusText: string) => `the server answered ${status}${statusText ? ` ${statusText}` : ''}`,
  fetchNetwork: () => 'no answer, or the server does not allow other sites to read it',
};
