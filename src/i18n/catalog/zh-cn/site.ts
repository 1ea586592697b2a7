/** 网站自身的文字（简体中文）：键与 ../en/site.ts 一一对应。无障碍名称属于界面约定。 */
import type * as en from '../en/site';
import { plural } from '../../plural';

/** “45 分钟”或“1 小时 30 分钟”。 */
const minutes = (total: number) => {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
};

export const layoutUi: typeof en.layoutUi = {
  description: '先运行、后理解的深度学习课程：先跑代码，再弄懂它。',
  pageTitle: (title) => `${title} · runfirst`,
  skipLink: '跳到正文',
  menu: '菜单',
  search: '搜索',
  exercises: '练习',
  scratchpad: '草稿本',
  progress: '我的进度',
  group: '小组进度',
  speed: '速度测试',
  open: '打开课程文件',
  guide: '编写指南',
  lessons: '课程',
  footer: 'runfirst：先运行代码，再理解它。所有内容都由本站提供。',
  languages: '语言',
  switchTo: '中文',
};

export const themeUi: typeof en.themeUi = {
  darkMode: '深色模式',
};

export const kernelBarUi: typeof en.kernelBarUi = {
  region: '内核',
  restart: '重启',
  backend: '后端',
  timeLimit: '时间限制（秒）',
};

export const courseUi: typeof en.courseUi = {
  minutes,
  sections: {
    Foundations: '基础',
    'Choosing a model': '选择模型',
    Evidence: '证据',
    'Data and transfer': '数据与迁移学习',
    Engineering: '工程实践',
  },
  mathTopics: {
    'linear-algebra': '线性代数',
    'information-theory': '信息论',
    'convex-optimization': '凸优化',
    'numerical-analysis': '数值分析',
  },
};

export const homeUi: typeof en.homeUi = {
  title: '深度学习，先运行',
  lede: '每节课都从一段 TensorFlow.js 代码开始，就在你的浏览器里运行，无需安装。然后解释刚才发生了什么，再讲背后的数学，最后是在浏览器里自动评分的练习。',
  courseMap: '课程地图',
  progressLink: '我的进度',
  progressAfter: '：可以导出到文件，也可以在另一个浏览器里导入。',
  lessonLength: (total) => `约 ${minutes(total)}`,
  exerciseCount: (count) => plural(count, { other: ' · # 道练习' }, 'zh-cn'),
};

export const lessonUi: typeof en.lessonUi = {
  eyebrow: (section, order, total) => `${section} · 第 ${order} 课 · 约 ${minutes(total)}`,
  about: '关于本课',
  objectives: '学完本课，你将能够',
  before: '先修课程：',
  listSeparator: '、',
  math: (topics) => `本课涉及的数学：${topics.join('、')}`,
  practice: '练习',
  pager: '上一课和下一课',
  previousBefore: '← 上一课：',
  nextBefore: '下一课：',
  nextAfter: ' →',
};

export const fallbackUi: typeof en.fallbackUi = {
  lesson: '本课尚未翻译成中文，下面显示的是英文原文。',
  exercise: '本练习尚未翻译成中文，题目以英文原文显示。',
  guide: '编写指南尚未翻译成中文，下面显示的是英文原文。',
};

export const exercisesUi: typeof en.exercisesUi = {
  title: '练习',
  lede: '每节课的配套练习，由隐藏的测试在你的浏览器里评分。',
  none: '暂时还没有练习。',
  difficulty: (difficulty) => `（${difficulty}）`,
  eyebrow: (difficulty) => `练习 · ${difficulty}`,
  practiceFor: ' · 配套课程：',
};

export const searchUi: typeof en.searchUi = {
  title: '搜索',
  heading: '搜索课程',
  label: '搜索课程内容',
  placeholder: '例如：交叉熵',
  button: '搜索',
  results: '搜索结果',
  noScript: '搜索需要 JavaScript。请改用课程列表。',
  searching: '正在搜索…',
  unavailable: '搜索不可用：尚未生成搜索索引。请运行 `npm run build` 生成它。',
  noMatch: (query) => `没有与“${query}”匹配的课程。`,
  found: (count, query) => `“${query}”共有 ${plural(count, { other: '# 条结果' }, 'zh-cn')}。`,
};

export const scratchUi: typeof en.scratchUi = {
  title: '草稿本',
  description: '空白的代码单元格，在浏览器里随手试试 TensorFlow.js。',
  lede: '在这里随便试。这些单元格和课程里的一样共用一个内核；你的代码会保存在这个浏览器里。',
  firstCellComment: '// 在这里写 TensorFlow.js 代码，然后点击“运行”（或在编辑器里按 Ctrl+Enter）。',
  secondCellComment: '// 上面单元格定义的名字在这里也能用。',
};

export const speedUi: typeof en.speedUi = {
  title: '速度测试',
  description: '在你的浏览器里，TensorFlow.js 各个后端有多快：矩阵乘法与训练速度。',
  heading: '速度测试：各个后端在你的浏览器里有多快',
  lede: 'TensorFlow.js 可以用纯 JavaScript 在 CPU 上计算，也可以用 WebAssembly（WASM），或者通过 WebGL、WebGPU 在显卡上计算。哪个最快取决于你的机器。在这里测一测。',
  backends: '后端',
  all: '全部',
  measureMatmul: '测量矩阵乘法',
  measureTraining: '测量训练',
  matmulCaption: '矩阵乘法：每秒十亿次浮点运算（GFLOP/s），多次运行的中位数',
  trainingCaption: (hiddenUnits, epochs, batchSize) =>
    `在手写数字上训练第 1 课的网络（64 → ${hiddenUnits} → 10）：${epochs} 轮，批大小 ${batchSize}，不画图表`,
  backend: '后端',
  samplesPerSecond: '每秒样本数',
  seconds: '秒',
  finalLoss: '最终损失',
  notes:
    '两个 n×n 矩阵相乘需要 2n³ 次运算。每个后端在预热之后于独立的 worker 中运行，因此着色器编译和加载时间不计在内。当页面可以使用多线程（页面处于跨源隔离状态）时，WASM 会分别在你机器的全部核心上和限制为单线程时测量，以显示多出来的线程带来了多少提升（或代价：小网络的许多小步骤在单线程上可能更快）。课程中的 WASM 使用除一个核心之外的全部核心，留一个核心给绘制图表的页面；标有“课程所用设置”的一行就是这种设置（在多于两个核心的机器上，它单独占一行）。课程会自动选择最快的后端；课程单元格上方的“后端”菜单可以切换。',
};

export const notFoundUi: typeof en.notFoundUi = {
  title: '找不到页面',
  body: '这个地址上没有页面。它可能已经移走，或者链接有拼写错误。',
  home: '前往课程地图',
  or: '，或',
  search: '搜索课程',
  end: '。',
};
