import type { AstroIntegration } from 'astro';
import { checkContent, projectContentDirs, type ContentDirs } from './check-content';
import { formatAuthoringErrors } from '../content/authoring-error';
import { registerOverlayServer } from './dev-overlay';

/**
 * Runs the content check before Astro loads any content: `astro build` fails with every
 * problem listed (file:line and how to fix it); `astro dev` lists them as a warning and the
 * broken lesson's own page shows the error overlay, so preview keeps working for the rest. In
 * `astro dev` it also registers the dev server, through which the course loader
 * (course-loader.ts) shows a file that fails to load in the browser's error overlay.
 */
export function contentCheckIntegration(dirs: ContentDirs = projectContentDirs()): AstroIntegration {
  return {
    name: 'runfirst:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { errors } = await checkContent(dirs);
        if (errors.length === 0) return;
        const report = formatAuthoringErrors(errors);
        if (command === 'build') throw new Error(report);
        logger.warn(report);
      },
      'astro:server:setup': ({ server }) => {
        registerOverlayServer(server);
        server.httpServer?.once('close', () => registerOverlayServer(undefined));
      },
    },
  };
}
