/**
 * Node-only: lets the learner tools read the site's files from disk, for unit tests and scripts
 * (node's fetch cannot read file: URLs). Never imported by browser code.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { SiteFiles } from './fetch-bytes.ts';

/** Reads a file: URL from disk. */
export async function readFileUrl(url: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(fileURLToPath(url)));
}

/** The repository's public/ folder. */
export const PUBLIC_DIR = resolve(import.meta.dirname, '..', '..', '..', 'public');

/** Site files served from the repository's public/ folder (or `publicDir`), read from disk. */
export function publicFolderFiles(publicDir = PUBLIC_DIR): Required<SiteFiles> {
  return { baseUrl: pathToFileURL(`${publicDir}/`), fetchBytes: readFileUrl };
}
