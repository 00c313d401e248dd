// The dashboard with 1,000 clients: how long the first render and a re-sort take in the browser.
// Prints the figures (a benchmark, not a pass/fail timing: machines are noisy) and checks the
// result is right.
import { test, expect } from './fixtures';
import { daysAgo } from './clock';

// The figures are the app's alone: Playwright's trace recorder snapshots the whole page after
// each step, on the page's own thread, and with 1,000 rows on screen that would be most of what
// is measured.
test.use({ trace: 'off' });

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
  await page.waitForFunction(() => document.querySelectorAll('table.clients tbody tr').length === 50, null, {
    timeout: 60_000,
    polling: 10,
  });
  const firstRender = Math.round(performance.now() - navigated);

  // The page's timers and `performance.now()` are the fixed test clock's, so the work an action
  // costs is read from the browser's own counters instead: the main thread's time spent running
  // script, computing style and layout, and in all (paint included), from the action until the
  // page is quiet again. Nothing else runs on the page meanwhile; the waits are in Node, so
  // Playwright's own in-page script is not counted.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  type Cost = { script: number; layout: number; total: number };
  const counters = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const of = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      script: of('ScriptDuration'),
      layout: of('LayoutDuration') + of('RecalcStyleDuration'),
      total: of('TaskDuration') - of('DevToolsCommandDuration'),
    };
  };
  /** The main thread's work for `action` (an in-page function), once the page is quiet. */
  const cost = async (action: () => Promise<unknown>): Promise<Cost> => {
    await page.waitForTimeout(300);
    const before = await counters();
    await action();
    await page.waitForTimeout(500);
    const after = await counters();
    return {
      script: Math.round(after.script - before.script),
      layout: Math.round(after.layout - before.layout),
      total: Math.round(after.total - before.total),
    };
  };
  const shown = (c: Cost) => `${c.total} ms (${c.script} ms script, ${c.layout} ms style and layout)`;
  /** The middle of several runs (the machine is noisy), each run's own figure after it. */
  const median = (runs: Cost[]) => {
    const mid = (f: (c: Cost) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    const middle = { script: mid((c) => c.script), layout: mid((c) => c.layout), total: mid((c) => c.total) };
    return `median ${shown(middle)} of ${runs.length}: ${runs.map((c) => `${c.total}`).join(', ')} ms`;
  };

  /** Changes the select labelled `label` to `option`, as a user's choice does. */
  const choose = (label: string, option: string) =>
    cost(() =>
      page.evaluate(
        ([label, option]) => {
          const select = [...document.querySelectorAll('label')].find((l) => l.textContent === label)!
            .control as HTMLSelectElement;
          select.value = [...select.options].find((o) => o.textContent === option)!.value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [label, option],
      ),
    );

  const sorted = [await choose('Sort by', 'Name')];
  await expect(page.locator('table.clients tbody tr').first()).toContainText('Client 0001');
  await expect(page.getByText('Showing the first 50 of 1000, in this order.')).toBeVisible();
  sorted.push(await choose('Sort by', 'Outstanding'));
  // The largest amount owed first: the clients with the dearest unpaid invoice.
  await expect(page.locator('table.clients tbody tr').first()).toContainText('Client 1000');
  sorted.push(await choose('Sort by', 'Name'));
  await expect(page.locator('table.clients tbody tr').first()).toContainText('Client 0001');
  for (const key of ['Risk, highest first', 'Hours logged', 'Name']) sorted.push(await choose('Sort by', key));
  await expect(page.locator('table.clients tbody tr').first()).toContainText('Client 0001');

  // "Show all" draws every row, once, when asked.
  const all = await cost(() =>
    page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show all 1000')!.click()),
  );
  await expect(page.locator('table.clients tbody tr')).toHaveCount(1000);
  const sortAll = await choose('Sort by', 'Outstanding');
  const filter = await choose('Verdict', 'Healthy');
  await expect(page.getByText(/^\d+ of 1000 clients$/)).toBeVisible();

  console.log(
    `dashboard: 1000 clients, ${entries} entries — first render ${firstRender} ms after navigation ` +
      `(load, decode and score included); re-sort ${median(sorted)} (first 50 rows drawn); ` +
      `"show all" ${shown(all)}; re-sort with all 1000 rows drawn ${shown(sortAll)}; filter ${shown(filter)}`,
  );

  // An edit on one client's page among the 1,000: a note saved, from the click to the end of the
  // work it causes (the store, the scores, the log).
  await page.goto('/clients/500');
  await expect(page.getByRole('heading', { level: 1, name: 'Client 0500' })).toBeVisible();
  const edits: Cost[] = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Add entry' }).click();
    const form = page.getByRole('region', { name: 'New entry' });
    await form.getByLabel('Kind of entry').selectOption({ label: 'Note' });
    await form.getByLabel('Note', { exact: true }).fill(`Edit ${i}`);
    edits.push(
      await cost(() =>
        page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save entry')!.click()),
      ),
    );
    await expect(page.getByText(`Edit ${i}`, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('26 entries')).toBeVisible();
  console.log(
    `client page among 1000 clients: saving a note ${median(edits)}; script ${edits.map((c) => c.script).join(', ')} ms`,
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
