/**
 * The content loaders of the translated pages. For every translated locale:
 *
 * - `lessonPages`: every lesson as its page in that language shows it. A translated lesson
 *   (`lessons/<locale>/<id>.md`) gives its words; one not translated yet is the English lesson.
 *   Either way the cells carry the locale's names (rehypeRelabelCells) and the theory layers
 *   their track's name in it, and the markdown checks see the English lesson's frontmatter
 *   (its topics, exercises), as the content check does (check-translations.ts).
 * - `exercisePrompts`: every translated prompt (`exercises/<id>/prompt.<locale>.md`); an
 *   exercise without one shows its English prompt.
 *
 * Entries are rendered with Astro's own markdown pipeline (the `.md` entry type), so a
 * translation renders exactly as the English does. The content check validates the files; this
 * loader only reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Loader, LoaderContext } from 'astro/loaders';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';
import { inLocale } from '../i18n/localized';
import { rehypeRelabelCells } from '../runtime/cell/rehype-relabel-cells';
import { courseUi } from '../ui/site-messages';
import { MATH_TOPICS } from '../content/topics';

/** What a loader needs of Astro's `.md` entry type (the glob loader uses the same two calls). */
interface MarkdownEntryType {
  getEntryInfo(input: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
  getRenderFunction(config: LoaderContext['config']): Promise<
    (entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<{
      html: string;
      metadata?: Record<string, unknown>;
    }>
  >;
}

type Render = Awaited<ReturnType<MarkdownEntryType['getRenderFunction']>>;

const THEORY_TOPIC = /^<span class="theory-topic">(.*)<\/span> $/;

/** The theory layers' track names (remark-theory.ts writes them in English) in `locale`. */
function rehypeTheoryTopics({ locale }: { locale: TranslatedLocale }) {
  const english = new Map<string, string>(Object.entries(MATH_TOPICS).map(([id, name]) => [name, id]));
  const names = inLocale(courseUi, locale).mathTopics;
  return (tree: Root) => {
    visit(tree, 'raw', (node) => {
      const match = THEORY_TOPIC.exec(node.value);
      const id = match ? english.get(match[1] ?? '') : undefined;
      const name = id ? names[id] : undefined;
      if (name) node.value = `<span class="theory-topic">${name}</span> `;
    });
  };
}

/** Astro's `.md` entry type, from the loader's context (not in its public type). */
function markdownEntryType(context: LoaderContext): MarkdownEntryType {
  const entryTypes = (context as unknown as { entryTypes?: Map<string, MarkdownEntryType> }).entryTypes;
  const entryType = entryTypes?.get('.md');
  if (!entryType) throw new Error('The translation loaders need Astro’s markdown entry type (Astro 5).');
  return entryType;
}

/** A render function of the site's markdown pipeline, its cells and theory layers in `locale`. */
async function renderIn(context: LoaderContext, locale: TranslatedLocale): Promise<Render> {
  const { config } = context;
  const rehypePlugins = [...config.markdown.rehypePlugins, [rehypeRelabelCells, { locale }], [rehypeTheoryTopics, { locale }]];
  return markdownEntryType(context).getRenderFunction({ ...config, markdown: { ...config.markdown, rehypePlugins } } as typeof config);
}

async function readEntry(context: LoaderContext, path: string) {
  const contents = readFileSync(path, 'utf8');
  const info = await markdownEntryType(context).getEntryInfo({ contents, fileUrl: pathToFileURL(path) });
  return { ...info, digest: context.generateDigest(contents) };
}

const markdownIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : []);

/** Reloads the collection when a file under `dir` changes (in `astro dev`). */
function reloadOnChange(context: LoaderContext, dir: string, load: () => Promise<void>) {
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(dir)) void load();
  });
}

/** Every lesson as each translated locale's page shows it; ids are "<locale>/<lesson id>". */
export function lessonPagesLoader(): Loader {
  return {
    name: 'runfirst-lesson-pages',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const lessonsDir = join(root, 'lessons');
      const load = async () => {
        context.store.clear();
        for (const locale of TRANSLATED_LOCALES) {
          const render = await renderIn(context, locale);
          for (const name of markdownIn(lessonsDir)) {
            const lesson = name.slice(0, -3);
            const englishPath = join(lessonsDir, name);
            const translatedPath = join(lessonsDir, locale, name);
            const english = await readEntry(context, englishPath);
            const translation = existsSync(translatedPath) ? await readEntry(context, translatedPath) : undefined;
            const shown = translation ?? english;
            const id = `${locale}/${lesson}`;
            const filePath = relative(root, translation ? translatedPath : englishPath);
            const data = await context.parseData({
              id,
              data: {
                locale,
                lesson,
                translated: Boolean(translation),
                title: shown.data['title'],
                summary: shown.data['summary'],
                objectives: shown.data['objectives'],
              },
            });
            const rendered = await render({
              id,
              data: { ...english.data, ...translation?.data },
              body: shown.body,
              filePath,
              digest: shown.digest,
            });
            context.store.set({ id, data, body: shown.body, filePath, digest: shown.digest, rendered });
          }
        }
      };
      await load();
      reloadOnChange(context, lessonsDir, load);
    },
  };
}

/** Every translated exercise prompt; ids are "<locale>/<exercise id>". */
export function exercisePromptsLoader(): Loader {
  return {
    name: 'runfirst-exercise-prompts',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const exercisesDir = join(root, 'exercises');
      const load = async () => {
        context.store.clear();
        const folders = existsSync(exercisesDir)
          ? readdirSync(exercisesDir).filter((name) => existsSync(join(exercisesDir, name, 'prompt.md')))
          : [];
        for (const locale of TRANSLATED_LOCALES) {
          const render = await renderIn(context, locale);
          for (const exercise of folders) {
            const translatedPath = join(exercisesDir, exercise, `prompt.${locale}.md`);
            if (!existsSync(translatedPath)) continue;
            const english = await readEntry(context, join(exercisesDir, exercise, 'prompt.md'));
            const translation = await readEntry(context, translatedPath);
            const id = `${locale}/${exercise}`;
            const filePath = relative(root, translatedPath);
            const data = await context.parseData({
              id,
              data: { locale, exercise, title: translation.data['title'], hints: translation.data['hints'] ?? [] },
            });
            const rendered = await render({
              id,
              data: { ...english.data, ...translation.data },
              body: translation.body,
              filePath,
              digest: translation.digest,
            });
            context.store.set({ id, data, body: translation.body, filePath, digest: translation.digest, rendered });
          }
        }
      };
      await load();
      reloadOnChange(context, exercisesDir, load);
    },
  };
}
