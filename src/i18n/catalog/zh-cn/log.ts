/** 实验记录的全部文字（简体中文）：键与 ../en/log.ts 一一对应。 */
import type * as en from '../en/log';
import { plural } from '../../plural';

const NOTHING_CHANGED = '实验记录没有任何改动。';

export const logMessages: typeof en.logMessages = {
  kindString: () => '文本',
  kindNumber: () => '数字',
  kindWholeNumber: () => '整数',
  kindNonFinite: (value: string) => `${value}（不是有限的数字）`,
  kindBoolean: () => 'true 或 false（布尔值）',
  kindNull: () => 'null（空值）',
  kindArray: () => '列表',
  kindObject: () => '对象',
  kindMissing: () => '空（缺少此项）',
  kindOther: (type: string) => `${type} 类型的值`,

  issueAt: (path: string, problem: string, fix: string) => `${path}：${problem}。${fix}`,
  topLevel: () => '（整个值）',
  expected: (expected: string, received: string) => `应为${expected}，收到的是${received}`,
  unknownKeys: (keys: string) => `无法识别的字段 ${keys}`,
  tooLong: (max: number) => `超过 ${max} 个字符`,
  tooMany: (max: number) => `超过 ${max} 项`,
  blank: () => '为空',
  badVersion: (found: string, expected: number) => `格式版本为 ${found}，本站读取的是版本 ${expected}`,
  notALogFile: () => '不是实验记录文件',

  fixRun: () => '给 log.record 传入一个对象：{ name, seed, config, figures, curves }；只有 name 是必需的。',
  fixName: (max: number) => `给这次运行起一个简短的名字（1 到 ${max} 个字符），例如 name: 'baseline'。`,
  fixSeed: () => '把训练时用的种子写成整数，例如 seed: 3，或者不写。',
  fixConfig: (max: number) =>
    `config 保持扁平，最多 ${max} 项设置，每项为文本、数字、true/false 或 null，例如 config: { lr: 0.01, width: 32 }。`,
  fixFigures: (max: number) => `最多记录 ${max} 个指标，每个都是有限的数字，例如 figures: { accuracy: 0.91 }。`,
  fixCurves: (max: number, points: number) =>
    `最多记录 ${max} 条曲线，每条是最多 ${points} 个有限数字的列表，例如 curves: { loss: history.history.loss }。`,
  fixFile: () => '请选择用“将实验记录导出为 JSON”保存且未经改动的文件。',
  fixStored: () => '保存的实验记录已损坏。',

  logFull: (limits) =>
    `实验记录中已有 ${plural(limits.runs, { other: '# 次运行' }, 'zh-cn')}，已达上限。` +
    `请删除不再需要的运行（log.remove('name')），或导出记录后重新开始（log.clear()）。`,
  logTooLarge: (limits) =>
    `加上这次运行，实验记录中的曲线点数会超过 ${limits.totalPoints.toLocaleString('zh-CN')}，已达上限。` +
    `请记录更短的曲线（例如每个 epoch 一个点），或删除不再需要的运行（log.remove('name')）。`,
  importTooLargeLog: (limits) =>
    `加上记录中已有的运行，曲线点数会超过 ${limits.totalPoints.toLocaleString('zh-CN')}。请先删除一些运行。${NOTHING_CHANGED}`,
  compareOptions: () =>
    "log.compare 接受一个对象：{ names: ['baseline', 'wider'], figures: ['accuracy'], curve: 'loss' }；每个字段都可以省略。",
  compareUnknownNames: (names: string) => `log.compare：没有名为 ${names} 的运行。用 log.runs() 查看记录中有哪些运行。`,
  removeName: () => "log.remove 接受要删除的运行的名字，例如 log.remove('baseline')。",

  importTooLarge: (limits) => `这个文件大于 ${Math.round(limits.fileBytes / 1024 / 1024)} MB，超出了实验记录可能的大小。${NOTHING_CHANGED}`,
  importNotJson: () => `这个文件不是 JSON，因此不可能是实验记录。请选择用“将实验记录导出为 JSON”保存的文件。${NOTHING_CHANGED}`,
  importInvalid: (issue: string) => `无法导入这个文件：${issue}${NOTHING_CHANGED}`,
  importTooManyRuns: (limits) => `加上记录中已有的运行，总数会超过 ${limits.runs} 次。请先删除一些运行。${NOTHING_CHANGED}`,
  importDone: (added: number, skipped: number) =>
    `已导入 ${plural(added, { other: '# 次运行' }, 'zh-cn')}` +
    (skipped > 0 ? `；其中 ${plural(skipped, { other: '# 次运行' }, 'zh-cn')}已在记录中。` : '。'),
  importFailed: (reason: string) => `无法导入实验记录：${reason}${NOTHING_CHANGED}`,

  keptAside: (key: string, issue: string) =>
    `本课保存的实验记录无法读取（${issue}），因此已把它另存到本浏览器存储中的“${key}”下，实验记录从空白重新开始。`,
  storageUnavailable: (reason: string) => `本浏览器的存储不可用（${reason}）：实验记录只保留到页面关闭为止。`,

  tableTitle: () => '实验记录',
  columnRun: () => '运行',
  columnSeeds: () => '种子数',
  columnInterval: (figure: string) => `${figure} 的 95 % 区间`,
  noInterval: () => '—',
  chartTitle: (curve: string) => `${curve}（各种子的平均）`,
  chartX: () => '步',
  emptyLog: () => '实验记录是空的：用 log.record({ name, seed, figures, curves }) 记录一次运行。',
  noCurve: (curve: string) => `没有任何运行记录了名为“${curve}”的曲线。`,

  panelTitle: () => '实验记录',
  exportJson: () => '将实验记录导出为 JSON',
  exportCsv: () => '将实验记录导出为 CSV',
  importLog: () => '导入实验记录',
  exportedNote: (runs: number) => `已导出 ${plural(runs, { other: '# 次运行' }, 'zh-cn')}。`,
};
