import { z } from 'zod';

/** The frontmatter of a documentation page in `docs/` (such as the authoring guide). */
export const docSchema = z
  .object({
    /** The page title, shown as its `h1`. */
    title: z.string().min(3),
    /** One sentence describing the page, for search engines and link previews. */
    description: z.string().min(10),
  })
  .strict();

export type Doc = z.output<typeof docSchema>;
