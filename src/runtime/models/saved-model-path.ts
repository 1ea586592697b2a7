/**
 * The places `models.save` writes to and `models.load` reads from, as tfjs spells them:
 * 'indexeddb://<name>' (kept in the browser) and 'downloads://<name>' (a file for the learner).
 */

/** A parsed destination. */
export interface SavedModelPath {
  scheme: 'indexeddb' | 'downloads';
  name: string;
}

/** A saved model's name: what IndexedDB keys and a download's file name can both hold. */
const NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** The scheme and name of `path`; null when it names no scheme this runtime knows. */
export function parseSavedModelPath(path: string): SavedModelPath | null {
  const match = /^(indexeddb|downloads):\/\/(.*)$/.exec(path);
  if (!match) return null;
  return { scheme: match[1] as SavedModelPath['scheme'], name: match[2] ?? '' };
}

/** True when `name` can name a saved model. */
export function isSavedModelName(name: string): boolean {
  return NAME.test(name);
}
