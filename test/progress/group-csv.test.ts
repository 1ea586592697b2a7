import { describe, expect, it } from 'vitest';
import { boardCsv, csvField } from '../../src/progress/group-csv';
import { buildBoard } from '../../src/progress/group-board';
import { readGroupFiles } from '../../src/progress/group-files';
import { COURSE, VERSION, exported, given, record } from './group-fixtures';

describe('group board: CSV', () => {
  it('quotes fields with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Ana, María')).toBe('"Ana, María"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField(0)).toBe('0');
    expect(csvField(12)).toBe('12');
  });

  it('makes text a spreadsheet would run as a formula inert with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('  =1')).toBe("'  =1");
    expect(csvField('Ana = Bea')).toBe('Ana = Bea');
  });

  it('writes one row per learner: name, file, version, export time, passed count, then status, checks and hints per exercise', () => {
    const learners = readGroupFiles(
      [
        given('ana.json', exported('Ana', { 'fit-a-line': record('passed', 2), knn: record('attempted', 1, 2) })),
        given('evil.json', exported('=cmd|"/c calc"!A1', { 'stable-softmax': record('attempted', 3) }, { version: '0.0.9+00000000' })),
      ],
      0,
    ).learners;
    const csv = boardCsv(buildBoard(COURSE, learners, VERSION));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Learner,File,Course version,Exported at,Exercises passed,fit-a-line: status,fit-a-line: checks,fit-a-line: hints,stable-softmax: status,stable-softmax: checks,stable-softmax: hints,knn: status,knn: checks,knn: hints',
      `"'=cmd|""/c calc""!A1",evil.json,0.0.9+00000000,2026-12-01T10:00:00.000Z,0,not started,0,0,attempted,3,0,not started,0,0`,
      'Ana,ana.json,0.1.0+abcdef12,2026-12-01T10:00:00.000Z,1,passed,2,0,not started,0,0,attempted,1,2',
      '',
    ]);
  });
});
