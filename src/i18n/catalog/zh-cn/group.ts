/** 小组进度页的全部文字（简体中文）：键与 ../en/group.ts 一一对应。 */
import type * as en from '../en/group';
import { plural } from '../../plural';

const count = (n: number, form: string) => plural(n, { other: form }, 'zh-cn');
const percent = (part: number, of: number) => `${of === 0 ? 0 : Math.round((100 * part) / of)}%`;

export const groupFileMessages: typeof en.groupFileMessages = {
  tooLarge: (fileName, megabytes, limit) =>
    `${fileName}：文件过大，不可能是进度文件（${megabytes.toFixed(1)} MB；上限为 ${limit} MB）。没有读取它。`,
  unreadable: (fileName, reason) => `${fileName}：浏览器无法读取此文件（${reason}）。`,
  notJson: (fileName, reason) => `${fileName}：不是 runfirst 进度文件：它不是有效的 JSON（${reason}）。请索要用“导出进度”保存的文件。`,
  foreign: (fileName) => `${fileName}：不是 runfirst 进度文件（缺少 "runfirst-progress" 标记）。请索要用“导出进度”保存的文件。`,
  newer: (fileName, version) => `${fileName}：由更新版本的 runfirst 写入（进度格式 ${version}）。请在新版网站的小组进度页上读取它。`,
  damaged: (fileName, where, problem) => `${fileName}：进度文件已损坏：${where}：${problem}。`,
  sameExport: (fileName, shownFile) => `${fileName}：与 ${shownFile} 是同一次导出，只计一次。`,
  olderExport: (fileName, learner, shownFile) => `${fileName}：${learner} 较早的一次导出；显示的是较新的 ${shownFile}。`,
};

const statusLabel = { 'not-started': '未开始', attempted: '已尝试', passed: '已通过' };

export const groupUi: typeof en.groupUi = {
  title: '小组进度',
  filesLabel: '进度文件',
  dropZone: '把导出的进度文件拖放到这里，或选择文件。',
  clear: '清空看板',
  downloadCsv: '下载 CSV',
  problemsTitle: '未显示的文件',
  learnersCaption: '各学习者的进度',
  learnersRegion: '各学习者的进度（可横向滚动）',
  exercisesCaption: '各练习的通过率',
  exercisesRegion: '各练习的通过率（可横向滚动）',
  hardestTitle: '本小组觉得最难的练习',
  learnerColumn: '学习者',
  passedColumn: '已通过',
  passRateRow: '通过率',
  exerciseColumns: ['练习', '通过', '尝试', '通过率', '用过的提示', '检查次数'],
  empty: '还没有文件。请每位学习者在“学习进度”页导出进度，并把文件发给你。',
  unnamed: (fileName) => `未命名（${fileName}）`,
  notInCourse: (id) => `${id}（不在本课程中）`,
  statusLabel,
  cell: (status, checks, hints, solutionViewed) =>
    [
      statusLabel[status],
      ...(checks > 0 ? [count(checks, '检查 # 次')] : []),
      ...(hints > 0 ? [count(hints, '# 条提示')] : []),
      ...(solutionViewed ? ['看过答案'] : []),
    ].join(' · '),
  learnerPassed: (passed, total) => `${passed} / ${total}`,
  rate: (passed, learners) => `${count(learners, '# 人')}中 ${passed} 人（${percent(passed, learners)}）`,
  percent,
  hardest: (title, passed, tried, hints, checks) =>
    `${title}：尝试过的 ${count(tried, '# 人')}中有 ${passed} 人通过；共用了 ${count(hints, '# 条提示')}，检查了 ${count(checks, '# 次')}。`,
  noneTried: '这些文件中还没有人尝试过练习。',
  summary: (learners, files, notShown) =>
    `显示 ${count(files, '# 个文件')}中的 ${count(learners, '# 位学习者')}` +
    (notShown > 0 ? `；${count(notShown, '# 个文件')}未显示（见下文）。` : '。'),
  otherCourseVersions: (versions, own) => `部分文件导出自课程的其他版本（${versions.join('、')}）；本站为 ${own}，因此其中的练习可能不同。`,
  csvFileName: (now) => `runfirst-group-progress-${now.toISOString().slice(0, 10)}.csv`,
  csvDone: (fileName) => `表格已保存为 ${fileName}。`,
  csvColumns: ['学习者', '文件', '课程版本', '导出时间', '已通过的练习'],
  csvExerciseColumns: (id) => [`${id}：状态`, `${id}：检查次数`, `${id}：提示数`],
};

export const groupPage: typeof en.groupPage = {
  description: '根据学习小组导出的进度文件比较大家的进度，文件只在你的浏览器中读取。',
  lede: {
    before: '每位学习者在',
    link: '学习进度',
    after:
      '页导出进度并把文件发给你。把这些文件添加到这里，就能看到谁通过了哪道练习、每道练习的通过率，以及小组觉得哪些练习最难。文件只在本浏览器中读取，不会上传。',
  },
  filesTitle: '文件',
  limit: (megabytes) => `超过 ${megabytes} MB 的文件不会被读取。`,
};
