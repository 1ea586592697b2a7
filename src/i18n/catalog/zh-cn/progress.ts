/** 学习进度的全部消息（简体中文）：键与 ../en/progress.ts 一一对应。 */
import type * as en from '../en/progress';
import { plural } from '../../plural';

const cells = (count: number) => plural(count, { other: '# 个已保存的代码单元格' }, 'zh-cn');
const exercises = (count: number) => plural(count, { other: '# 道练习' }, 'zh-cn');

export const progressMessages: typeof en.progressMessages = {
  corruptKeptAside: (backupKey) =>
    `无法读取你保存的学习进度（数据已损坏），因此本页从头开始。没有删除任何内容：旧数据保存在浏览器存储的“${backupKey}”下。`,
  newerKeptAside: (version, backupKey) =>
    `你保存的学习进度由更新版本的 runfirst 写入（格式 ${version}），因此本页从头开始。较新的数据保存在浏览器存储的“${backupKey}”下；请打开新版网站使用它。`,
  storageUnavailable: () => '你的浏览器不允许本站保存进度（存储已被禁用或已满）。所有功能照常可用，但离开后你的代码和进度不会保留。',
  dismiss: () => '关闭',
  importNotJson: (reason) => `该文件不是 runfirst 进度文件：它不是有效的 JSON（${reason}）。未做任何更改。请选择用“导出进度”保存的文件。`,
  importForeign: () => '该文件不是 runfirst 进度文件（缺少 "runfirst-progress" 标记）。未做任何更改。请选择用“导出进度”保存的文件。',
  importNewer: (version) => `该进度文件由更新版本的 runfirst 写入（格式 ${version}）。未做任何更改。请在新版网站上导入。`,
  importInvalid: (where, problem) => `该进度文件已损坏：${where}：${problem}。未做任何更改。`,
  importDone: (mode, cellCount, exerciseCount) =>
    mode === 'merge'
      ? `进度已合并：文件中的 ${cells(cellCount)}和 ${exercises(exerciseCount)}已与你的进度合并。`
      : `进度已替换：你现在拥有文件中的 ${cells(cellCount)}和 ${exercises(exerciseCount)}。`,
  importNoFile: () => '请先选择一个进度文件（用“导出进度”保存的文件）。',
  exportDone: (fileName) => `你的进度已保存为 ${fileName}。`,
};

export const progressUi: typeof en.progressUi = {
  completion: (passed, total) => `${plural(total, { other: '# 道练习' }, 'zh-cn')}中已通过 ${passed} 道`,
  statusLabel: { 'not-started': '未开始', attempted: '已尝试', passed: '已通过' },
  hintsUsed: (hints) => plural(hints, { other: '已用 # 条提示' }, 'zh-cn'),
  nothingYet: '还没有进度：完成一道练习或编辑一个代码单元格，它就会出现在这里。',
};

export const learnerNameUi: typeof en.learnerNameUi = {
  label: '你的名字（可选）',
  hint: '保存在本浏览器中，并写入你导出的文件，方便学习小组知道这是谁的进度。',
};

export const progressPage: typeof en.progressPage = {
  title: '学习进度',
  lede: '你的代码和进度只保存在本浏览器中。把它们导出为文件，可以留作备份，或在另一个浏览器中导入该文件继续学习。',
  exercisesTitle: '练习',
  transferTitle: '导出与导入',
  exportButton: '导出进度',
  importFileLabel: '要导入的进度文件',
  importModeLegend: '导入时',
  mergeMode: '与我的进度合并',
  replaceMode: '替换我的进度',
  importButton: '导入进度',
};
