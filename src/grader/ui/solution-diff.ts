/**
 * The learner's code beside the reference solution: Monaco's diff editor (read-only, side by
 * side), or two plain columns when Monaco is not available. The learner's editor is untouched.
 */
import { loadMonaco } from '../../editor/load-monaco';

/** Shows `mine` and `solution` side by side inside `host` (replacing what it held). */
export async function showSolutionDiff(host: HTMLElement, mine: string, solution: string, uriBase: string): Promise<void> {
  host.replaceChildren();
  try {
    const monaco = await loadMonaco();
    const box = document.createElement('div');
    box.className = 'exercise-diff';
    host.append(box);
    const stamp = Date.now();
    const original = monaco.editor.createModel(mine, 'javascript', monaco.Uri.parse(`${uriBase}/mine-${stamp}.js`));
    const modified = monaco.editor.createModel(solution, 'javascript', monaco.Uri.parse(`${uriBase}/solution-${stamp}.js`));
    const diff = monaco.editor.createDiffEditor(box, {
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      ariaLabel: 'Your code beside the reference solution',
    });
    diff.setModel({ original, modified });
  } catch {
    const columns = document.createElement('div');
    columns.className = 'exercise-diff-plain';
    for (const [label, code] of [['Your code', mine], ['Reference solution', solution]] as const) {
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
}
