/**
 * Sizes, durations and numbers as the runtime and display messages show them. Not an area of the
 * catalog (nothing here is a sentence): the area files of every locale share these, and the
 * runtime re-exports them (src/runtime/messages.ts, src/runtime/display/messages.ts).
 */
import type { Locale } from '../locales';

/** Bytes as a short human size: 512 B, 1.5 KB, 12 MB, 40 GB (the same units in every language). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1);
  return `${bytes < 0 ? '-' : ''}${shown} ${units[unit]}`;
}

/** The units of a duration, by locale. */
const TIME_UNITS: Record<Locale, { ms: string; s: string; min: string; h: string }> = {
  en: { ms: 'ms', s: 's', min: 'min', h: 'h' },
  'zh-cn': { ms: '毫秒', s: '秒', min: '分', h: '小时' },
};

/** A run's time, in milliseconds below a second and seconds above: "12 ms", "1.2 s" ("12 毫秒", "1.2 秒"). */
export function formatRunTime(ms: number, locale: Locale): string {
  const unit = TIME_UNITS[locale];
  return ms < 1000 ? `${Math.round(ms)} ${unit.ms}` : `${(ms / 1000).toFixed(1)} ${unit.s}`;
}

/** "3 s", "2 min 5 s", "1 h 4 min" ("2 分 5 秒", "1 小时 4 分"): a duration a learner reads at a glance. */
export function formatGlanceTime(ms: number, locale: Locale): string {
  const unit = TIME_UNITS[locale];
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} ${unit.s}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} ${unit.min}` : `${minutes} ${unit.min} ${seconds % 60} ${unit.s}`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} ${unit.h}` : `${hours} ${unit.h} ${minutes % 60} ${unit.min}`;
}

/** An elapsed time with a decimal under 10 s: "0.4 s", "3.2 s", "12 s", "2 min 5 s". */
export function formatElapsedTime(ms: number, locale: Locale): string {
  return ms < 10_000 ? `${(Math.max(0, ms) / 1000).toFixed(1)} ${TIME_UNITS[locale].s}` : formatGlanceTime(ms, locale);
}

/** A number as charts and summaries show it: up to 4 significant digits. */
export function formatShort(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e9)) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

/** A whole number with its digits grouped: "12,345" (English and Chinese group alike). */
export const grouped = (n: number) => n.toLocaleString('en-US');

/** A bar's value: whole numbers grouped ("12,345"), others as {@link formatShort}. */
export function formatBarValue(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e15 ? grouped(value) : formatShort(value);
}

/** A backend's display name (the same in every language). */
export const BACKEND_LABELS = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } as const;

/** A tfjs backend, spelled out here because the catalog imports nothing from the runtime. */
export type BackendId = keyof typeof BACKEND_LABELS;
