/** “打开一节课”页面的全部文字（简体中文）：键与 ../en/open.ts 一一对应。 */
import type * as en from '../en/open';
import { plural } from '../../plural';

const problems = (count: number) => plural(count, { other: '# 个问题' }, 'zh-cn');

export const openMessages: typeof en.openMessages = {
  title: '打开一节课',
  description: '在浏览器中试用一个课程文件：它会像课程里的课一样被检查和渲染，其中的代码单元格可以运行。',
  lede: {
    before: '无需构建网站就能试用一节课：在这里打开它的 Markdown 文件，它会按与 ',
    command: 'npm run check',
    middle: ' 相同的规则检查，然后连同代码单元格、数学公式和理论层一起显示。文件只在本浏览器中读取，不会上传。课程文件的格式见',
    guideLink: '编写指南',
    after: '。',
  },
  sourceTitle: '课程文件',
  dropZone: '把一节课的 .md 文件拖放到本页任意位置，或选择一个文件。',
  fileLabel: '课程文件（.md）',
  urlLabel: '课程网址',
  openUrl: '打开网址',
  limit: (kilobytes) => `超过 ${kilobytes} KB 的文件和获取的课程不会被读取。`,
  problemsTitle: '这节课中的问题',
  problemsIntro: (count) => `${problems(count)}，措辞与 \`npm run check\` 相同（文件:行号：哪里有错、如何修正）。修正文件后再打开一次。`,
  banner: (from) => `这节课不属于本站的课程：它打开自 ${from}。运行之前请先阅读它的代码；你的修改会保存在本浏览器中。`,
  reading: (name) => `正在读取 ${name}…`,
  fetching: (url) => `正在获取 ${url}…`,
  opened: (name) => `已打开 ${name}。`,
  notOpened: (name, count) => `${name} 有 ${problems(count)}；见下文。`,
  tooLarge: (name, kilobytes) => `${name} 超过 ${kilobytes} KB，因此不会被读取。一个课程文件通常只有几十 KB。`,
  notMarkdown: (name) => `${name} 不是 Markdown 文件。请选择一节课的 .md 文件。`,
  badUrl: (url) => `“${url}”不是网址。请粘贴一个指向课程 .md 文件的 http(s) 链接，例如代码仓库中的原始（raw）文件。`,
  fetchFailed: (url, reason) =>
    `无法获取 ${url}：${reason}。请检查网址；服务器必须允许其他网站读取该文件（raw.githubusercontent.com 允许）。`,
  fetchStatus: (status, statusText) => `服务器返回了 ${status}${statusText ? ` ${statusText}` : ''}`,
  fetchNetwork: () => '没有响应，或服务器不允许其他网站读取它',
};
