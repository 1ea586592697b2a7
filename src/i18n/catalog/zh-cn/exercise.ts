/** 练习面板的全部文字（简体中文）：键与 ../en/exercise.ts 一一对应。按钮名称属于无障碍约定。 */
import type * as en from '../en/exercise';
import { plural } from '../../plural';

export const exerciseUi: typeof en.exerciseUi = {
  // 面板的标题、按钮和区域。
  titlePrefix: '练习：',
  difficulty: { easy: '简单', medium: '中等', hard: '困难' },
  timeLimit: (seconds) => `每个测试最多可用 ${seconds} 秒`,
  codeLabel: (title) => `你的代码：${title}`,
  run: '运行',
  check: '检查',
  hint: '提示',
  showSolution: '查看答案',
  confirmRegion: '确认查看答案',
  resultsLabel: '测试结果',
  outputLabel: '草稿输出',
  hintsLabel: '已显示的提示',
  solutionRegion: '参考答案',

  // 状态行，以及运行或检查的结果。
  notChecked: '尚未检查',
  checking: '正在检查…',
  checkStopped: '检查已停止',
  lastResult: (passed, total) => `${plural(total, { other: '# 个测试' }, 'zh-cn')}中通过了 ${passed} 个`,
  running: '正在运行…',
  runDone: (ms) => `运行完成，用时 ${(ms / 1000).toFixed(1)} 秒`,
  runStopped: '运行已停止',
  runTimedOut: (seconds) => `运行已停止：它没有在 ${seconds} 秒内完成。请检查是否有永不结束的循环。`,
  runError: (name, message, line) => `${name}${line == null ? '' : `（第 ${line} 行）`}：${message}`,
  noOutput: '（没有输出——用 console.log 打印值）',

  // 提示与答案。
  hintHeading: (n, total) => `提示 ${n}/${total}`,
  noMoreHints: '没有更多提示了。需要时可以点“查看答案”。',
  noHints: '这道练习没有提示。',
  solutionLocked: '请至少按一次“检查”，再查看答案。',
  confirmSolution: '现在查看参考答案吗？你的代码保持不变，答案会在旁边打开。',
  confirmYes: '是的，查看答案',
  confirmNo: '继续尝试',
  solutionHeading: '你的代码（左）与参考答案（右）对照',
  diffLabel: '你的代码与参考答案对照',
  yourCode: '你的代码',
  referenceSolution: '参考答案',

  passedBadge: '已通过',
  testPassed: '通过',
  testFailed: '未通过',
  testTimedOut: '超时',
  reset: '重置为初始代码',
  confirmReset: '用初始代码替换你的代码吗？你当前的代码将会丢失。',
  editKeys: '按 Enter 编辑代码，按 Esc 停止编辑。',
  editPrompt: '按 Enter 编辑代码。',
};
