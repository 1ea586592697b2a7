/** What the page says about its offline copy and updates (footer status and update banner). */
import { formatBytes } from '../../format-bytes';
import { formatNumber } from '../../plural';

export const offlineMessages = {
  /** Before the service worker says anything (or where there is none). */
  online: () => 'Works online; the offline copy is saved on your first visit in a browser that supports it.',
  /** The first visit's download is under way. */
  saving: () => 'Saving the course for offline use…',
  /** Done: the accessible status DESIGN.md names ("Available offline"). */
  available: (bytes: number, files: number) => `Available offline (${formatBytes(bytes)}, ${formatNumber(files, 'en')} files)`,
  /** The download failed; nothing is broken. */
  failed: (reason: string) =>
    `The offline copy could not be saved (${reason}); the site works online as before and tries again on your next visit.`,
  /** Why it failed, when the new service worker was thrown away before it finished. */
  downloadFailed: () => 'a file of the course could not be downloaded',
  /** This browser has no service workers (or they are off, e.g. in a private window). */
  unsupported: () => 'This browser cannot keep an offline copy (service workers are off); the site works online.',
  /** The update banner's text and button. */
  updateReady: () => 'A new version of this course is ready. Your code and progress are kept.',
  updateButton: () => 'Reload to update',
  updateRegion: () => 'Update',
};
