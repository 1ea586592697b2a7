/** The wording of share links, pinned: the names tests and assistive technology use, and every problem. */
import { describe, expect, it } from 'vitest';
import { shareMessages as m } from '../../src/share/messages';

describe('share messages', () => {
  it('names the controls as the accessibility contract says (DESIGN.md "Accessible names")', () => {
    expect([m.shareButton(), m.linkLabel(), m.copyButton(), m.sharedHeading()]).toEqual(['Share', 'Share link', 'Copy', 'Shared code']);
    expect([m.dialogTitle(), m.closeButton(), m.keepShared(), m.backToMine(), m.dismiss()]).toEqual([
      'Share this code',
      'Close',
      'Keep the shared code',
      'Go back to my code',
      'Dismiss',
    ]);
  });

  it('tells the learner to read shared code before running it', () => {
    expect([m.sharedNote(), m.sharedHasMarkup(), m.dialogNote()]).toMatchInlineSnapshot(`
      [
        "Someone shared this code with you through a link. Read it before you press Run: it runs in this page like your own code. Your own code is kept until you choose.",
        "It contains HTML markup (such as <script>), shown here as plain text: nothing in it ran.",
        "Whoever opens this link sees this code in the same place, marked as shared code; it runs only when they press Run. The code travels inside the link itself (after the #), so it is never sent to a server.",
      ]
    `);
  });

  it('says what went wrong with a link, that nothing changed or ran, and what to do', () => {
    const problems = [
      m.problem({ kind: 'incomplete' }),
      m.problem({ kind: 'damaged' }),
      m.problem({ kind: 'version', found: '2', expected: 1 }),
      m.problem({ kind: 'too-large' }),
      m.problem({ kind: 'unknown-place', place: { kind: 'cell', lesson: 'first-model', cell: 'no-such-cell' } }),
      m.problem({ kind: 'unknown-place', place: { kind: 'exercise', exercise: 'no-such-exercise' } }),
    ];
    for (const problem of problems) expect(problem).toContain('Nothing was changed and nothing ran.');
    expect(problems).toMatchInlineSnapshot(`
      [
        "This share link is incomplete: it was probably cut off when it was copied. Nothing was changed and nothing ran. Ask for the link again and copy all of it.",
        "This share link is damaged: the code in it cannot be read. Nothing was changed and nothing ran. Ask for the link again.",
        "This share link uses share format 2, and this site reads only format 1. Nothing was changed and nothing ran. Open it on the site it was made on, or ask for a new link.",
        "This share link carries more code than a share link may (at most 64 KB), so it was not opened. Nothing was changed and nothing ran.",
        "This share link is for cell "no-such-cell" of lesson "first-model", which is not on this page. Nothing was changed and nothing ran. Open the link on the lesson it was made on.",
        "This share link is for the exercise "no-such-exercise", which is not on this page. Nothing was changed and nothing ran. Open the link on the page it was made on.",
      ]
    `);
  });

  it('says when code is too long to share, and the cap', () => {
    expect([m.tooLongToShare(70_000), m.copied(), m.copyFailed()]).toMatchInlineSnapshot(`
      [
        "This code is 69 KB, more than a share link may carry (64 KB). Share a shorter piece of code.",
        "Link copied.",
        "Could not copy by itself: the link is selected, so press Ctrl+C (Cmd+C on a Mac).",
      ]
    `);
  });
});
