import { describe, expect, it } from 'vitest';
import { readGroupFiles, GROUP_FILE_LIMIT_BYTES } from '../../src/progress/group-files';
import { groupFileMessages } from '../../src/progress/group-messages';
import { exported, given, record } from './group-fixtures';

const ana = exported('Ana', { 'fit-a-line': record('passed', 2) });
const ben = exported('Ben', { 'fit-a-line': record('attempted', 3, 1) });

describe('group board: reading exported files', () => {
  it('reads each export as a learner, sorted by name, with its file, export time and course version', () => {
    const { learners, notShown } = readGroupFiles([given('ben.json', ben), given('ana.json', ana)], 0);
    expect(notShown).toEqual([]);
    expect(learners.map((l) => [l.name, l.named, l.fileName, l.exportedAt, l.courseVersion])).toEqual([
      ['Ana', true, 'ana.json', '2026-12-01T10:00:00.000Z', '0.1.0+abcdef12'],
      ['Ben', true, 'ben.json', '2026-12-01T10:00:00.000Z', '0.1.0+abcdef12'],
    ]);
    expect(learners[1]!.exercises['fit-a-line']).toMatchObject({ status: 'attempted', attempts: 3, hintsUsed: 1 });
  });

  it('names an unnamed learner by the file, and never takes two unnamed learners for one', () => {
    const a = exported(undefined, {}, { updatedAt: 1 });
    const b = exported(undefined, {}, { updatedAt: 2 });
    const { learners, notShown } = readGroupFiles([given('x.json', a), given('y.json', b)], 0);
    expect(learners.map((l) => l.name)).toEqual(['Unnamed (x.json)', 'Unnamed (y.json)']);
    expect(notShown).toEqual([]);
  });

  it('lists every malformed case with what is wrong, and still shows the rest', () => {
    const files = [
      given('ana.json', ana),
      given('notes.txt', 'my notes, not JSON'),
      given('package.json', '{"name": "runfirst", "version": "0.1.0"}'),
      given('array.json', '[1, 2]'),
      given('future.json', JSON.stringify({ format: 'runfirst-progress', progress: { version: 99, whatever: true } })),
      given(
        'damaged.json',
        JSON.stringify({
          format: 'runfirst-progress',
          progress: { version: 3, cells: {}, exercises: { a: { status: 'won' } }, updatedAt: 1 },
        }),
      ),
      { fileName: 'huge.json', size: GROUP_FILE_LIMIT_BYTES + 1, tooLarge: true as const },
      { fileName: 'gone.json', size: 10, unreadable: 'NotFoundError' },
    ];
    const { learners, notShown } = readGroupFiles(files, 0);
    expect(learners.map((l) => l.name)).toEqual(['Ana']);
    expect(notShown.map((n) => n.fileName)).toEqual([
      'notes.txt',
      'package.json',
      'array.json',
      'future.json',
      'damaged.json',
      'huge.json',
      'gone.json',
    ]);
    const messages = notShown.map((n) => n.message);
    expect(messages[0]).toMatch(
      /^notes\.txt: not a runfirst progress file: it is not valid JSON \(.+\)\. Ask for the file that Export progress saves\.$/,
    );
    expect(messages.slice(1)).toEqual([
      'package.json: not a runfirst progress file (it has no "runfirst-progress" marker). Ask for the file that Export progress saves.',
      'array.json: not a runfirst progress file (it has no "runfirst-progress" marker). Ask for the file that Export progress saves.',
      'future.json: written by a newer version of runfirst (progress format 99). Open the group board on the newer site to read it.',
      "damaged.json: the progress file is damaged: progress.exercises.a.status: Invalid enum value. Expected 'not-started' | 'attempted' | 'passed', received 'won'.",
      'huge.json: too large to be a progress file (10.0 MB; the limit is 10 MB). It was not read.',
      'gone.json: the browser could not read this file (NotFoundError).',
    ]);
  });

  it('counts the same export given twice once, and says so', () => {
    const { learners, notShown } = readGroupFiles([given('ana.json', ana), given('ana (1).json', ana)], 0);
    expect(learners.map((l) => l.fileName)).toEqual(['ana.json']);
    expect(notShown).toEqual([{ fileName: 'ana (1).json', message: groupFileMessages.sameExport('ana (1).json', 'ana.json') }]);
  });

  it('shows the newer of two exports naming the same learner (any case), whichever comes first', () => {
    const monday = exported('Ana', { 'fit-a-line': record('attempted', 1) }, { at: '2026-11-30T09:00:00.000Z', updatedAt: 1 });
    const friday = exported('ana', { 'fit-a-line': record('passed', 2) }, { at: '2026-12-04T09:00:00.000Z', updatedAt: 2 });
    for (const order of [
      [given('monday.json', monday), given('friday.json', friday)],
      [given('friday.json', friday), given('monday.json', monday)],
    ]) {
      const { learners, notShown } = readGroupFiles(order, 0);
      expect(learners.map((l) => [l.fileName, l.exercises['fit-a-line']?.status])).toEqual([['friday.json', 'passed']]);
      expect(notShown).toEqual([{ fileName: 'monday.json', message: groupFileMessages.olderExport('monday.json', 'Ana', 'friday.json') }]);
    }
  });

  it('keeps names from files as plain text, HTML and all', () => {
    const { learners } = readGroupFiles([given('<b>x</b>.json', exported('<script>alert(1)</script>', {}))], 0);
    expect(learners[0]!.name).toBe('<script>alert(1)</script>');
    expect(learners[0]!.fileName).toBe('<b>x</b>.json');
  });
});
