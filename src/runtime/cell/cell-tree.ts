/**
 * The one builder of a code cell's markup, as a hast tree: its region, the Run/Stop/Reset/Share
 * buttons (disabled until the page runtime takes the cell over), its status, the code block and
 * the empty Output region. remark-run-cells.ts uses it for lesson cells (with Shiki's code block),
 * cell-html.ts renders it for CodeCell.astro and the test fixtures; the page finds the parts with
 * cell-selectors.ts. Names and labels come from the runtime's message catalog.
 */
import type { Element, ElementContent, Text } from 'hast';
import { currentLocale } from '../../i18n/current-locale';
import { inLocale } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { shareMessages } from '../../share/messages';
import { runtimeMessages } from '../messages';
import { CELL_ACTIONS, cellClass, type CellAction } from './cell-selectors';

/** Which cell this is on its page. */
export interface CellPlace {
  /** The cell id (lowercase words joined by hyphens), unique on the page. */
  id: string;
  /** 1-based position on the page. */
  index: number;
}

/** The name of each of a cell's buttons in `locale`. */
function buttonLabel(action: CellAction, locale: Locale): string {
  const messages = inLocale(runtimeMessages, locale);
  const labels: Record<CellAction, () => string> = {
    run: messages.runButton,
    stop: messages.stopButton,
    reset: messages.resetButton,
    share: inLocale(shareMessages, locale).shareButton,
  };
  return labels[action]();
}

const text = (value: string): Text => ({ type: 'text', value });

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const button = (action: CellAction, locale: Locale): Element =>
  element('button', { type: 'button', dataAction: action, disabled: true, className: [cellClass.button, cellClass.action(action)] }, [
    text(buttonLabel(action, locale)),
  ]);

/**
 * A cell around `codeBlock`, which is placed as given (the same object), between the toolbar
 * and the Output region; its names and status in `locale` (the current one by default).
 */
export function cellTree({ id, index }: CellPlace, codeBlock: ElementContent, locale: Locale = currentLocale()): Element {
  const messages = inLocale(runtimeMessages, locale);
  return element('section', { className: [cellClass.cell], dataCellId: id, dataCellIndex: index, ariaLabel: messages.cellName(index) }, [
    element('div', { className: [cellClass.toolbar] }, [
      ...CELL_ACTIONS.map((action) => button(action, locale)),
      element('span', { className: [cellClass.status], role: 'status' }, [text(messages.statusNotRun())]),
    ]),
    codeBlock,
    element('div', { className: [cellClass.output], role: 'log', ariaLabel: messages.outputName(), ariaLive: 'polite' }),
  ]);
}

const hasClass = (node: Element, name: string) => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Gives a cell built by `cellTree` (in whatever language) the names and first status of
 * `locale`, leaving its code and everything else as it is: how a lesson rendered once shows on
 * a page of another language (an untranslated lesson on its /zh-cn/ address).
 */
export function relabelCell(section: Element, locale: Locale): void {
  const index = Number(section.properties['dataCellIndex']);
  const messages = inLocale(runtimeMessages, locale);
  section.properties['ariaLabel'] = messages.cellName(index);
  for (const part of section.children) {
    if (part.type !== 'element') continue;
    if (hasClass(part, cellClass.output)) part.properties['ariaLabel'] = messages.outputName();
    if (!hasClass(part, cellClass.toolbar)) continue;
    for (const control of part.children) {
      if (control.type !== 'element') continue;
      const action = control.properties['dataAction'];
      if (typeof action === 'string' && (CELL_ACTIONS as readonly string[]).includes(action)) {
        control.children = [text(buttonLabel(action as CellAction, locale))];
      } else if (hasClass(control, cellClass.status)) {
        control.children = [text(messages.statusNotRun())];
      }
    }
  }
}

/** Whether `node` is a cell's root as `cellTree` builds it. */
export function isCellRoot(node: Element): boolean {
  return node.tagName === 'section' && hasClass(node, cellClass.cell) && node.properties['dataCellId'] !== undefined;
}

/** The unhighlighted code block of a cell written in a page rather than in lesson markdown. */
export function plainCodeBlock(code: string): Element {
  return element('pre', { className: [cellClass.plainCode], dataLanguage: 'js' }, [element('code', {}, [text(code)])]);
}
