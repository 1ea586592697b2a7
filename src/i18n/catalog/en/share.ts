/**
 * Every label and sentence of share links: the Share button of cells and exercises, the Share
 * dialog, the Shared code note, and what a broken or hostile link says. The button and dialog
 * names are part of the accessibility contract (DESIGN.md "Accessible names").
 */
/**
 * A share link that cannot be opened, as src/share/share-link.ts reports it. The catalog imports
 * nothing from the areas it speaks for, so the shape is spelled out here; open-shared.ts passes
 * share-link's ShareProblem to `problem`, so tsc fails when a kind is added there and not here.
 */
export type ShareLinkProblem =
  | { kind: 'incomplete' }
  | { kind: 'damaged' }
  | { kind: 'version'; found: string; expected: number }
  | { kind: 'too-large' }
  | { kind: 'unknown-place'; place: { kind: 'cell'; lesson: string; cell: string } | { kind: 'exercise'; exercise: string } };

/** The most code a share link carries, as the learner reads it. */
const CAP = '64 KB';

const NOTHING_CHANGED = 'Nothing was changed and nothing ran.';

export const shareMessages = {
  shareButton: () => 'Share',

  // The Share dialog.
  dialogTitle: () => 'Share this code',
  dialogNote: () =>
    'Whoever opens this link sees this code in the same place, marked as shared code; it runs only when they press Run. ' +
    'The code travels inside the link itself (after the #), so it is never sent to a server.',
  linkLabel: () => 'Share link',
  copyButton: () => 'Copy',
  closeButton: () => 'Close',
  copied: () => 'Link copied.',
  copyFailed: () => 'Could not copy by itself: the link is selected, so press Ctrl+C (Cmd+C on a Mac).',
  tooLongToShare: (bytes: number) =>
    `This code is ${Math.ceil(bytes / 1024)} KB, more than a share link may carry (${CAP}). Share a shorter piece of code.`,

  // What a page opened from a link shows in the cell or exercise.
  sharedHeading: () => 'Shared code',
  sharedNote: () =>
    'Someone shared this code with you through a link. Read it before you press Run: it runs in this page like your own code. ' +
    'Your own code is kept until you choose.',
  sharedHasMarkup: () => 'It contains HTML markup (such as <script>), shown here as plain text: nothing in it ran.',
  keepShared: () => 'Keep the shared code',
  backToMine: () => 'Go back to my code',

  // A link that cannot be opened (a notice at the top of the page).
  dismiss: () => 'Dismiss',
  problem: (problem: ShareLinkProblem): string => {
    switch (problem.kind) {
      case 'incomplete':
        return `This share link is incomplete: it was probably cut off when it was copied. ${NOTHING_CHANGED} Ask for the link again and copy all of it.`;
      case 'damaged':
        return `This share link is damaged: the code in it cannot be read. ${NOTHING_CHANGED} Ask for the link again.`;
      case 'version':
        return `This share link uses share format ${problem.found}, and this site reads only format ${problem.expected}. ${NOTHING_CHANGED} Open it on the site it was made on, or ask for a new link.`;
      case 'too-large':
        return `This share link carries more code than a share link may (at most ${CAP}), so it was not opened. ${NOTHING_CHANGED}`;
      case 'unknown-place':
        return problem.place.kind === 'cell'
          ? `This share link is for cell "${problem.place.cell}" of lesson "${problem.place.lesson}", which is not on this page. ${NOTHING_CHANGED} Open the link on the lesson it was made on.`
          : `This share link is for the exercise "${problem.place.exercise}", which is not on this page. ${NOTHING_CHANGED} Open the link on the page it was made on.`;
    }
  },
};
