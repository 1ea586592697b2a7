/** 负载生成器（load.open、load.closed、load.simulatedService、load.simulate）的全部文字（简体中文）：键与 ../en/load.ts 一一对应。 */
import type * as en from '../en/load';
import * as tools from './tools';

const { describeValue } = tools.valueMessages;

export const loadMessages: typeof en.loadMessages = {
  notOptions: (helper, example) => `${helper} 需要一个选项对象，例如 ${example}。`,
  badNumber: (helper, option, range, received) => `${helper}：${option} 必须是 ${range}，收到的是 ${describeValue(received)}。`,
  range: (integer, min, max) => `${min.toLocaleString('zh-CN')} 到 ${max.toLocaleString('zh-CN')} 之间的${integer ? '整数' : '数字'}`,
  sameForSimulate: (example) => `${example}（load.simulate 接受与 service 相同的选项）`,
  badSend: (helper, received) =>
    `${helper}：send 必须是一个发出一次请求的函数，例如 send: (i) => svc.request(body)；收到的是 ${describeValue(received)}。`,
  tooMany: (rate, durationMs, limit) =>
    `load.open：每秒 ${rate} 个请求、持续 ${durationMs} 毫秒，共 ${Math.round((rate * durationMs) / 1000).toLocaleString('zh-CN')} 个请求；每次测试最多 ${limit.toLocaleString('zh-CN')} 个。请降低速率或缩短时长。`,
  badArrivals: (received) => `load.open：arrivals 必须是 'uniform' 或 'poisson'，收到的是 ${describeValue(received)}。`,
  badDistribution: (received) =>
    `load.simulatedService：distribution 必须是 'fixed' 或 'exponential'，收到的是 ${describeValue(received)}。`,
  outsideSimulation: () => '虚拟时钟：这项工作在等待模拟之外的东西（真实的计时器或 worker）',
};
