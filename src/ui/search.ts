/**
 * Full-text search over the built lessons with Pagefind. The index is made by `pagefind` after
 * `astro build`, served from `pagefind/` under the site's base path, and loaded only on the search
 * page. Pagefind gives result URLs under the same base (it infers it from where pagefind.js is).
 * Pagefind keeps one index per language, by each page's `<html lang>`, and loads the one of the
 * page it runs on: the Chinese search page searches the Chinese pages (segmented into words by
 * Pagefind's extended build), the English one the English pages.
 */
import { searchUi } from './site-messages';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

async function loadPagefind(): Promise<Pagefind | undefined> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  try {
    return (await import(/* @vite-ignore */ url)) as Pagefind;
  } catch {
    return undefined;
  }
}

export function bindSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  let pagefind: Promise<Pagefind | undefined> | undefined;
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = searchUi.searching;
    pagefind ??= loadPagefind();
    const engine = await pagefind;
    if (!engine) {
      status.textContent = searchUi.unavailable;
      return;
    }
    const { results } = await engine.search(query);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    for (const item of data) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is text from our own pages with <mark> around matches.
      excerpt.innerHTML = item.excerpt;
      li.append(link, excerpt);
      list.append(li);
    }
    const count = results.length;
    status.textContent = count === 0 ? searchUi.noMatch(query) : searchUi.found(count, query);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
