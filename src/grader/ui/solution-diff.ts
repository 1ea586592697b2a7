/**
 * The learner's code beside the reference solution: Monaco's diff editor (read-only, side by
 * side), or two plain columns when Monaco is not available. The learner's editor is untouched.
 * Showing it again in the same host first disposes the diff editor and the two models it showed
 * before, so opening the solution repeatedly holds one diff's memory, not one per opening.
 */
import { loadMonaco } from '../../editor/load-monaco';
import { exerciseUi } from './ui-messages';

/** A solution view shown in a host. */
export interface SolutionDiff {
  /** Frees the diff editor and its models and empties the host. Safe to call twice. */
  dispose(): void;
}

const shown = new WeakMap<HTMLElement, SolutionDiff>();
let opened = 0;

/** Shows `mine` and `solution` side by side inside `host` (replacing, and disposing, what it held). */
export async function showSolutionDiff(host: HTMLElement, mine: string, solution: string, uriBase: string): Promise<SolutionDiff> {
  shown.get(host)?.dispose();
  let disposeEditor = () => {};
  const view: SolutionDiff = {
    dispose() {
      disposeEditor();
      disposeEditor = () => {};
      if (shown.get(host) === view) shown.delete(host);
      host.replaceChildren();
    },
  };
  shown.set(host, view);
  host.replaceChildren();
  try {
    const monaco = await loadMonaco();
    if (shown.get(host) !== view) return view; // shown again while Monaco loaded
    const box = document.createElement('div');
    box.className = 'exercise-diff';
    host.append(box);
    opened += 1;
    const original = monaco.editor.createModel(mine, 'javascript', monaco.Uri.parse(`${uriBase}/mine-${opened}.js`));
    const modified = monaco.editor.createModel(solution, 'javascript', monaco.Uri.parse(`${uriBase}/solution-${opened}.js`));
    const diff = monaco.editor.createDiffEditor(box, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      ariaLabel: exerciseUi.diffLabel,
    });
    diff.setModel({ original, modified });
    disposeEditor = () => {
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  } catch {
    const columns = document.createElement('div');
    columns.className = 'exercise-diff-plain';
    for (const [label, code] of [
      [exerciseUi.yourCode, mine],
      [exerciseUi.referenceSolution, solution],
    ] as const) {
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      const pre = document.createElement('pre');
      pre.textContent = code;
      figure.append(caption, pre);
      columns.append(figure);
    }
    host.append(columns);
  }
  return view;
}
