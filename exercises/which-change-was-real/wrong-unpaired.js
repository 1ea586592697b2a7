// A colleague's experiment log, as log.runs() returns it.
const LOG = [
  { id: 'run-1', recordedAt: '2026-11-30T10:01:01.000Z', name: 'baseline', seed: 1, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8998 } },
  { id: 'run-2', recordedAt: '2026-11-30T10:02:02.000Z', name: 'baseline', seed: 2, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9004 } },
  { id: 'run-3', recordedAt: '2026-11-30T10:03:03.000Z', name: 'baseline', seed: 3, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8882 } },
  { id: 'run-4', recordedAt: '2026-11-30T10:04:04.000Z', name: 'baseline', seed: 4, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9237 } },
  { id: 'run-5', recordedAt: '2026-11-30T10:05:05.000Z', name: 'baseline', seed: 5, config: { units: 32, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9143 } },
  { id: 'run-6', recordedAt: '2026-11-30T10:06:06.000Z', name: 'dropout 0.3', seed: 1, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8897 } },
  { id: 'run-7', recordedAt: '2026-11-30T10:07:07.000Z', name: 'dropout 0.3', seed: 2, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8925 } },
  { id: 'run-8', recordedAt: '2026-11-30T10:08:08.000Z', name: 'dropout 0.3', seed: 3, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.8781 } },
  { id: 'run-9', recordedAt: '2026-11-30T10:09:09.000Z', name: 'dropout 0.3', seed: 4, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9171 } },
  { id: 'run-10', recordedAt: '2026-11-30T10:10:10.000Z', name: 'dropout 0.3', seed: 5, config: { units: 32, dropout: 0.3, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9123 } },
  { id: 'run-11', recordedAt: '2026-11-30T10:11:11.000Z', name: 'mixup', seed: 3, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8949 } },
  { id: 'run-12', recordedAt: '2026-11-30T10:12:12.000Z', name: 'mixup', seed: 1, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8978 } },
  { id: 'run-13', recordedAt: '2026-11-30T10:13:13.000Z', name: 'mixup', seed: 5, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.9214 } },
  { id: 'run-14', recordedAt: '2026-11-30T10:14:14.000Z', name: 'mixup', seed: 2, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.8957 } },
  { id: 'run-15', recordedAt: '2026-11-30T10:15:15.000Z', name: 'mixup', seed: 4, config: { units: 32, dropout: 0, mixup: true, smoothing: 0 }, figures: { accuracy: 0.9191 } },
  { id: 'run-16', recordedAt: '2026-11-30T10:16:16.000Z', name: 'wider (128 units)', seed: 1, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9033 } },
  { id: 'run-17', recordedAt: '2026-11-30T10:17:17.000Z', name: 'wider (128 units)', seed: 2, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9043 } },
  { id: 'run-18', recordedAt: '2026-11-30T10:18:18.000Z', name: 'wider (128 units)', seed: 3, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.889 } },
  { id: 'run-19', recordedAt: '2026-11-30T10:19:19.000Z', name: 'wider (128 units)', seed: 4, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9284 } },
  { id: 'run-20', recordedAt: '2026-11-30T10:20:20.000Z', name: 'wider (128 units)', seed: 5, config: { units: 128, dropout: 0, mixup: false, smoothing: 0 }, figures: { accuracy: 0.9202 } },
  { id: 'run-21', recordedAt: '2026-11-30T10:21:21.000Z', name: 'label smoothing', seed: 2, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8995 } },
  { id: 'run-22', recordedAt: '2026-11-30T10:22:22.000Z', name: 'label smoothing', seed: 1, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8952 } },
  { id: 'run-23', recordedAt: '2026-11-30T10:23:23.000Z', name: 'label smoothing', seed: 4, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.9215 } },
  { id: 'run-24', recordedAt: '2026-11-30T10:24:24.000Z', name: 'label smoothing', seed: 3, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.8891 } },
  { id: 'run-25', recordedAt: '2026-11-30T10:25:25.000Z', name: 'label smoothing', seed: 5, config: { units: 32, dropout: 0, mixup: false, smoothing: 0.1 }, figures: { accuracy: 0.9113 } },
];

// t(0.975, df), lesson 7's table: T975[df].
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

// Return { [step]: 'helped' | 'hurt' | 'not demonstrated' } for every step (every name but 'baseline').
function verdicts(runs, figure, tCritical) {
  // Each recipe's own 95 % interval; a step is real when its interval clears the baseline's.
  const interval = (name) => {
    const v = runs.filter((run) => run.name === name).map((run) => run.figures[figure]);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const s = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / (v.length - 1));
    const half = (tCritical[v.length - 1] * s) / Math.sqrt(v.length);
    return { low: mean - half, high: mean + half };
  };
  const base = interval('baseline');
  const result = {};
  for (const name of new Set(runs.map((run) => run.name))) {
    if (name === 'baseline') continue;
    const step = interval(name);
    result[name] = step.low > base.high ? 'helped' : step.high < base.low ? 'hurt' : 'not demonstrated';
  }
  return result;
}

console.log(verdicts(LOG, 'accuracy', T975));
