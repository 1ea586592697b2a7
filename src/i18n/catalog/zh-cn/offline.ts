/** 离线副本与更新的全部文字（简体中文）：键与 ../en/offline.ts 一一对应。 */
import type * as en from '../en/offline';
import { formatBytes } from '../../format-bytes';
import { formatNumber } from '../../plural';

export const offlineMessages: typeof en.offlineMessages = {
  online: () => '可在线使用；在支持的浏览器中，首次访问时会保存离线副本。',
  saving: () => '正在保存课程以供离线使用…',
  available: (bytes, files) => `离线可用（${formatBytes(bytes)}，${formatNumber(files, 'zh-cn')} 个文件）`,
  failed: (reason) => `无法保存离线副本（${reason}）；网站仍可照常在线使用，下次访问时会再试一次。`,
  downloadFailed: () => '课程中有一个文件下载失败',
  unsupported: () => '此浏览器无法保存离线副本（Service Worker 已关闭）；网站可在线使用。',
  updateReady: () => '本课程的新版本已就绪。你的代码和进度都会保留。',
  updateButton: () => '重新加载以更新',
  updateRegion: () => '更新',
};
