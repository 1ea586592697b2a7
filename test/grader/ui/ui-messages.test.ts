import { describe, expect, it } from 'vitest';
import { exerciseUi } from '../../../src/grader/ui/ui-messages';
import { progressMessages, progressUi } from '../../../src/progress/messages';

describe('exercise and progress UI wording (pinned)', () => {
  it('labels of the accessibility contract and the confirm step', () => {
    expect([exerciseUi.notChecked, exerciseUi.checking, exerciseUi.confirmYes, exerciseUi.confirmNo]).toEqual([
      'Not checked yet',
      'Checking…',
      'Yes, show it',
      'Keep trying',
    ]);
    expect(exerciseUi.hintHeading(2, 3)).toBe('Hint 2 of 3');
    expect(exerciseUi.runTimedOut(10)).toBe('Run stopped: it did not finish within 10 s. Look for a loop that never ends.');
    expect(exerciseUi.runError('TypeError', 'x is not a function', 4)).toBe('TypeError on line 4: x is not a function');
    expect(exerciseUi.runError('Thrown value', 'oops', null)).toBe('Thrown value: oops');
    expect(exerciseUi.checkStopped).toBe('Check stopped');
    expect(progressUi.completion(2, 3)).toBe('2 of 3 exercises passed');
  });

  it('progress messages tell the learner what happened and that nothing was lost', () => {
    expect(progressMessages.corruptKeptAside('runfirst:progress:kept-aside:1')).toBe(
      'Your saved progress could not be read (it is damaged), so this page started fresh. Nothing was deleted: the old data is kept in your browser\'s storage under "runfirst:progress:kept-aside:1".',
    );
    expect(progressMessages.importDone('merge', 3, 2)).toBe(
      'Progress merged: 3 saved cells and 2 exercises from the file were combined with yours.',
    );
    expect(progressMessages.importNewer(3)).toBe(
      'That progress file was written by a newer version of runfirst (format 3). Nothing was changed. Import it on the newer site.',
    );
  });
  it('says how to edit the exercise code by keyboard', () => {
    expect(exerciseUi.editKeys).toBe('Press Enter to edit the code, Escape to stop editing.');
    expect(exerciseUi.editPrompt).toBe('Press Enter to edit the code.');
  });
});
