/**
 * The part of the exercise panels that loads with the page: each panel is brought to life
 * (exercise-panel.ts, its editor and texts) when the learner comes near it — it scrolls to within
 * a screen of the viewport, takes focus or a pointer — or when a share link names it. A lesson
 * page's exercises sit after its lesson, so most first loads need none of that code (figure 1 of
 * `npm run bench`); an exercise page's panel is in view and binds at once.
 *
 * Nothing the learner does before a panel is bound is lost: a press of one of its buttons is held
 * and repeated once the panel is ready, and code clicked into stays editable (exercise-editor.ts).
 */
import { offerShareTargetsOnDemand } from '../../share/share-targets';

let panelCodeLoad: Promise<typeof import('./exercise-panel')> | undefined;
/** The panel code, downloaded once (again after a failed download). */
const panelCode = () =>
  (panelCodeLoad ??= import('./exercise-panel').catch((error: unknown) => {
    panelCodeLoad = undefined;
    throw error;
  }));

/** How far outside the viewport a panel starts loading: a screen above and below. */
const AHEAD = '100% 0px';

/** Makes every exercise panel of `doc` bind itself when the learner comes near it. */
export function bindExercisePanelsWhenNear(doc: Document = document): void {
  const panels = [...doc.querySelectorAll<HTMLElement>('.exercise-panel')];
  if (panels.length === 0) return;
  const binding = new Map<HTMLElement, Promise<void>>();
  const bound = new Set<HTMLElement>();
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => entries.filter((entry) => entry.isIntersecting).forEach((entry) => void bind(entry.target as HTMLElement)),
          {
            rootMargin: AHEAD,
          },
        );

  function bind(root: HTMLElement): Promise<void> {
    let done = binding.get(root);
    if (!done) {
      observer?.unobserve(root);
      done = panelCode().then(
        (code) => {
          code.bindExercisePanel(root);
          bound.add(root);
        },
        (error: unknown) => {
          // Offline before the offline copy was complete: the plain code stays usable; the next
          // approach tries again.
          binding.delete(root);
          throw error;
        },
      );
      binding.set(root, done);
    }
    return done;
  }

  for (const root of panels) {
    if (observer) observer.observe(root);
    else void bind(root);
    root.addEventListener('focusin', () => void bind(root).catch(() => undefined));
    root.addEventListener('pointerdown', () => void bind(root).catch(() => undefined));
    // A press of a button before the panel is ready is held, and repeated once it is.
    root.addEventListener(
      'click',
      (event) => {
        if (bound.has(root)) return;
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (!button) return void bind(root).catch(() => undefined);
        event.preventDefault();
        event.stopImmediatePropagation();
        void bind(root).then(
          () => button.click(),
          () => undefined,
        );
      },
      { capture: true },
    );
  }
  offerShareTargetsOnDemand(() => Promise.all(panels.map(bind)));
}
