/** 学习者工具（data、models、seed、time、compare、sleep）与构建脚本的全部文字（简体中文）：键与 ../en/tools.ts 一一对应。 */
import type * as en from '../en/tools';

export const valueMessages: typeof en.valueMessages = {
  describeValue: function describe(value: unknown): string {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    if (typeof value === 'string') return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
    if (typeof value === 'function') return '一个函数';
    if (Array.isArray(value)) {
      const shown = value.slice(0, 6).map((item) => describe(item));
      return `[${shown.join(', ')}${value.length > 6 ? ', …' : ''}]`;
    }
    return '一个对象';
  },
};

const describeValue = valueMessages.describeValue;

/** 把名字列成 `'a'、'b' 和 'c'`。 */
function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')} 和 ${quoted.at(-1) ?? ''}`;
}

export const dataMessages: typeof en.dataMessages = {
  notAName: (received, valid) =>
    `data.load 的第一个参数需要是数据集的名字，收到的是 ${describeValue(received)}。可用的数据集：${quoteList(valid)}。`,
  unknownDataset: (name, valid) => `data.load：没有名为 '${name}' 的数据集。可用的数据集：${quoteList(valid)}。`,
  optionsNotObject: (dataset, received) =>
    `data.load('${dataset}', options)：options 必须是一个对象，例如 { seed: 1 }，收到的是 ${describeValue(received)}。`,
  unknownOption: (dataset, option, valid) =>
    `data.load('${dataset}')：无法识别的选项 '${option}'。'${dataset}' 可用的选项：${quoteList(valid)}。`,
  badOption: (dataset, option, expected, received) =>
    `data.load('${dataset}')：选项 '${option}' 必须是 ${expected}，收到的是 ${describeValue(received)}。`,
  fetchFailed: (dataset, url, reason) =>
    `data.load('${dataset}')：无法读取 ${url}（${reason}）。` +
    '数据集由本站自己提供：请刷新页面；如果一直这样，说明网站构建时缺少数据文件（npm run build:data）。',
  corrupt: (dataset, file, reason) => `data.load('${dataset}')：数据文件 ${file} 已损坏（${reason}）。请用 npm run build:data 重新构建。`,
};

export const modelMessages: typeof en.modelMessages = {
  notAName: (received, valid) =>
    `models.load 的第一个参数需要是模型的名字，收到的是 ${describeValue(received)}。可用的模型：${quoteList(valid)}。`,
  unknownModel: (name, valid) =>
    `models.load：没有名为 '${name}' 的模型。可用的模型：${quoteList(valid)}，或者你保存过的模型，写作 'indexeddb://<name>'。`,
  fetchFailed: (model, url, reason) =>
    `models.load('${model}')：无法读取 ${url}（${reason}）。` +
    '模型由本站自己提供：请刷新页面；如果一直这样，说明网站构建时缺少模型文件（npm run build:models）。',
  corrupt: (model, file, reason) => `models.load('${model}')：模型文件 ${file} 已损坏（${reason}）。请用 npm run build:models 重新构建。`,

  saveNotAModel: (received) =>
    `models.save(model, 'indexeddb://name') 的第一个参数需要是 tf.LayersModel，收到的是 ${describeValue(received)}。`,
  saveBadDestination: (received) =>
    `models.save(model, where)：where 必须是 'indexeddb://<name>'（保存在这个浏览器中）或 'downloads://<name>'` +
    `（在代码单元格的输出中提供下载的文件），收到的是 ${describeValue(received)}。`,
  badSavedName: (call, name) =>
    `${call}：不能使用名字 '${name}'。已保存模型的名字由 1 到 64 个字母、数字、'-'、'_' 或 '.' 组成，` +
    "并以字母或数字开头，例如 'digits-1'。",
  notSaved: (name, saved, where) =>
    `models.load('indexeddb://${name}')：${where === 'memory' ? '本次运行中' : '这个浏览器中'}没有保存名为 '${name}' 的模型。` +
    (saved.length === 0 ? '目前还没有保存任何模型。' : `已保存的模型：${quoteList(saved)}。`) +
    `请先用 await models.save(model, 'indexeddb://${name}') 保存它。`,
  loadFromDownloads: (name) =>
    `models.load('downloads://${name}')：网页无法读取你的“下载”文件夹。请先把模型保存到 'indexeddb://${name}' 再从那里加载，` +
    `或者用 npm run serve:model 提供下载的文件。`,
  quotaExceeded: (name) =>
    `models.save(model, 'indexeddb://${name}')：本站的存储空间已满，浏览器拒绝保存。` +
    `请释放空间（在浏览器设置中删除本站的数据）、保存一个更小的模型，或者用 'downloads://${name}' 把它保存为文件。`,
  saveFailed: (where, reason) => `models.save(model, '${where}')：无法保存模型（${reason}）。`,
  savedCorrupt: (name, reason) =>
    `models.load('indexeddb://${name}')：保存的模型已损坏（${reason}）。请用 models.save(model, 'indexeddb://${name}') 重新保存。`,
  downloadsNeedOutput: (name) =>
    `models.save(model, 'downloads://${name}')：下载只在课程代码单元格的输出中提供，而这里没有输出。` +
    `请改用 'indexeddb://${name}' 保存。`,
  downloadTooLarge: (name, bytes, limit) =>
    `models.save(model, 'downloads://${name}')：模型有 ${bytes.toLocaleString('zh-CN')} 字节，超过了从代码单元格下载的上限 ` +
    `${limit.toLocaleString('zh-CN')} 字节。请先把模型变小。`,
  downloadLabel: (name) => `下载 ${name} 模型`,
  downloadDescription: (fileName, bytes) =>
    `${fileName}：model.json 和 weights.bin，共 ${bytes.toLocaleString('zh-CN')} 字节。用 npm run serve:model -- ${fileName} 提供服务`,
  sizeOfNotAModel: (received) =>
    `models.sizeOf(model) 需要一个 tf.LayersModel（或 model.save 给出的 artifacts），收到的是 ${describeValue(received)}。`,
};

export const toolMessages: typeof en.toolMessages = {
  badSeed: (received) => `seed(n) 需要一个有限的数字，例如 seed(1)，收到的是 ${describeValue(received)}。`,
  timeNotFunction: (received) => `time(fn) 需要一个要计时的函数，例如 time(() => tf.matMul(a, b))，收到的是 ${describeValue(received)}。`,
  timeOptionsNotObject: (received) =>
    `time(fn, options)：options 必须是一个对象，例如 { warmup: 2, runs: 10 }，收到的是 ${describeValue(received)}。`,
  timeUnknownOption: (option) => `time(fn, options)：无法识别的选项 '${option}'。可用的选项：'warmup' 和 'runs'。`,
  timeBadCount: (option, minimum, received) =>
    `time(fn, options)：'${option}' 必须是不小于 ${minimum} 的整数，收到的是 ${describeValue(received)}。`,
  compareBadInput: (which, received) =>
    `compare(a, b)：'${which}' 必须是张量、数字、类型化数组或（嵌套的）数字数组，收到的是 ${describeValue(received)}。`,
  compareRagged: (which) => `compare(a, b)：'${which}' 是不规则的嵌套数组；每一行的长度必须相同。`,
  compareSizeMismatch: (shapeA, shapeB) =>
    `compare(a, b)：形状 [${shapeA.join(', ')}] 和 [${shapeB.join(', ')}] 的元素个数不同，` +
    '因此无法逐元素比较。请先对其中一个做变形（reshape）或切片。',
  compareString: (which) => `compare(a, b)：'${which}' 是字符串张量；compare 只能比较数字。`,
  badSleep: (received) => `sleep(ms) 需要一个不小于 0 的毫秒数，收到的是 ${describeValue(received)}。`,
};

export const buildMessages: typeof en.buildMessages = {
  digitsCsvMissing: (searched) =>
    'build-data：找不到 scikit-learn 的 digits 数据文件 digits.csv.gz。查找过的位置：\n' +
    searched.map((path) => `  - ${path}`).join('\n') +
    '\n请用 `apt-get update && apt-get install -y python3-sklearn` 安装（Debian/Ubuntu），' +
    '或者传入它的路径：npm run build:data -- /path/to/digits.csv.gz',
  digitsCsvMalformed: (path, line, reason) =>
    `build-data：${path} 第 ${line} 行：${reason}。期望 1,797 行，每行 64 个像素（0–16）和一个标签（0–9）。`,
  digitsWritten: (binPath, bytes, sha256) => `build-data：已写入 ${binPath}（${bytes} 字节，sha256 ${sha256}）。`,
  modelWritten: (dir, bytes, accuracy) =>
    `build-models：已写入 ${dir}（权重 ${bytes} 字节，测试准确率 ${(accuracy * 100).toFixed(1)} %）。`,
};
