/**
 * The part of sharing that loads with a page, kept to a few hundred bytes: cells and exercises
 * offer themselves as share targets; their Share button loads the dialog (share-dialog.ts) on
 * click, and a page opened with a `#share=` fragment (or whose fragment changes to one) loads the
 * code that opens it (open-shared.ts). Nothing else of sharing, fflate included, is in the page
 * bundle.
 */
import type { SharePlace } from './share-link';

/** What every share link's fragment starts with. */
export const SHARE_FRAGMENT_PREFIX = '#share=';

/** A cell or an exercise, as sharing sees it. */
export interface ShareTarget {
  place: SharePlace;
  /** The cell's or exercise's root; it carries `data-shared="pending"` while it shows shared code. */
  root: HTMLElement;
  /** Its Share button. */
  shareButton: HTMLButtonElement;
  /** The element the Shared code note is put after. */
  noteAfter: HTMLElement;
  /** Where focus goes once the learner chose (the Run button). */
  focusAfter: HTMLElement;
  /** Settles once the learner's own saved code is shown (autosave has restored it). */
  ready: Promise<unknown>;
  /** The code shown now. */
  code(): string;
  /** Shows `code`; nothing is saved while the root is marked as showing shared code. */
  setCode(code: string): void;
  /** Saves the code shown now as the learner's own. */
  save(): void;
}

/** The key of a place, one per cell or exercise on a page. */
export const placeKey = (place: SharePlace) =>
  place.kind === 'cell' ? `cell:${place.lesson}/${place.cell}` : `exercise:${place.exercise}`;

/** Whether `root` shows shared code the learner has not kept: autosave must not save it. */
export const isShowingSharedCode = (root: HTMLElement) => root.dataset['shared'] === 'pending';

const targets = new Map<string, ShareTarget>();
let listening = false;

/** Parts of the page that offer their targets only when asked (exercise panels bound as they come near). */
const laterTargets: Array<() => Promise<unknown>> = [];

/** Settles once the page's scripts have run (every module script runs before DOMContentLoaded). */
const scriptsRan = () =>
  document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();

const openFromFragment = () => {
  if (!location.hash.startsWith(SHARE_FRAGMENT_PREFIX)) return;
  void (async () => {
    const [open] = await Promise.all([import('./open-shared'), scriptsRan()]);
    await Promise.all(laterTargets.map((offer) => offer().catch(() => undefined)));
    await open.openSharedFromFragment(targets);
  })();
};

/**
 * Registers `offer`, which offers more targets when called (binds the page's deferred exercise
 * panels): a share link in the fragment, now or later, calls it and waits before it opens, so a
 * link to a panel not yet bound still finds it.
 */
export function offerShareTargetsOnDemand(offer: () => Promise<unknown>): void {
  laterTargets.push(offer);
  listen();
}

function listen() {
  if (listening) return;
  listening = true;
  addEventListener('hashchange', openFromFragment);
  openFromFragment();
}

/** Registers a cell or exercise: its Share button, and as a place a share link can open in. */
export function offerShareTarget(target: ShareTarget): void {
  targets.set(placeKey(target.place), target);
  target.shareButton.addEventListener('click', () => void import('./share-dialog').then((dialog) => dialog.openShareDialog(target)));
  listen();
}
