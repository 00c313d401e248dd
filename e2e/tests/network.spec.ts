// Nothing leaves the browser: through a whole session the page requests nothing but its own
// files from the local server, and the Content-Security-Policy forbids anything else.
import { test, expect, openEmpty, loadExamples } from './fixtures';

test('the page makes no request outside 127.0.0.1', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Tom Brightside' }).click();
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: 'Note' });
  await form.getByLabel('Note', { exact: true }).fill('Checked the network tab');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByRole('button', { name: 'Save settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^clientwise-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.reload();

  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((url) => {
    const u = new URL(url);
    return !(u.hostname === '127.0.0.1' || u.protocol === 'blob:' || u.protocol === 'data:');
  });
  expect(outside).toEqual([]);

  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});
