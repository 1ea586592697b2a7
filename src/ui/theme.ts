/** Light/dark theme: follows the system until the learner chooses, then remembers the choice. */

const STORAGE_KEY = 'runfirst:theme';
type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function currentTheme(): Theme {
  const set = document.documentElement.dataset['theme'];
  return set === 'dark' || set === 'light' ? set : systemTheme();
}

function apply(theme: Theme, button: HTMLButtonElement) {
  document.documentElement.dataset['theme'] = theme;
  button.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function bindThemeToggle(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    apply(next, button);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be disabled (private mode); the toggle still works for this page.
    }
  });
}
