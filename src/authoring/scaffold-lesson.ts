import { slugify } from './slugify';

/** What `npm run new:lesson -- "Title"` needs to write a lesson. */
export interface ScaffoldInput {
  title: string;
  /** The order after the last existing lesson. */
  order: number;
  /** The section of the last lesson, so a new lesson joins it by default. */
  section: string;
}

/** The file name (without `.md`) a title becomes: "Your First Model!" → "your-first-model". */
export const lessonIdFor = (title: string) => slugify(title);

/**
 * A new lesson that passes every content check: frontmatter with each field, a runnable
 * cell first, "what just happened", and a theory layer with math and a check cell.
 */
export function scaffoldLesson({ title, order, section }: ScaffoldInput): string {
  const yamlString = (value: string) => JSON.stringify(value);
  return `---
title: ${yamlString(title)}
section: ${yamlString(section)}
order: ${order}
summary: ${yamlString(`One or two sentences on what the learner runs and sees in "${title}".`)}
minutes: 20
objectives:
  - Run the first cell and read its output
prerequisites: []
exercises: []
topics: [convex-optimization]
---

Press **Run**: this cell runs in your browser.

\`\`\`js run id=first-run
// A tiny experiment: the mean squared error of a guess.
const target = tf.tensor([1, 2, 3]);
const guess = tf.tensor([1.5, 2, 2]);
const loss = tf.losses.meanSquaredError(target, guess);
console.log('loss', loss);
\`\`\`

## What just happened

Explain, in plain words, what the code did and which habit it teaches.

## Try this

- Change one number in the cell above and run it again. What changed?

:::theory{topic="convex-optimization" title="Why the mean squared error is convex"}
For a guess $\\hat y$ the loss is $L(\\hat y) = \\frac{1}{n}\\sum_i (\\hat y_i - y_i)^2$, so

$$
\\frac{\\partial L}{\\partial \\hat y_i} = \\frac{2}{n}(\\hat y_i - y_i).
$$

Check it numerically:

\`\`\`js run id=check-gradient
const grad = tf.grad((g) => tf.losses.meanSquaredError(target, g))(guess);
const expected = guess.sub(target).mul(2 / 3);
console.log(compare(grad, expected).maxAbsError < 1e-6 ? '✓ gradient matches' : '✗ gradient differs');
\`\`\`
:::
`;
}
