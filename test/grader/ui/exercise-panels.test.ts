// @vitest-environment happy-dom
/**
 * The exercise panels' page-load part: a panel binds when the learner comes near it (scrolls
 * within a screen, focuses or points into it), and a button pressed before that is not lost.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindExercisePanelsWhenNear } from '../../../src/grader/ui/exercise-panels';

const binds = vi.hoisted(() => ({ roots: [] as HTMLElement[], clicks: [] as string[] }));
vi.mock('../../../src/grader/ui/exercise-panel', () => ({
  bindExercisePanel: (root: HTMLElement) => {
    binds.roots.push(root);
    root.querySelector('button')!.addEventListener('click', () => binds.clicks.push(root.id));
  },
}));
const later = vi.hoisted(() => ({ offers: [] as Array<() => Promise<unknown>> }));
vi.mock('../../../src/share/share-targets', () => ({
  offerShareTargetsOnDemand: (offer: () => Promise<unknown>) => later.offers.push(offer),
}));

/** An IntersectionObserver the test drives: `scrollNear(root)` reports it within the margin. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
  }
  static scrollNear(target: Element) {
    for (const observer of FakeObserver.all) {
      if (observer.watched.has(target))
        observer.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], observer as never);
    }
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  document.body.innerHTML = ['a', 'b']
    .map(
      (id) =>
        `<section class="exercise-panel" id="${id}"><textarea></textarea><button type="button" data-action="check">Check</button></section>`,
    )
    .join('');
  bindExercisePanelsWhenNear();
  return { a: document.getElementById('a')!, b: document.getElementById('b')! };
}

beforeEach(() => {
  binds.roots = [];
  binds.clicks = [];
  later.offers = [];
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => vi.unstubAllGlobals());

describe('exercise panels bind as the learner comes near', () => {
  it('bind none at load; one when it scrolls within a screen, once', async () => {
    const { a, b } = mount();
    await settle();
    expect(binds.roots).toEqual([]);
    expect(FakeObserver.all[0]?.options.rootMargin).toBe('100% 0px');
    FakeObserver.scrollNear(b);
    FakeObserver.scrollNear(b);
    await settle();
    expect(binds.roots).toEqual([b]);
    a.querySelector('textarea')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(binds.roots).toEqual([b, a]);
  });

  it('hold a button pressed before its panel is bound, and press it once the panel is', async () => {
    const { a } = mount();
    const button = a.querySelector('button')!;
    const press = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(binds.clicks).toEqual([]);
    await settle();
    expect(binds.roots).toEqual([a]);
    expect(binds.clicks).toEqual(['a']);
    // Bound: a press goes straight through.
    button.click();
    expect(binds.clicks).toEqual(['a', 'a']);
  });

  it('bind every panel when a share link asks for its targets', async () => {
    const { a, b } = mount();
    expect(later.offers).toHaveLength(1);
    await later.offers[0]!();
    expect(binds.roots).toEqual([a, b]);
  });

  it('bind every panel at once where the browser cannot tell what is near', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { a, b } = mount();
    await settle();
    expect(binds.roots).toEqual([a, b]);
  });
});
