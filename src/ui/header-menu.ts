/**
 * The site header's menu on narrow screens (src/layouts/Base.astro): a disclosure button that
 * shows or hides the site links, the theme toggle and the Lessons navigation. Its state lives in
 * the header's `data-menu` ("open" or "closed") and the button's `aria-expanded`; the CSS in
 * src/styles/global.css hides the parts only on narrow screens, so on wide ones the button is
 * not shown and everything stays visible. Escape closes the menu and puts focus back on the button.
 */

/** Opens or closes the menu of `header`, keeping the button's `aria-expanded` in step. */
export function setMenuOpen(header: HTMLElement, button: HTMLButtonElement, open: boolean): void {
  header.dataset['menu'] = open ? 'open' : 'closed';
  button.setAttribute('aria-expanded', String(open));
}

/** Wires the menu button found in `header` (`[data-menu-button]`); does nothing without one. */
export function bindHeaderMenu(header: HTMLElement): void {
  const button = header.querySelector<HTMLButtonElement>('[data-menu-button]');
  if (!button) return;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  setMenuOpen(header, button, false);
  button.addEventListener('click', () => setMenuOpen(header, button, !isOpen()));
  // The Lessons navigation sits outside the header, so Escape is heard on the whole document.
  header.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    const focused = header.ownerDocument.activeElement;
    const controlled = (button.getAttribute('aria-controls') ?? '').split(/\s+/).map((id) => header.ownerDocument.getElementById(id));
    const focusInMenu = focused === button || header.contains(focused) || controlled.some((part) => part?.contains(focused));
    setMenuOpen(header, button, false);
    if (focusInMenu) button.focus();
  });
}
