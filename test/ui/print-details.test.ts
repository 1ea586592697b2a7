// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openDetailsWhilePrinting } from '../../src/ui/print-details';

function lesson() {
  document.body.innerHTML = `<main>
    <details class="theory" id="a"><summary>A</summary><p>a</p></details>
    <details class="theory" id="b" open><summary>B</summary><p>b</p></details>
    <details class="theory" id="c"><summary>C</summary><p>c</p></details>
  </main>`;
  return document.querySelector('main')!;
}
const openIds = () => [...document.querySelectorAll('details')].filter((d) => d.open).map((d) => d.id);

describe('details while printing', () => {
  it('opens every closed layer before printing and closes only those afterwards', () => {
    const stop = openDetailsWhilePrinting(lesson());
    window.dispatchEvent(new Event('beforeprint'));
    expect(openIds()).toEqual(['a', 'b', 'c']);
    window.dispatchEvent(new Event('afterprint'));
    expect(openIds()).toEqual(['b']);
    stop();
  });

  it('stops listening once unbound', () => {
    const stop = openDetailsWhilePrinting(lesson());
    stop();
    window.dispatchEvent(new Event('beforeprint'));
    expect(openIds()).toEqual(['b']);
  });
});
