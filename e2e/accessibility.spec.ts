import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  { name: 'the course map', path: '/' },
  { name: 'a lesson', path: '/lessons/first-model/' },
  { name: 'the authoring guide', path: '/guide/' },
  { name: 'the exercise index', path: '/exercises/' },
  { name: 'an exercise page', path: '/exercises/fit-a-line/' },
  { name: 'the progress page', path: '/progress/' },
  { name: 'the group progress page', path: '/group/' },
  { name: 'the scratchpad', path: '/scratch/' },
  { name: 'the speed check', path: '/speed/' },
  { name: 'the search page', path: '/search/' },
];

/** A laptop's browser viewport, and a phone's, where the header folds into a menu (opened for the scan). */
const screens = [
  { screen: 'laptop', viewport: { width: 1366, height: 650 }, openMenu: false },
  { screen: 'phone', viewport: { width: 390, height: 844 }, openMenu: true },
];

for (const { name, path } of pages) {
  for (const { screen, viewport, openMenu } of screens) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} has no serious or critical axe violations (${screen}, ${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme, viewport });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        if (openMenu) {
          const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
          await menu.click();
          await expect(menu).toHaveAttribute('aria-expanded', 'true');
        }
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
        expect(serious).toEqual([]);
        await context.close();
      });
    }
  }
}
