import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog/catalog';
import { SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales';
import { catalogProblems } from './catalog-walk';

const areaFiles = (locale: string) =>
  readdirSync(new URL(`../../src/i18n/catalog/${locale}/`, import.meta.url))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();

describe('the message catalog', () => {
  it('lists every area file of every locale', () => {
    const locales: Locale[] = [SOURCE_LOCALE, ...TRANSLATED_LOCALES];
    for (const locale of locales) {
      expect(Object.keys(catalog[locale]).sort(), `src/i18n/catalog/${locale}/`).toEqual(areaFiles(locale));
    }
  });

  for (const locale of TRANSLATED_LOCALES) {
    it(`has every English message in ${locale}, each translated and taking the same arguments`, () => {
      const problems = Object.entries(catalog.en).flatMap(([area, english]) =>
        catalogProblems(english, catalog[locale][area as keyof typeof catalog.en], area),
      );
      expect(problems).toEqual([]);
    });
  }
});

describe('the catalog walk', () => {
  const english = {
    title: 'Group progress',
    count: (n: number) => `${n} files`,
    done: () => 'Done',
    labels: { passed: 'Passed' },
    columns: ['Learner', 'File'],
    file: (now: Date) => `runfirst-${now.getFullYear()}.csv`,
  };
  const neutral = new Set(['t.file']);
  const good = {
    title: '小组进度',
    count: (n: number) => `${n} 个文件`,
    done: () => '完成',
    labels: { passed: '已通过' },
    columns: ['学习者', '文件'],
    file: (now: Date) => `runfirst-${now.getFullYear()}.csv`,
  };

  it('accepts a complete translation', () => {
    expect(catalogProblems(english, good, 't', neutral)).toEqual([]);
  });

  it('names a missing key, an extra key, a different arity and an untranslated text', () => {
    const { labels: _labels, ...withoutLabels } = good;
    expect(
      catalogProblems(
        english,
        { ...withoutLabels, extra: '多余', count: () => '文件', done: () => 'Done', columns: ['学习者', 'File'] },
        't',
        neutral,
      ),
    ).toEqual([
      't.count: takes 0 arguments, the English takes 1',
      't.done: not translated (Done)',
      't.labels: missing',
      't.columns.1: not translated ("File")',
      't.extra: not in the English catalog',
    ]);
  });

  it('reads a message with arguments by its source text', () => {
    expect(catalogProblems(english, { ...good, count: (n: number) => `${n} files` }, 't', neutral)).toEqual([
      expect.stringMatching(/^t\.count: not translated/),
    ]);
  });
});
