// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bindHeaderMenu } from '../../src/ui/header-menu';

/** The parts of Base.astro's header and Lessons navigation the menu works on. */
function page() {
  document.body.innerHTML = `
    <header class="site-header" data-menu="closed" data-header-menu>
      <a class="brand" href="/">runfirst</a>
      <button type="button" aria-expanded="false" aria-controls="site-menu lesson-nav" data-menu-button>Menu</button>
      <div id="site-menu"><a href="/search/">Search</a></div>
    </header>
    <div class="page"><nav id="lesson-nav" aria-label="Lessons"><a href="/lessons/a/">A</a></nav><main><button>Run</button></main></div>`;
  const header = document.querySelector<HTMLElement>('[data-header-menu]')!;
  const button = header.querySelector<HTMLButtonElement>('[data-menu-button]')!;
  bindHeaderMenu(header);
  return { header, button };
}

const pressEscape = () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

describe('header menu', () => {
  beforeEach(() => document.body.replaceChildren());

  it('opens and closes on the button, keeping aria-expanded and the header state in step', () => {
    const { header, button } = page();
    expect([button.getAttribute('aria-expanded'), header.dataset['menu']]).toEqual(['false', 'closed']);
    button.click();
    expect([button.getAttribute('aria-expanded'), header.dataset['menu']]).toEqual(['true', 'open']);
    button.click();
    expect([button.getAttribute('aria-expanded'), header.dataset['menu']]).toEqual(['false', 'closed']);
  });

  it('closes on Escape from a lesson link and puts focus back on the button', () => {
    const { header, button } = page();
    button.click();
    document.querySelector<HTMLElement>('#lesson-nav a')!.focus();
    pressEscape();
    expect(header.dataset['menu']).toBe('closed');
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape from elsewhere without taking focus away', () => {
    const { header } = page();
    header.querySelector<HTMLButtonElement>('[data-menu-button]')!.click();
    const run = document.querySelector<HTMLButtonElement>('main button')!;
    run.focus();
    pressEscape();
    expect(header.dataset['menu']).toBe('closed');
    expect(document.activeElement).toBe(run);
  });

  it('leaves a header without a menu button alone', () => {
    document.body.innerHTML = '<header data-menu="closed"></header>';
    const header = document.querySelector<HTMLElement>('header')!;
    bindHeaderMenu(header);
    expect(header.dataset['menu']).toBe('closed');
  });
});
