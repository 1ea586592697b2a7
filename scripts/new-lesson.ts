// `npm run new:lesson -- "Title"`: writes lessons/<id>.md, a lesson that passes every check,
// placed after the last lesson. Refuses to overwrite an existing file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, projectContentDirs } from '../src/authoring/check-content';
import { inCourseOrder } from '../src/content/course';
import { lessonIdFor, scaffoldLesson } from '../src/authoring/scaffold-lesson';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the lesson a title: npm run new:lesson -- "Your lesson title"');
  process.exit(1);
}
const id = lessonIdFor(title);
if (!id) {
  console.error(`"${title}" has no letters or digits to make a file name from. Use a title with words in it.`);
  process.exit(1);
}
const dirs = projectContentDirs();
const path = join(dirs.lessonsDir, `${id}.md`);
if (existsSync(path)) {
  console.error(`lessons/${id}.md already exists. Choose another title or edit that file.`);
  process.exit(1);
}
const { lessons } = await checkContent(dirs);
const ordered = inCourseOrder([...lessons].map(([lessonId, data]) => ({ id: lessonId, data })));
const last = ordered.at(-1);
mkdirSync(dirs.lessonsDir, { recursive: true });
writeFileSync(path, scaffoldLesson({ title, order: (last?.data.order ?? 0) + 1, section: last?.data.section ?? 'Foundations' }));
console.log(`Created lessons/${id}.md (lesson ${(last?.data.order ?? 0) + 1}). Preview it with npm run dev at /lessons/${id}/.`);
