import { describe, expect, it } from 'vitest';
import { courseSections, exercisesByLesson, formatMinutes, linkedExercises, neighbours } from '../../src/content/course';

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

  it('formats estimated time', () => {
    expect([formatMinutes(45), formatMinutes(60), formatMinutes(90)]).toEqual(['45 min', '1 h', '1 h 30 min']);
  });
});
