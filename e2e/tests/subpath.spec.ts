// Published under a sub-path (https://user.github.io/clientwise/): links, reloads and deep links
// stay under it.
import { test, expect } from './fixtures';

test('the app works under a sub-path, deep links included', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Load example data' }).click();
  await page.getByRole('link', { name: 'Vera Castell' }).click();
  await expect(page).toHaveURL(/\/clientwise\/clients\/\d+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Vera Castell' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit client' }).click();
  await expect(page).toHaveURL(/\/clientwise\/clients\/\d+\/edit$/);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vera Castell' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/clientwise\/settings$/);
  await expect(page).toHaveTitle('Settings · Clientwise');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page).toHaveURL(/\/clientwise\/$/);
  await expect(page.getByRole('link', { name: 'Clients', exact: true })).toHaveAttribute('aria-current', 'page');
});
