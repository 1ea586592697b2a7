/** 模型服务（service 全局对象、服务的响应与选项检查）的全部文字（简体中文）：键与 ../en/service.ts 一一对应。 */
import type * as en from '../en/service';
import { spaced } from '../cjk-spacing';

const MAX_CHARS = 40;

/** 把 `text` 截到最多 {@link MAX_CHARS} 个字符，截断处用“…”标出。 */
function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

export const serviceMessages: typeof en.serviceMessages = {
  notAModel: (got) => `service.start：需要一个 tf.LayersModel（来自 tf.sequential、tf.model 或 models.load），收到的是${spaced(got)}`,
  tooMany: (limit) => `service.start：已经有 ${limit} 个服务在运行；请先停止一个（await svc.stop()，或 await service.stopAll()）`,
  stoppedWhileLoading: 'service.start：服务在模型加载完成之前就被停止了',
  workerEnded: (reason) => `服务的 worker 已结束（${reason}）`,
  noWorker: 'service.start：这个线程不能启动 worker（在 node 中，请给 createLearnerTools 传入 openService: openNodeServiceEndpoint）',
  notJson: (reason) => `能用 JSON 表示的值（${reason}）`,
  savedNothing: '一个保存时没有产生任何内容的模型',
  loadFailed: (reason) => `无法加载模型：${reason}`,
  workerExited: (code) => `服务的 worker 已退出，退出码为 ${code}`,
  workerFailed: '服务的 worker 未能启动',
  jsonCannotCarry: '一个 JSON 无法表示的值',
};

export const requestMessages: typeof en.requestMessages = {
  requestError: (field, expected, got) => `${field}：应为${spaced(expected)}，收到的是${spaced(got)}`,
  allowed: (integer, min, max) => {
    const kind = integer ? '整数' : '数字';
    if (min !== undefined && max !== undefined) return `[${min}, ${max}] 范围内的${kind}`;
    if (min !== undefined) return `≥ ${min} 的${kind}`;
    if (max !== undefined) return `≤ ${max} 的${kind}`;
    return `${kind}（有限值）`;
  },
  arrayOf: (size, innermost) => `包含 ${size} 个${innermost ? '数字' : '数组'}的数组`,
  jsonText: '形如 {"instances": [...]} 的对象的 JSON 文本',
  notJsonText: (reason) => `不是 JSON 的文本（${reason}）`,
  anObject: '形如 {"instances": [...]} 的对象',
  onlyInstances: (rowFormat) => `只有 "instances" 字段${rowFormat ? '（行格式："instances"，每个实例一项）' : ''}`,
  aFieldByThatName: '一个这样命名的字段',
  arrayOfInstances: '由实例组成的数组',
  atLeastOne: '至少 1 个实例',
  anEmptyArray: '一个空数组',
  atMost: (max) => `每个请求最多 ${max} 个实例`,
  instances: (n) => `${n} 个实例`,
  modelFailed: (reason) => `模型在这一批上出错：${reason}`,
  stopped: '服务已停止',
  queueFull: (limit) => `队列已满（${limit} 个请求在等待）；请稍后重试`,
  wrongRowCount: (rows, instances) => `模型对 ${instances} 个实例返回了 ${rows ?? 0} 行`,
  oneOutputOnly: (outputs) => `服务只支持单输出的模型；这个模型有 ${outputs} 个输出`,
  batchResultCount: (expected, got) => `应得到 ${expected} 个结果（这一批中每个请求一个），实际得到 ${got} 个`,
  describeValue: (value) => {
    if (value === undefined) return '空（缺少这个字段）';
    if (value === null) return 'null';
    if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
    if (typeof value === 'string') return `字符串 ${shorten(JSON.stringify(value))}`;
    if (typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `包含 ${value.length} 项的数组`;
    if (ArrayBuffer.isView(value)) return `${value.constructor.name}（请发送普通数组：JSON 没有类型化数组）`;
    if (typeof value === 'object') {
      const keys = Object.keys(value);
      return keys.length === 0 ? '空对象' : `含有 ${shorten(keys.map((k) => JSON.stringify(k)).join(', '))} 的对象`;
    }
    return `${typeof value} 类型的值`;
  },
};

export const serviceOptionMessages: typeof en.serviceOptionMessages = {
  wrongOption: (field, expected, got) => `服务选项：${field}：应为${spaced(expected)}，收到的是${spaced(got)}`,
  input: '形如 { shape: [64], dtype: "float32", min: 0, max: 16 } 的对象',
  shape: '由正整数组成的数组，例如 [64]',
  dtype: "'float32' 或 'int32'",
  aNumber: '数字',
  atLeastMin: (min) => `≥ input.min（${min}）的数字`,
  batching: 'false 或 { maxBatchSize: 32, maxQueueWaitMs: 5 }',
  wholeAtLeastOne: '≥ 1 的整数',
  milliseconds: '≥ 0 的毫秒数',
  options: '形如 { version, input: { shape }, maxInstances, batching } 的对象',
  oneOf: (known) => `${known.join('、')} 之一`,
  anOptionByThatName: '一个这样命名的选项',
  version: "非空字符串，例如 'digits-1'",
  queueLength: '≥ 1 的整数（或 Infinity）',
};
