// The dashboard with 1,000 clients: how long the first render and a re-sort take in the browser.
// Prints the figures (a benchmark, not a pass/fail timing: machines are noisy) and checks the
// result is right.
import { test, expect } from './fixtures';
import { daysAgo } from './clock';

test('1,000 clients: the dashboard renders and sorts (figures printed)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // Ten months of history that ends before the test day.
  const entries = await page.evaluate((start) => {
    localStorage.clear();
    const day = (n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    let count = 0;
    for (let id = 1; id <= 1000; id++) {
      const list: unknown[] = [];
      let next = 1;
      for (let m = 0; m < 10; m++) {
        const issued = m * 30 + (id % 7);
        const late = (id % 5) * m;
        list.push({
          kind: 'invoice',
          id: next++,
          number: `C${id}-${m}`,
          issued: day(issued),
          due: day(issued + 14),
          amount: 100_000 + id * 10,
          payments: m < 9 ? [{ date: day(issued + 14 + late), amount: 100_000 + id * 10 }] : [],
        });
        list.push({ kind: 'work', id: next++, date: day(issued + 2), minutes: 60 * (1 + (id % 9)), description: 'Work', deliverable: '' });
      }
      list.push({ kind: 'request', id: next++, sent: day(200), topic: 'Files', answered: id % 3 ? day(200 + (id % 20)) : null });
      count += list.length;
      localStorage.setItem(
        `clientwise:client:${id}`,
        JSON.stringify({
          format: 'clientwise.client',
          version: 1,
          rev: 1,
          client: {
            id,
            name: `Client ${String(id).padStart(4, '0')}`,
            currency: 'EUR',
            contract: {
              payment_terms: { kind: 'days_after_invoice', days: 14 },
              notice_days: 30,
              included_revisions: 2,
              pricing: { kind: 'none' },
            },
            status: 'active',
            next_entry_id: next,
            entries: list,
          },
        }),
      );
    }
    return count;
  }, daysAgo(400));

  // Timed from here, not with the page's own clock: the page's clock is the fixed test clock,
  // which started before this page was loaded.
  const navigated = performance.now();
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('table.clients tbody tr').length === 100, null, {
    timeout: 60_000,
    polling: 10,
  });
  const firstRender = Math.round(performance.now() - navigated);

  /** Changes the select labelled `label` to `option`; the time until the next frame is drawn. */
  const choose = (label: string, option: string) =>
    page.evaluate(
      async ([label, option]) => {
        const select = [...document.querySelectorAll('label')].find((l) => l.textContent === label)!
          .control as HTMLSelectElement;
        const t0 = performance.now();
        select.value = [...select.options].find((o) => o.textContent === option)!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return Math.round(performance.now() - t0);
      },
      [label, option],
    );

  const sortMs = await choose('Sort by', 'Name');
  await expect(page.locator('table.clients tbody tr').first()).toContainText('Client 0001');
  await expect(page.getByText('Showing the first 100 of 1000, in this order.')).toBeVisible();
  const resortMs = await choose('Sort by', 'Outstanding');

  // "Show all" draws every row, once, when asked.
  const allMs = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show all 1000')!;
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return Math.round(performance.now() - t0);
  });
  await expect(page.locator('table.clients tbody tr')).toHaveCount(1000);
  const sortAllMs = await choose('Sort by', 'Name');
  const filterMs = await choose('Verdict', 'Healthy');
  await expect(page.getByText(/^\d+ of 1000 clients$/)).toBeVisible();

  console.log(
    `dashboard: 1000 clients, ${entries} entries — first render ${firstRender} ms after navigation ` +
      `(load, decode and score included); re-sort ${sortMs} ms and ${resortMs} ms (first 100 rows drawn); ` +
      `"show all" ${allMs} ms; re-sort with all 1000 rows drawn ${sortAllMs} ms; filter ${filterMs} ms`,
  );
});

test('a 50,000-row time export: read, parse and preview (figure printed)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/import');
  const lines = ['User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags'];
  for (let i = 0; i < 50_000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    lines.push(
      `Sam,sam@example.com,Client ${i % 40},Project ${i % 7},,Task ${i},Yes,2024-${month}-${day},09:00:00,2024-${month}-${day},10:00:00,01:00:00,`,
    );
  }
  const buffer = Buffer.from(lines.join('\n'));
  const started = performance.now();
  await page.getByLabel('Export file (CSV)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByRole('button', { name: 'Import 50000 rows' })).toBeVisible({ timeout: 60_000 });
  const previewMs = Math.round(performance.now() - started);
  await expect(page.getByText('40 new clients to create:')).toBeVisible();
  console.log(
    `import: ${lines.length - 1} Toggl rows (${(buffer.length / 1e6).toFixed(1)} MB) read, parsed and previewed in ${previewMs} ms`,
  );
});
