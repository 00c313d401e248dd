// Durability and safety drills against the release build: each stages one fault and then checks
// that every record is still there, printing a one-line summary ("drill ✓ …").
import {
  test,
  expect,
  openEmpty,
  loadExamples,
  clientKey,
  downloadText,
  storedRecords,
  expectRecordsKept,
} from './fixtures';
import type { Page } from '@playwright/test';
import { daysAgo } from './clock';

async function addNote(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: 'Note' });
  await form.getByLabel('Note', { exact: true }).fill(text);
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form).toBeHidden();
}

test('drill: reload right after an edit', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const before = await storedRecords(page);
  await page.getByRole('link', { name: 'Jonas Nordlys' }).click();
  await addNote(page, 'Saved the instant it was typed');
  // No waiting for anything: the write is synchronous with the click.
  await page.reload();
  await expect(page.getByText('Saved the instant it was typed', { exact: true })).toBeVisible();
  await expectRecordsKept(page, before, 'reload right after an edit');
});

test('drill: quota exceeded', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { full?: boolean }).full) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openEmpty(page);
  await loadExamples(page);
  const before = await storedRecords(page);
  await page.getByRole('link', { name: 'Vera Castell' }).click();
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  await addNote(page, 'Typed while the disk was full');
  const alert = page.getByRole('alert').filter({ hasText: "The browser's storage is full" });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Typed while the disk was full', { exact: true })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(await downloadText(file)).toContain('Typed while the disk was full');
  expect(await storedRecords(page)).toEqual(before);
  await expectRecordsKept(page, before, 'quota exceeded');
});

test('drill: a corrupt key', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const key = await clientKey(page, 'Ilse Oakley');
  await page.evaluate((k) => localStorage.setItem(k, '{"format":"clientwise.client","vers'), key);
  const before = await storedRecords(page);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'A saved client could not be read' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(4);
  await expectRecordsKept(page, before, 'a corrupt key');
});

test('drill: data from a newer version', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const key = await clientKey(page, 'Maya Lindqvist');
  await page.evaluate((k) => {
    const record = JSON.parse(localStorage.getItem(k)!);
    record.version = 7;
    localStorage.setItem(k, JSON.stringify(record));
  }, key);
  const before = await storedRecords(page);
  await page.reload();
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Tom Brightside' }).click();
  await expect(page.getByRole('button', { name: 'Add entry' })).toHaveCount(0);
  await expectRecordsKept(page, before, 'data from a newer version');
});

test('drill: two tabs editing', async ({ page, context }) => {
  await openEmpty(page);
  await loadExamples(page);
  const before = await storedRecords(page);
  const other = await context.newPage();
  // The other tab can be told to miss storage events, as a tab does that has not heard of a
  // change yet when it saves.
  await other.addInitScript(() => {
    window.addEventListener(
      'storage',
      (e) => {
        if ((window as unknown as { deaf?: boolean }).deaf) e.stopImmediatePropagation();
      },
      true,
    );
  });
  await other.goto('/');
  await expect(other.getByRole('table').getByRole('link')).toHaveCount(5);

  // An edit in one tab shows up in the other without a reload.
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Added in the first tab');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(other.getByRole('link', { name: 'Added in the first tab' })).toBeVisible();
  await other.getByRole('link', { name: 'Jonas Nordlys' }).click();
  await page.goto('/');
  await page.getByRole('link', { name: 'Jonas Nordlys' }).click();
  await addNote(page, 'From the first tab');
  await expect(other.getByText('From the first tab', { exact: true })).toBeVisible();
  // Followed, so the other tab's next save goes on top of it: nothing is lost, no conflict.
  await addNote(other, 'From the second tab, after following');
  await expect(page.getByText('From the second tab, after following', { exact: true })).toBeVisible();

  // A form left open in one tab while the other logs an entry: saving the form keeps the entry.
  await other.getByRole('link', { name: 'Edit client' }).click();
  await other.getByLabel('Notes', { exact: true }).fill('Edited in the second tab\'s form');
  await addNote(page, 'Logged while the form was open');
  await expect(other.getByLabel('Notes', { exact: true })).toHaveValue("Edited in the second tab's form");
  await other.getByRole('button', { name: 'Save client' }).click();
  await expect(other.getByText('Logged while the form was open', { exact: true })).toBeVisible();
  await expect(page.getByText("Edited in the second tab's form")).toBeVisible();

  // Both edit the same client before hearing of each other: the later save is not written over
  // the earlier one; the user keeps both.
  await other.evaluate(() => ((window as unknown as { deaf: boolean }).deaf = true));
  await addNote(page, 'First tab, unheard');
  await addNote(other, 'Second tab, unheard');
  const conflict = other.getByRole('alert').filter({ hasText: 'was changed in another tab or window' });
  await expect(conflict).toContainText('Jonas Nordlys');
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(conflict).toBeHidden();
  await other.goto('/');
  await expect(other.getByRole('link', { name: 'Jonas Nordlys (copy kept from another tab)' })).toBeVisible();

  const stored = JSON.stringify(await storedRecords(page));
  for (const text of [
    'First tab, unheard',
    'Second tab, unheard',
    'From the first tab',
    'From the second tab, after following',
    'Logged while the form was open',
  ]) {
    expect(stored, text).toContain(text);
  }
  await expectRecordsKept(page, before, 'two tabs editing');
});

test('drill: a hostile import', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const before = await storedRecords(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const hostile = JSON.stringify({
    format: 'clientwise.backup',
    version: 1,
    clients: [{ id: 1, name: '<script>alert(1)</script>', currency: 'EUR', entries: 'all of them' }],
  });
  await page.getByLabel('Backup file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'nothing was changed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  expect(await storedRecords(page)).toEqual(before);
  await expectRecordsKept(page, before, 'a hostile import');
});

/** Markup, script, event handlers, a javascript: URL and Unicode tricks in one text. */
const XSS =
  '<script>window.__xss=1</script><img src=x data-xss onerror="window.__xss=1">' +
  '"><svg data-xss onload="window.__xss=1"> <a data-xss href="javascript:window.__xss=1">link</a> ' +
  "'); window.__xss=1;// \u202Eevil\u202C \u200Bzero-width {{7*7}} ${7*7}";

test('drill: an XSS corpus typed into every text field', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await openEmpty(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill(XSS);
  await page.getByLabel('Your business name').fill(XSS);
  await page.getByRole('button', { name: 'Save settings' }).click();

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Add client' }).first().click();
  for (const label of ['Company', 'Contact (email or phone)', 'Scope of work', 'Notes']) {
    await page.getByLabel(label, { exact: true }).fill(XSS);
  }
  await page.getByLabel('Name', { exact: true }).fill(XSS);
  await page.getByLabel('Accounts and assets you manage for them (one per line)').fill(XSS);
  await page.getByRole('button', { name: 'Add a hard-time period' }).click();
  await page.getByLabel('From').fill(daysAgo(45));
  await page.getByLabel('What happened').fill(XSS);
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS);

  const entry = async (kind: string, fill: (f: ReturnType<Page['locator']>) => Promise<void>) => {
    await page.getByRole('button', { name: 'Add entry' }).click();
    const form = page.getByRole('region', { name: 'New entry' });
    await form.getByLabel('Kind of entry').selectOption({ label: kind });
    await fill(form);
    await form.getByRole('button', { name: 'Save entry' }).click();
    await expect(form).toBeHidden();
  };
  await entry('Request', (f) => f.getByLabel('What you asked for').fill(XSS));
  await entry('Approval', (f) => f.getByLabel('Item', { exact: true }).fill(XSS));
  await entry('Invoice', async (f) => {
    await f.getByLabel('Invoice number').fill(XSS);
    await f.getByLabel('Amount', { exact: true }).fill('100');
  });
  await entry('Incident', (f) => f.getByLabel('Details').fill(XSS));
  await entry('Work done', async (f) => {
    await f.getByLabel('Hours', { exact: true }).fill('1');
    await f.getByLabel('What you did').fill(XSS);
    await f.getByLabel('Deliverable (optional)').fill(XSS);
  });
  await entry('Intervention', (f) => f.getByLabel('What you said or wrote').fill(XSS));
  await entry('Note', (f) => f.getByLabel('Note', { exact: true }).fill(XSS));
  const before = await storedRecords(page);

  const inert = async (where: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), where).toBeUndefined();
    await expect(page.locator('[data-xss], script:not([src]), iframe'), where).toHaveCount(0);
  };
  await inert('client page');
  await expect(page.getByText(XSS, { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Reports and exports' }).click();
  await inert('final report');
  await page.getByRole('radio', { name: 'Evidence file' }).check();
  await inert('evidence file');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: XSS })).toBeVisible();
  await inert('client list');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name')).toHaveValue(XSS);
  await inert('settings');
  await page.reload();
  await inert('after a reload');
  await expectRecordsKept(page, before, 'an XSS corpus in every text field');
});

test('drill: CSV formula injection', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('=cmd|" /C calc"!A0');
  await page.getByRole('button', { name: 'Save client' }).click();
  const formulas = ['=HYPERLINK("http://example.com","click")', '+SUM(1,2)', '-2+3', '@SUM(A1)'];
  for (const text of formulas) await addNote(page, text);
  const before = await storedRecords(page);
  await page.getByRole('link', { name: 'Reports and exports' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the log (CSV)' }).click(),
  ]);
  const csv = (await downloadText(file)).replace(/^\uFEFF/, '');
  // A minimal RFC 4180 reader: every cell, unquoted.
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  for (const value of cells) expect(value, `cell ${JSON.stringify(value)}`).not.toMatch(/^[=+\-@\t\r]/);
  for (const text of formulas) expect(cells).toContain(`'${text}`);
  await expectRecordsKept(page, before, 'CSV formula injection');
});
