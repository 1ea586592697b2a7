import { describe, expect, it } from 'vitest';
import {
  courseSections,
  exercisesByLesson,
  exercisesInLocale,
  lessonsInLocale,
  linkedExercises,
  neighbours,
} from '../../src/content/course';

const lesson = (id: string, order: number, section: string, exercises: string[] = [], minutes = 20) => ({
  id,
  data: { title: id, section, order, summary: `${id} summary`, minutes, exercises },
});
const lessons = [lesson('c', 3, 'Practice', ['ex-c'], 30), lesson('a', 1, 'Basics', ['ex-a2', 'ex-a1']), lesson('b', 2, 'Basics')];
const exercises = [{ id: 'ex-a1' }, { id: 'ex-a2' }, { id: 'ex-c' }, { id: 'unlinked' }];

describe('the course structure', () => {
  it('groups lessons into sections in the order of their first lesson, with total minutes', () => {
    expect(courseSections(lessons).map((s) => [s.title, s.lessons.map((l) => l.id), s.minutes])).toEqual([
      ['Basics', ['a', 'b'], 40],
      ['Practice', ['c'], 30],
    ]);
  });

  it('finds the previous and next lesson in course order', () => {
    expect(neighbours(lessons, 'b')).toEqual({ previous: lessons[1], next: lessons[0] });
    expect(neighbours(lessons, 'a')).toEqual({ next: lessons[2] });
    expect(neighbours(lessons, 'missing')).toEqual({});
  });

  it('lists a lesson’s exercises in frontmatter order, and lessons with exercises in course order', () => {
    expect(linkedExercises(lessons[1]!, exercises).map((e) => e.id)).toEqual(['ex-a2', 'ex-a1']);
    expect(exercisesByLesson(lessons, exercises).map((g) => [g.lesson.id, g.exercises.map((e) => e.id)])).toEqual([
      ['a', ['ex-a2', 'ex-a1']],
      ['c', ['ex-c']],
    ]);
  });

  it('names translated lessons and exercises in their language, the rest as they are', () => {
    const withObjectives = lessons.map((lesson) => ({ ...lesson, data: { ...lesson.data, objectives: ['English objective'] } }));
    const pages = [
      { data: { locale: 'zh-cn', lesson: 'a', translated: true, title: '甲', summary: '甲的摘要', objectives: ['目标'] } },
      { data: { locale: 'zh-cn', lesson: 'b', translated: false, title: 'B', summary: 'B summary', objectives: ['English objective'] } },
    ];
    const zh = lessonsInLocale(withObjectives, pages, 'zh-cn');
    expect(zh.find((l) => l.id === 'a')?.data).toMatchObject({ title: '甲', summary: '甲的摘要', objectives: ['目标'] });
    expect(zh.find((l) => l.id === 'a')?.lang).toBeUndefined();
    expect(zh.find((l) => l.id === 'b')).toEqual({ ...withObjectives.find((l) => l.id === 'b'), lang: 'en' });
    expect(lessonsInLocale(withObjectives, pages, 'en')).toEqual(withObjectives.map((l) => ({ ...l, lang: undefined })));
    const withHints = exercises.map((exercise) => ({ ...exercise, data: { title: exercise.id, hints: ['hint'] } }));
    const prompts = [{ data: { locale: 'zh-cn', exercise: 'ex-c', title: '练习丙', hints: ['提示'] } }];
    expect(exercisesInLocale(withHints, prompts, 'zh-cn').map((e) => [e.id, e.data.title, e.data.hints, e.lang])).toEqual(
      withHints.map((e) => (e.id === 'ex-c' ? ['ex-c', '练习丙', ['提示'], undefined] : [e.id, e.id, ['hint'], 'en'])),
    );
  });
});
