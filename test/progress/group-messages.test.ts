import { describe, expect, it } from 'vitest';
import { groupUi } from '../../src/progress/group-messages';
import { counted, learnerNameUi } from '../../src/progress/messages';

describe('group board and learner name wording (pinned)', () => {
  it('names the controls of the contract', () => {
    expect([groupUi.title, groupUi.filesLabel, groupUi.downloadCsv, groupUi.clear, groupUi.problemsTitle]).toEqual([
      'Group progress',
      'Progress files',
      'Download CSV',
      'Clear the board',
      'Files not shown',
    ]);
    expect([groupUi.learnersCaption, groupUi.exercisesCaption, groupUi.hardestTitle]).toEqual([
      'Progress by learner',
      'Pass rate by exercise',
      'Hardest for this group',
    ]);
    expect(learnerNameUi.label).toBe('Your name (optional)');
  });

  it('counts with the plural the number takes', () => {
    expect([counted(0, 'file', 'files'), counted(1, 'file', 'files'), counted(2, 'file', 'files')]).toEqual([
      '0 files',
      '1 file',
      '2 files',
    ]);
    expect(groupUi.summary(1, 1, 0)).toBe('Showing 1 learner from 1 file.');
    expect(groupUi.summary(3, 5, 2)).toBe('Showing 3 learners from 5 files; 2 files not shown (see below).');
    expect(groupUi.rate(2, 3)).toBe('2 of 3 (67%)');
    expect(groupUi.cell('not-started', 0, 2, false)).toBe('Not started · 2 hints');
    expect(groupUi.csvFileName(new Date('2026-12-01T10:00:00Z'))).toBe('runfirst-group-progress-2026-12-01.csv');
  });
});
