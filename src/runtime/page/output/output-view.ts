/**
 * Renders display messages into a cell's Output element (which keeps its role="log" and
 * aria-label="Output"). Rendering is cheap by construction: `render` only records what changed,
 * and one requestAnimationFrame applies it — new blocks appended in one fragment, charts and
 * progress bars redrawn once per frame however many updates arrived. No listener is added per
 * update; charts load uPlot lazily on first use.
 */
import outputCss from './output.css?inline';
import { loadUPlot, type ChartLibraryLoader } from './chart-library';
import type { ChartView } from './chart-view';
import { renderConsoleLine, renderError, renderNotice, renderSuppressedNote } from './console-view';
import { renderHeatmap } from './heatmap-view';
import { renderReliability } from './reliability-view';
import { DrawPadView, type SendDrawing } from './draw-pad-view';
import { renderBars } from './bars-view';
import { renderDownload } from './download-view';
import { renderLogPanel } from '../log/log-panel-view';
import { renderImageGrid } from './image-grid-view';
import { LatencyView } from './latency-view';
import { LineChartView } from './line-chart-view';
import { displayMessages } from '../../display/messages';
import { ProgressView } from './progress-view';
import type { DisplayMessage } from '../../display/protocol';
import { ScatterView } from './scatter-view';
import { renderTable } from './table-view';
import { renderTestList, renderTestResult } from './tests-view';
import { injectStyles } from './inject-styles';

/** Options, for tests and special pages. */
export interface OutputViewOptions {
  /** Loads uPlot; defaults to a lazy import of the installed package. */
  loadChartLibrary?: ChartLibraryLoader;
  /** Schedules the next paint; defaults to requestAnimationFrame. */
  requestFrame?: (callback: () => void) => void;
  /** Sends a drawing pad's drawing to the kernel; without it, pads stop at their first change. */
  sendInput?: SendDrawing;
}

/** Within this many pixels of the bottom, the Output follows new content. */
const FOLLOW_THRESHOLD_PX = 24;
/** New blocks appended per frame at most, so a burst of output never makes one long task. */
export const MAX_BLOCKS_PER_FRAME = 250;

/** One cell's Output: `render` each message from the kernel, `clear` before a run. */
export class OutputView {
  private readonly root: HTMLElement;
  private readonly load: ChartLibraryLoader;
  private readonly requestFrame: (callback: () => void) => void;
  private pending: Node[] = [];
  private readonly toAttach: ChartView[] = [];
  private readonly dirty = new Set<{ draw(): void }>();
  private readonly lineCharts = new Map<string, LineChartView>();
  private readonly progress = new Map<string, ProgressView>();
  private readonly pads = new Map<string, DrawPadView>();
  private readonly sendInput: SendDrawing;
  private charts: ChartView[] = [];
  /** blob: URLs of the downloads offered, revoked when the Output is cleared. */
  private downloadUrls: string[] = [];
  private suppressedNote: HTMLElement | null = null;
  /** The list the latest test verdicts went into; the next verdict joins it if nothing came between. */
  private testList: HTMLUListElement | null = null;
  private frameRequested = false;
  private waiters: Array<() => void> = [];
  /** Whether the learner is at the bottom of the Output (then new content scrolls into view). */
  private following = true;

  constructor(outputElement: HTMLElement, options: OutputViewOptions = {}) {
    injectStyles('output', outputCss);
    this.root = outputElement;
    // The Output scrolls once it holds more than fits; keyboard users must be able to reach it.
    if (!outputElement.hasAttribute('tabindex')) outputElement.tabIndex = 0;
    // Read scroll state when the learner scrolls, so painting never has to measure before writing.
    outputElement.addEventListener(
      'scroll',
      () => {
        this.following = outputElement.scrollHeight - outputElement.scrollTop - outputElement.clientHeight <= FOLLOW_THRESHOLD_PX;
      },
      { passive: true },
    );
    this.load = options.loadChartLibrary ?? loadUPlot;
    this.sendInput = options.sendInput ?? (() => false);
    this.requestFrame =
      options.requestFrame ??
      (typeof requestAnimationFrame === 'function'
        ? (callback) => requestAnimationFrame(() => callback())
        : (callback) => setTimeout(callback, 16));
  }

  /** Empties the Output and frees its charts (before a new run). */
  clear(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    for (const url of this.downloadUrls) URL.revokeObjectURL(url);
    this.downloadUrls = [];
    this.pending = [];
    this.toAttach.length = 0;
    this.dirty.clear();
    this.lineCharts.clear();
    this.progress.clear();
    for (const pad of this.pads.values()) pad.stop(false);
    this.pads.clear();
    this.suppressedNote = null;
    this.testList = null;
    this.following = true;
    this.root.replaceChildren();
  }

  /** Records one message; the DOM catches up on the next animation frame. */
  render(message: DisplayMessage): void {
    switch (message.kind) {
      case 'console':
        for (const line of message.lines) this.pending.push(renderConsoleLine(line));
        break;
      case 'suppressed':
        if (!this.suppressedNote) {
          this.suppressedNote = renderSuppressedNote();
          this.pending.push(this.suppressedNote);
        }
        this.suppressedNote.textContent = displayMessages.suppressed(message.count, message.total);
        break;
      case 'line-create': {
        const chart = new LineChartView(message, this.load);
        this.lineCharts.set(message.id, chart);
        this.addChart(chart);
        break;
      }
      case 'line-points': {
        const chart = this.lineCharts.get(message.id);
        if (!chart) return;
        chart.add(message.points);
        this.dirty.add(chart);
        break;
      }
      case 'scatter':
        this.addChart(new ScatterView(message, this.load));
        break;
      case 'images':
        this.pending.push(renderImageGrid(message));
        break;
      case 'table':
        this.pending.push(renderTable(message));
        break;
      case 'heatmap':
        this.pending.push(renderHeatmap(message));
        break;
      case 'latency':
        this.addChart(new LatencyView(message, this.load));
        break;
      case 'bars':
        this.pending.push(renderBars(message));
        break;
      case 'reliability':
        this.pending.push(renderReliability(message));
        break;
      case 'drawpad-create': {
        const pad = new DrawPadView(message, this.sendInput);
        this.pads.set(message.id, pad);
        this.pending.push(pad.element);
        break;
      }
      case 'drawpad-set':
        this.pads.get(message.id)?.set(message.pixels);
        return;
      case 'drawpad-result':
        this.pads.get(message.id)?.showResult(message);
        return;
      case 'download': {
        const download = renderDownload(message);
        this.downloadUrls.push(download.url);
        this.pending.push(download.element);
        break;
      }
      case 'log-panel':
        this.pending.push(renderLogPanel(message));
        break;
      case 'progress-create': {
        const view = new ProgressView(message);
        this.progress.set(message.id, view);
        this.pending.push(view.element);
        break;
      }
      case 'progress-update': {
        const view = this.progress.get(message.id);
        if (!view) return;
        view.update(message);
        this.dirty.add(view);
        break;
      }
      case 'progress-done': {
        const view = this.progress.get(message.id);
        if (!view) return;
        view.finish(message);
        this.dirty.add(view);
        break;
      }
      case 'error':
        this.pending.push(renderError(message));
        break;
      case 'notice':
        this.pending.push(renderNotice(message));
        break;
      case 'test-result': {
        const last = this.pending.length > 0 ? this.pending[this.pending.length - 1] : this.root.lastElementChild;
        if (!this.testList || last !== this.testList) {
          this.testList = renderTestList();
          this.pending.push(this.testList);
        }
        this.testList.append(renderTestResult(message));
        break;
      }
    }
    this.schedule();
  }

  /** Resolves once everything rendered so far is in the DOM. */
  whenRendered(): Promise<void> {
    if (!this.frameRequested) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private addChart(chart: ChartView): void {
    this.charts.push(chart);
    this.toAttach.push(chart);
    this.pending.push(chart.element);
  }

  private schedule(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.requestFrame(() => this.paint());
  }

  private paint(): void {
    this.frameRequested = false;
    const root = this.root;
    if (this.pending.length > 0) {
      const fragment = document.createDocumentFragment();
      fragment.append(...this.pending.splice(0, MAX_BLOCKS_PER_FRAME));
      root.append(fragment);
    }
    // Charts still waiting in `pending` are attached on the frame that appends them.
    const attachable = this.toAttach.filter((chart) => chart.element.isConnected);
    for (const chart of attachable) chart.attach();
    this.toAttach.splice(0, this.toAttach.length, ...this.toAttach.filter((chart) => !attachable.includes(chart)));
    // A frame that creates a plot (uPlot measures and renders it) redraws nothing else: the other
    // charts and the progress bars catch up on the next frame, so no frame becomes a long task.
    const drawNow = attachable.length === 0;
    if (drawNow) {
      for (const view of this.dirty) view.draw();
      this.dirty.clear();
    }
    if (this.following && root.scrollHeight > root.clientHeight) root.scrollTop = root.scrollHeight;
    if (this.pending.length > 0 || this.dirty.size > 0) {
      this.schedule();
      return;
    }
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
