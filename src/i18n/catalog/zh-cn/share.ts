/** 分享链接的全部文字（简体中文）：键与 ../en/share.ts 一一对应。 */
import type * as en from '../en/share';

/** 分享链接最多携带的代码量。 */
const CAP = '64 KB';

const NOTHING_CHANGED = '未做任何更改，也没有运行任何代码。';

export const shareMessages: typeof en.shareMessages = {
  shareButton: () => '分享',

  // 分享对话框。
  dialogTitle: () => '分享这段代码',
  dialogNote: () =>
    '打开此链接的人会在同一位置看到这段代码，并标记为分享的代码；只有在他们按下“运行”时才会运行。' +
    '代码就放在链接本身里（# 之后），因此永远不会发送到服务器。',
  linkLabel: () => '分享链接',
  copyButton: () => '复制',
  closeButton: () => '关闭',
  copied: () => '链接已复制。',
  copyFailed: () => '无法自动复制：链接已选中，请按 Ctrl+C（Mac 上按 Cmd+C）。',
  tooLongToShare: (bytes) => `这段代码有 ${Math.ceil(bytes / 1024)} KB，超过了分享链接能携带的上限（${CAP}）。请分享更短的代码。`,

  // 从链接打开的页面在代码单元格或练习中显示的内容。
  sharedHeading: () => '分享的代码',
  sharedNote: () =>
    '有人通过链接与你分享了这段代码。按“运行”之前请先读一读：它会像你自己的代码一样在本页运行。' +
    '在你做出选择之前，你自己的代码会一直保留。',
  sharedHasMarkup: () => '其中包含 HTML 标记（如 <script>），这里以纯文本显示：其中的内容都没有运行。',
  keepShared: () => '保留分享的代码',
  backToMine: () => '回到我的代码',

  // 无法打开的链接（页面顶部的通知）。
  dismiss: () => '关闭',
  problem: (problem) => {
    switch (problem.kind) {
      case 'incomplete':
        return `此分享链接不完整：很可能在复制时被截断了。${NOTHING_CHANGED}请重新索要链接并完整复制。`;
      case 'damaged':
        return `此分享链接已损坏：无法读取其中的代码。${NOTHING_CHANGED}请重新索要链接。`;
      case 'version':
        return `此分享链接使用分享格式 ${problem.found}，而本站只能读取格式 ${problem.expected}。${NOTHING_CHANGED}请在创建它的网站上打开，或索要新的链接。`;
      case 'too-large':
        return `此分享链接携带的代码超过了上限（最多 ${CAP}），因此没有打开。${NOTHING_CHANGED}`;
      case 'unknown-place':
        return problem.place.kind === 'cell'
          ? `此分享链接指向课程“${problem.place.lesson}”的代码单元格“${problem.place.cell}”，它不在本页。${NOTHING_CHANGED}请在创建链接的那节课上打开它。`
          : `此分享链接指向练习“${problem.place.exercise}”，它不在本页。${NOTHING_CHANGED}请在创建链接的页面上打开它。`;
    }
  },
};
