/**
 * A lesson on paper: theory layers are native <details>, closed by default, and a printout of a
 * closed one shows only its summary. While the page prints, every closed <details> in the root is
 * opened; afterwards exactly those are closed again, so the learner's open/closed choices survive.
 */

/** The page's print events (injectable for tests). */
export interface PrintEvents {
  addEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
  removeEventListener(type: 'beforeprint' | 'afterprint', listener: () => void): void;
}

/** Opens `root`'s closed <details> on `beforeprint` and closes them on `afterprint`; returns an unbind. */
export function openDetailsWhilePrinting(root: ParentNode, events: PrintEvents = window): () => void {
  let openedForPrint: HTMLDetailsElement[] = [];
  const before = () => {
    const closed = [...root.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of closed) details.open = true;
    openedForPrint = [...openedForPrint, ...closed];
  };
  const after = () => {
    for (const details of openedForPrint) details.open = false;
    openedForPrint = [];
  };
  events.addEventListener('beforeprint', before);
  events.addEventListener('afterprint', after);
  return () => {
    events.removeEventListener('beforeprint', before);
    events.removeEventListener('afterprint', after);
  };
}
