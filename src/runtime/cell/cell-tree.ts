/**
 * The one builder of a code cell's markup, as a hast tree: its region, the Run/Stop/Reset/Share
 * buttons (disabled until the page runtime takes the cell over), its status, the code block and
 * the empty Output region. remark-run-cells.ts uses it for lesson cells (with Shiki's code block),
 * cell-html.ts renders it for CodeCell.astro and the test fixtures; the page finds the parts with
 * cell-selectors.ts. Names and labels come from the runtime's message catalog.
 */
import type { Element, ElementContent, Text } from 'hast';
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

const BUTTON_LABELS: Record<CellAction, () => string> = {
  run: runtimeMessages.runButton,
  stop: runtimeMessages.stopButton,
  reset: runtimeMessages.resetButton,
  share: shareMessages.shareButton,
};

const text = (value: string): Text => ({ type: 'text', value });

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const button = (action: CellAction): Element =>
  element('button', { type: 'button', dataAction: action, disabled: true, className: [cellClass.button, cellClass.action(action)] }, [
    text(BUTTON_LABELS[action]()),
  ]);

/**
 * A cell around `codeBlock`, which is placed as given (the same object), between the toolbar
 * and the Output region.
 */
export function cellTree({ id, index }: CellPlace, codeBlock: ElementContent): Element {
  return element(
    'section',
    { className: [cellClass.cell], dataCellId: id, dataCellIndex: index, ariaLabel: runtimeMessages.cellName(index) },
    [
      element('div', { className: [cellClass.toolbar] }, [
        ...CELL_ACTIONS.map(button),
        element('span', { className: [cellClass.status], role: 'status' }, [text(runtimeMessages.statusNotRun())]),
      ]),
      codeBlock,
      element('div', { className: [cellClass.output], role: 'log', ariaLabel: runtimeMessages.outputName(), ariaLive: 'polite' }),
    ],
  );
}

/** The unhighlighted code block of a cell written in a page rather than in lesson markdown. */
export function plainCodeBlock(code: string): Element {
  return element('pre', { className: [cellClass.plainCode], dataLanguage: 'js' }, [element('code', {}, [text(code)])]);
}
