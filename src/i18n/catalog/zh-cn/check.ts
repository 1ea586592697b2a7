/** 页面自己关于“检查”的文字（简体中文）：键与 ../en/check.ts 一一对应。 */
import type * as en from '../en/check';
import { testMessages } from './expect';

export const checkMessages: typeof en.checkMessages = {
  summary: testMessages.summary,
  gradingTimedOut: (seconds) => `评分没有在 ${seconds} 秒内完成，已被停止。检查是否有永不结束的循环。`,
  graderCrashed: (reason) => `评分器本身出错了（${reason}）。这是练习的问题，不是你的代码的问题；请报告它。`,
  workerError: 'worker 出错',
};
