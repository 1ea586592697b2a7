/** 评分（检查练习）时学习者看到的全部文字（简体中文）：键与 ../en/grader.ts 一一对应。 */
import type * as en from '../en/grader';
import type { ForbiddenUse } from '../en/grader';
import { spaced, spacedBefore } from '../cjk-spacing';
import { checkMessages } from './check';
import { expectMessages, testMessages } from './expect';

export const gradeMessages: typeof en.gradeMessages = {
  ...expectMessages,
  testTimedOut: testMessages.testTimedOut,
  summary: testMessages.summary,
  leakedTensors: (name, count) =>
    `${name}() 每次调用都会遗留 ${count} 个张量。把计算包在 tf.tidy(() => …) 里，或对不再需要的张量调用 dispose()。`,
  missingName: (name) =>
    `你的代码没有定义 \`${name}\`。请保留初始代码中的名字，并在顶层声明它（function ${name}(…) 或 const ${name} = …）。`,
  notAFunction: (name, got) => `\`${name}\` 应当是一个函数，但它是${spaced(got)}。`,
  threw: (where, error) =>
    `${spacedBefore(where)}${error.line == null ? '' : `在第 ${error.line} 行`}抛出了 ${error.name}：${error.message}`,
  loadTimedOut: (seconds) =>
    `你的代码没有在 ${seconds} 秒内运行完，因此没有任何测试能够运行。检查是否有永不结束的循环（条件永远不会变为 false 的 while）。`,
  learnerStopped: () => '你的代码关闭了运行它的 worker（例如调用了 close()），因此测试无法完成。',
  unsupportedValue: (what) => `${spacedBefore(what)}无法发送给评分器。请返回张量、数字、字符串、布尔值、数组、普通对象或 tf.LayersModel。`,
  realmDidNotStart: (seconds) => `运行你代码的 worker 没有在 ${seconds} 秒内启动（页面可能正忙）。请再按一次“检查”。`,
  gradingTimedOut: checkMessages.gradingTimedOut,
  graderCrashed: checkMessages.graderCrashed,
  notAModel: (what, got) => `${spacedBefore(what)}应当是 tf.LayersModel（例如由 tf.sequential() 创建），但它是${spaced(got)}。`,
};

export const ownTestMessages: typeof en.ownTestMessages = {
  noTests: () => '你的代码没有定义任何测试，因此什么也没有检查。请至少写一个：test("它检查什么", () => { … expect.shape(…) … })。',
  checksNothing: (name) =>
    `你的测试“${name}”没有调用任何 expect.*，所以无论代码做什么它都会通过，捕捉不到任何错误。请用 expect.shape、expect.allClose、expect.equal 或 expect.that 检查结果。`,
  failsOnCorrect: (name, message) => `你的测试“${name}”在正确的实现上也不通过，所以它同样会拒绝好的代码。它给出的信息是：${message}`,
  bugNotCaught: (bug, total) =>
    `${total === 1 ? '你的测试没有捕捉到' : `你的 ${total} 个测试都没有捕捉到`}预置的错误“${bug}”：有这个错误时，所有测试仍然通过。想一想这个错误改变了什么（形状、数值还是数据类型），然后正好检查那一点。`,
  implementationBroken: (reason) => `无法加载练习中隐藏的实现（${reason}）。这是练习的问题，不是你的测试的问题；请报告它。`,
};

export const gradeLabels: typeof en.gradeLabels = {
  yourCode: '你的代码',
  yourFunction: (name) => `你的 ${name}()`,
  whatItReturned: (name) => `${name}() 的返回值`,
  whatYourFunctionReturned: '你的函数的返回值',
  theModel: '这个模型',
  showInExercise: (call) => `（${call} — 图表只在课程中显示，练习中不显示）`,
  codeIsTests: () => '调用 learner.codeIsTests() 之后，learner.call、get、noLeakedTensors 和 watchTraining 都不可用',
  forbidsArguments: () => 'source.forbids(names, why) 需要一个名字数组和一条说明',
  loopStatements: {
    ForStatement: 'for 循环',
    ForInStatement: 'for…in 循环',
    ForOfStatement: 'for…of 循环',
    WhileStatement: 'while 循环',
    DoWhileStatement: 'do…while 循环',
  },
};

export const testErrorMessages: typeof en.testErrorMessages = {
  testError: (error) => `测试因 ${error.name} 而中止：${error.message}。检查你的代码是否返回了题目要求的东西（类型和形状都要对）。`,
  badTestFile: (reason) => `无法读取练习的测试（${reason}）。这是练习的问题；请报告它。`,
};

const listLines = (lines: readonly number[]) => `第 ${lines.join('、')} 行`;

const describeUse = (use: ForbiddenUse, forbidden: readonly string[]) => {
  const name = use.name.startsWith('.') ? `${use.name}(…)` : use.name;
  switch (use.form) {
    case 'alias':
      return `${name}（用的是别名 \`${use.alias}\`）`;
    case 'method':
      return `${name}（写成张量方法 ${use.name.replace(/^tf\./, '')}()，它是同一个运算）`;
    case 'computed':
      return `用计算出的名字写成的 ${name}[…]，这样看不出它是否是 ${forbidden.join('、')} 之一`;
    default:
      return name;
  }
};

export const sourceMessages: typeof en.sourceMessages = {
  forbidden: (use, forbidden, lineText, why, lines, others) => {
    const notes = [
      ...(lines.length > 1 ? [`它一共用了 ${lines.length} 次，在${listLines(lines)}。`] : []),
      ...(others.length > 0 ? [`这里同样不允许：${others.map((o) => `${o.name}（第 ${o.line} 行）`).join('、')}。`] : []),
    ];
    return `你的代码在第 ${use.line} 行用了 ${describeUse(use, forbidden)}：\`${lineText}\`。${why}${notes.length ? `（${notes.join('')}）` : ''}`;
  },
  loop: (name, loop, lineText, why) =>
    `你的 ${name}() 在第 ${loop.line} 行${loop.inFunction === name ? '' : `（在它调用的 ${loop.inFunction}() 中）`}使用了 ${loop.kind}：\`${lineText}\`。${why}`,
  whyNoLoops: () =>
    '请用整张量运算来写（sub、exp、沿某个轴 sum……），它们一次作用于所有行和所有元素：不要对它们写循环，无论是 JavaScript 循环还是张量上的循环。',
  whyNoAutodiff: () => '请手工推导梯度，再用张量运算把它算出来：目的就是看清 tf.grad 替你做了什么。',
  whyNoOptimizer: () => '请自己走这一步：参数 = 参数 − 学习率 × 梯度，用普通数字或张量都可以。',
};
