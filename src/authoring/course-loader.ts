/**
 * The content loader of the course's collections: Astro's `glob()` loader, with two things an
 * instructor's `astro dev` loop needs that Astro 5's loader does not do.
 *
 * - **A broken file is reported as `npm run check` words it.** When a saved lesson or prompt
 *   cannot be loaded (a YAML syntax error in its frontmatter, say), Astro's loader rejects inside
 *   its file watcher: the terminal shows "Unhandled rejection" with a js-yaml stack trace and the
 *   browser shows nothing. Here the rejection is caught, the content check is run, and its
 *   messages for that file (file, line, how to fix) go to the terminal and to the browser's error
 *   overlay. Saving the fixed file loads it as usual.
 * - **No false "Duplicate id" warning.** Astro 5's loader warns "Duplicate id … Later items with
 *   the same id will overwrite earlier ones" on every save of a valid file, because it finds its
 *   own stored entry for that file (fixed upstream in withastro/astro#15064, released in Astro 6
 *   only). The warning is dropped when the stored entry is the very file being loaded; a real
 *   duplicate (another file with the same id) is still reported.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, projectContentDirs, type ContentDirs } from './check-content';
import { formatAuthoringErrors } from '../content/authoring-error';
import { showInOverlay } from './dev-overlay';

type GlobOptions = Parameters<typeof glob>[0];
type Logger = LoaderContext['logger'];
type Watcher = NonNullable<LoaderContext['watcher']>;

/** A property of a proxied object as the object itself would give it (methods bound to it). */
function bound(value: unknown, target: object): unknown {
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

const DUPLICATE_ID = /^Duplicate id "(.+)" found in (.+)\. Later items with the same id will overwrite earlier ones\.$/;

/**
 * A logger that drops Astro 5's false "Duplicate id" warning: the one whose stored entry was
 * loaded from the same file (a re-sync after a save), not from another.
 */
export function withoutFalseDuplicateWarnings(logger: Logger, store: LoaderContext['store'], root: string): Logger {
  return new Proxy(logger, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'warn' || typeof value !== 'function') return bound(value, target);
      return (message: string) => {
        const duplicate = DUPLICATE_ID.exec(message);
        const stored = duplicate ? store.get(duplicate[1] ?? '')?.filePath : undefined;
        if (duplicate && stored && resolve(root, stored) === resolve(duplicate[2] ?? '')) return;
        target.warn(message);
      };
    },
  });
}

/** Says why `file` (absolute) could not be loaded: the content check's messages for it, else the error's own. */
export async function describeLoadFailure(file: string, error: unknown, dirs: ContentDirs, check = checkContent): Promise<string> {
  const relativeFile = relative(dirs.root, file);
  const { errors } = await check(dirs);
  const own = errors.filter((e) => e.file === relativeFile || relativeFile.startsWith(`${e.file}/`));
  if (own.length > 0) return formatAuthoringErrors(own);
  return `${relativeFile} could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A watcher whose change and add listeners never reject unhandled: a failure to load the changed
 * file is described (describeLoadFailure) and sent to `report`.
 */
export function reportingWatcher(watcher: Watcher, report: (file: string, error: unknown) => Promise<void>): Watcher {
  return new Proxy(watcher, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'on' || typeof value !== 'function') return bound(value, target);
      return (event: string, listener: (path: string, ...rest: unknown[]) => unknown) => {
        target.on(event, (path: string, ...rest: unknown[]) => {
          Promise.resolve()
            .then(() => listener(path, ...rest))
            .catch((error: unknown) => report(path, error));
        });
        return receiver as Watcher;
      };
    },
  });
}

/** `glob(options)` with the dev-loop reporting above; in `astro build` it behaves exactly as glob. */
export function courseGlob(options: GlobOptions, dirs: ContentDirs = projectContentDirs()): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) => {
      const logger = withoutFalseDuplicateWarnings(context.logger, context.store, fileURLToPath(context.config.root));
      const report = async (file: string, error: unknown) => {
        const message = await describeLoadFailure(file, error, dirs);
        logger.error(message);
        showInOverlay(message, file);
      };
      return inner.load({ ...context, logger, ...(context.watcher ? { watcher: reportingWatcher(context.watcher, report) } : {}) });
    },
  };
}
