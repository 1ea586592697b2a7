/** 内容检查的全部消息（简体中文）：键与 ../en/authoring.ts 一一对应。每条都说明哪里有错、发现了什么、如何修正。 */
import type * as en from '../en/authoring';

const quote = (value: string) => `"${value}"`;
const list = (values: readonly string[]) => values.map(quote).join('、');
const FIELD_NAME = { objective: '学习目标', hint: '提示' } as const;

export const authoringMessages: typeof en.authoringMessages = {
  missingFrontmatter: () =>
    '文件没有 frontmatter。请以一个 `---` 块开头，其中至少包含 title、section、order、summary 和 objectives（见编写指南）。',
  unreadableFrontmatter: (reason) => `frontmatter 不是有效的 YAML（${reason}）。请修正两行 \`---\` 之间的 YAML 语法；含冒号的值要加引号。`,
  frontmatterField: (field, problem) => `frontmatter 字段 \`${field}\`：${problem}。请修正该值，或查看课程格式参考中的字段列表。`,
  missingField: (field) => `缺少 frontmatter 字段 \`${field}\`。请添加它；课程格式参考说明了它的内容。`,
  unknownField: (field) => `frontmatter 字段 \`${field}\` 不是已知字段。请删除它，或对照课程格式参考检查拼写。`,
  unknownExercise: (id, known) =>
    `练习 ${quote(id)} 不存在。请创建文件夹 \`exercises/${id}/\`，或使用以下之一：${known.length ? list(known) : '（还没有练习）'}。`,
  unknownPrerequisite: (id, known) =>
    `先修课 ${quote(id)} 不是一节课。请使用 \`lessons/\` 中某节课的文件名（不带 \`.md\`）：${known.length ? list(known) : '（还没有课）'}。`,
  prerequisiteNotEarlier: (id, itsOrder, order) =>
    `先修课 ${quote(id)} 的顺序是 ${itsOrder}，并不在本课（顺序 ${order}）之前。请给本课一个比先修课更大的 \`order\`，或从 \`prerequisites\` 中删除 ${quote(id)}。`,
  selfPrerequisite: (id) => `这节课把自己（${quote(id)}）列为先修课。请从 \`prerequisites\` 中删除它。`,
  duplicateOrder: (order, otherFile) => `课程顺序 ${order} 已被 ${otherFile} 使用。请给每节课不同的 \`order\`。`,
  katex: (reason) => `KaTeX 无法解析这段数学公式：${reason}。请修正美元符号之间的 LaTeX；字面的美元符号写作 \\$。`,
  theoryBeforeCode: () =>
    '理论层出现在第一个可运行的代码单元格之前。runfirst 的课以代码开篇：请把一个 ```js run 单元格移到第一个 :::theory 块之前。',
  theoryWithoutCode: () => '这节课有理论层，但没有可运行的代码单元格。请在第一个 :::theory 块之前添加一个 ```js run 单元格。',
  theoryTopic: (received, topics) =>
    `理论层的 topic 是 ${received === undefined ? '（无）' : quote(received)}。请写作 :::theory{topic="…" title="…"}，topic 取以下之一：${list(topics)}。`,
  theoryTitle: () => '理论层没有标题。请写作 :::theory{topic="…" title="这一层讲什么"}。',
  theoryTopicNotListed: (topic) => `理论主题 ${quote(topic)} 没有列在 frontmatter 的 \`topics\` 中。请把它加进去，课程地图才能显示它。`,
  unknownDirective: (name) => `未知的块 :::${name}。唯一的块指令是 :::theory{topic="…" title="…"}；如需字面的 ":::" 行，请把它缩进为代码。`,
  unclosedDirective: () => '这个 :::theory 块没有结束。请用只含 `:::` 的一行结束它。',
  duplicateCellId: (id, firstLine) =>
    `代码单元格 id ${quote(id)} 用了两次（第一次在第 ${firstLine} 行）。请给每个 \`\`\`js run 单元格不同的 id=…，或删除这些 id 以自动编号。`,
  badCellId: (id) => `代码单元格 id ${quote(id)} 无效。请使用小写字母、数字和连字符，例如 \`\`\`js run id=train-loop。`,
  exerciseMissingFile: (id, file) =>
    `练习文件夹 \`exercises/${id}/\` 中没有 \`${file}\`。每道练习都需要 prompt.md、starter.js、solution.js 和 tests.js：请添加缺少的文件。`,
  exerciseIdMismatch: (folder, id) => `题面的 id ${quote(id)} 与其文件夹 ${quote(folder)} 不一致。请让 \`id\` 等于文件夹名。`,
  exerciseUnknownLesson: (lesson, known) =>
    `练习所属的课 ${quote(lesson)} 不存在。请使用以下之一：${known.length ? list(known) : '（还没有课）'}。`,
  exerciseNotLinked: (id, lesson) =>
    `这道练习没有列在所属课的 frontmatter 中。请把 ${quote(id)} 添加到 lessons/${lesson}.md 的 \`exercises\` 中。`,
  unknownLocale: (path, locales) =>
    `${path} 不是本站支持的语言。请把翻译放在 lessons/<locale>/ 或 exercises/<id>/prompt.<locale>.md 中，locale 取以下之一：${list(locales)}（见 src/i18n/locales.ts）。`,
  translationWithoutLesson: (id, locale, known) =>
    `这份翻译没有对应的英文课 lessons/${id}.md。请删除这份翻译，或按以下某节课的文件名把它命名为 lessons/${locale}/<id>.md：${known.length ? list(known) : '（还没有课）'}。`,
  translationField: (field, allowed, englishFile) =>
    `frontmatter 字段 \`${field}\` 不应出现在翻译中：翻译只包含 ${allowed.map((f) => `\`${f}\``).join('、')}，其余内容都来自 ${englishFile}。请删除它（或在那里修改）。`,
  translationListLength: (field, translated, english, englishFile) =>
    `翻译中有 ${translated} 条${FIELD_NAME[field]}；${englishFile} 中有 ${english} 条。请按相同顺序把每条${FIELD_NAME[field]}各翻译一次。`,
  translationCellCount: (translated, english, englishFile) =>
    `翻译中有 ${translated} 个代码单元格；${englishFile} 中有 ${english} 个。翻译后的课运行的代码单元格与英文课相同、顺序相同：请从英文课复制缺少的单元格，或删除多余的单元格。`,
  translationCellFence: (cell, fence, englishFence, englishAt) =>
    `代码单元格 ${cell} 的围栏行是 \`\`\`${fence}；英文单元格（${englishAt}）的是 \`\`\`${englishFence}。请让每个单元格的围栏行与英文课完全一致。`,
  translationCellCode: (cell, id, englishAt, englishLine, translatedLine) =>
    `代码单元格 ${cell}（${id}）运行的代码与英文单元格（${englishAt}）不同：这里是 \`${translatedLine || '（空）'}\`，英文课中是 \`${englishLine || '（空）'}\`。只有注释可以翻译；请从英文课复制代码。`,
  emptyCode: (file) => `\`${file}\` 是空的。请写出学习者起步时的代码（或参考答案）。`,
};
