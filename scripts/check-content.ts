// `npm run check:content`: checks every lesson and exercise and prints each problem as
// file:line: what is wrong and how to fix it. Exits 1 when there is any problem.
import { checkContent, projectContentDirs } from '../src/authoring/check-content';
import { formatAuthoringErrors } from '../src/content/authoring-error';

const { errors, lessons, exercises } = await checkContent(projectContentDirs());
if (errors.length > 0) {
  console.error(formatAuthoringErrors(errors));
  process.exit(1);
}
console.log(`Content check passed: ${lessons.size} lessons, ${exercises.size} exercises.`);
