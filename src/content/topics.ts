/**
 * The four math tracks a theory layer can belong to (see the course plan).
 * The id is what authors write in frontmatter and in `:::theory{topic="…"}`;
 * the label is what learners see on the collapsed layer.
 */
export const MATH_TOPICS = {
  'linear-algebra': 'Linear algebra',
  'information-theory': 'Information theory',
  'convex-optimization': 'Convex optimization',
  'numerical-analysis': 'Numerical analysis',
} as const;

/** A math track id, e.g. `"information-theory"`. */
export type MathTopic = keyof typeof MATH_TOPICS;

/** The track ids in a fixed order, for schemas and error messages. */
export const MATH_TOPIC_IDS = Object.keys(MATH_TOPICS) as [MathTopic, ...MathTopic[]];

export function isMathTopic(value: unknown): value is MathTopic {
  return typeof value === 'string' && Object.hasOwn(MATH_TOPICS, value);
}
