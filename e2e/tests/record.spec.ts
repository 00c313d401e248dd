// The first real job: a client and one entry of every kind, typed in through the forms, are all
// still there after a reload.
import { test, expect, openEmpty } from './fixtures';
import type { Page } from '@playwright/test';
import { addDays, daysAgo } from './clock';

// The job started two months before the test day; every date below is counted from it.
const start = daysAgo(60);
const on = (n: number) => addDays(start, n);

async function addEntry(page: Page, kind: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: kind });
  await fill(form);
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form).toBeHidden();
}

test('a client and one entry of every kind survive a reload', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Northwind Bakery');
  await page.getByLabel('Company').fill('Northwind Ltd');
  await page.getByLabel('Contact (email or phone)').fill('ada@northwind.example');
  await page.getByLabel('Currency').fill('GBP');
  await page.getByLabel('On a fixed day of each month').check();
  await page.getByLabel('Day of the month').fill('1');
  await page.getByLabel('Pricing').selectOption({ label: 'Monthly retainer' });
  await page.getByLabel('Amount', { exact: true }).fill('1,200');
  await page.getByLabel('Accounts and assets you manage for them (one per line)').fill('Instagram\nFacebook page');
  await page.getByRole('button', { name: 'Add a hard-time period' }).click();
  await page.getByLabel('From').fill(daysAgo(200));
  await page.getByLabel('What happened').fill('Owner in hospital');
  await page.getByRole('button', { name: 'Save client' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Bakery' })).toBeVisible();
  await expect(page).toHaveURL(/\/clients\/\d+$/);

  await addEntry(page, 'Request', async (form) => {
    await form.getByLabel('Sent on').fill(on(0));
    await form.getByLabel('What you asked for').fill('Logo files in vector format');
    await form.getByLabel('Answered on (empty while waiting)').fill(on(8));
  });
  await addEntry(page, 'Approval', async (form) => {
    await form.getByLabel('Submitted on').fill(on(2));
    await form.getByLabel('Item', { exact: true }).fill('Autumn menu post');
    await form.getByLabel('Revision rounds asked for').fill('4');
    await form.getByLabel('Only trivial changes were asked for').check();
  });
  await addEntry(page, 'Invoice', async (form) => {
    await form.getByLabel('Issued on').fill(on(4));
    await form.getByLabel('Invoice number').fill('NB-07');
    await form.getByLabel('Amount', { exact: true }).fill('1,200.00');
    await form.getByRole('button', { name: 'Add a payment' }).click();
    await form.getByLabel('Payment 1 date').fill(on(40));
    await form.getByLabel('Payment 1 amount').fill('400');
  });
  await addEntry(page, 'Incident', async (form) => {
    await form.getByLabel('Date', { exact: true }).fill(on(11));
    await form.getByLabel('What happened').selectOption({ label: 'A promise to pay later' });
    await form.getByLabel('Details').fill('“I will pay everything at the end of the season.”');
  });
  await addEntry(page, 'Work done', async (form) => {
    await form.getByLabel('Date', { exact: true }).fill(on(13));
    await form.getByLabel('Hours', { exact: true }).fill('2:30');
    await form.getByLabel('What you did').fill('Shot and edited the menu photos');
    await form.getByLabel('Deliverable (optional)').fill('Autumn campaign');
  });
  await addEntry(page, 'Intervention', async (form) => {
    await form.getByLabel('Date', { exact: true }).fill(on(19));
    await form.getByLabel('What it was about').selectOption({ label: 'Sent a payment reminder' });
    await form.getByLabel('What you said or wrote').fill('A friendly reminder that NB-07 is due.');
  });
  await addEntry(page, 'Note', async (form) => {
    await form.getByLabel('Date', { exact: true }).fill(on(21));
    await form.getByLabel('Note', { exact: true }).fill('Called: busy season, will sort it out.');
  });

  const expectEverything = async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Bakery' })).toBeVisible();
    await expect(page.getByText('7 entries')).toBeVisible();
    const log = page.getByRole('list').filter({ has: page.locator('time') });
    await expect(log.getByRole('listitem')).toHaveCount(7);
    for (const text of [
      'Asked: Logo files in vector format',
      'answered after 8 days',
      'Autumn menu post: 4 revision rounds',
      'trivial changes only',
      'Invoice NB-07: £1,200.00',
      '£800.00 outstanding',
      'A promise to pay later',
      '2.5 h: Shot and edited the menu photos',
      'for Autumn campaign',
      'Sent a payment reminder',
      'Called: busy season, will sort it out.',
    ]) {
      await expect(log.getByText(text, { exact: true })).toBeVisible();
    }
    await expect(page.getByText('Payment due on day 1 of each month')).toBeVisible();
    await expect(page.getByText('Retainer: £1,200.00 a month')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Facebook page' })).toBeVisible();
    await expect(page.getByText('Owner in hospital')).toBeVisible();
  };
  await expectEverything();
  await page.reload();
  await expectEverything();

  // The dashboard shows the client with its money and time.
  await page.getByRole('link', { name: 'All clients' }).first().click();
  await page.getByLabel('Sort by').selectOption({ label: 'Order added' });
  const row = page.getByRole('row', { name: /Northwind Bakery/ });
  const cell = (column: string) => row.locator(`td[data-label="${column}"]`);
  await expect(cell('Received, all time')).toHaveText('£400.00');
  await expect(cell('Hours logged')).toHaveText('2.5 h');
  await expect(cell('Per hour')).toHaveText('£160.00');
  await expect(cell('Outstanding')).toHaveText('£800.00');
  await expect(cell('Extra revision rounds')).toHaveText('2');
});

test('an entry can be edited and deleted, and delete asks first', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Save client' }).click();
  await addEntry(page, 'Note', async (form) => {
    await form.getByLabel('Note', { exact: true }).fill('First thought');
  });

  await page.getByRole('button', { name: 'Edit Note First thought' }).click();
  const editor = page.getByRole('region', { name: 'Edit entry' });
  await editor.getByLabel('Note', { exact: true }).fill('Second thought');
  await editor.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('Second thought', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Note Second thought' }).click();
  const question = page.getByRole('group', { name: 'Delete this entry? This cannot be undone.' });
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await question.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('Nothing logged yet', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nothing logged yet', { exact: false })).toBeVisible();
});

test('the form says what is wrong next to the field and saves nothing', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Ada');
  await page.getByRole('button', { name: 'Save client' }).click();
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: 'Invoice' });
  await form.getByLabel('Issued on').fill(daysAgo(10));
  await form.getByLabel('Due on').fill(daysAgo(14));
  await form.getByLabel('Amount', { exact: true }).fill('-5');
  await form.getByRole('button', { name: 'Save entry' }).click();

  await expect(form.getByRole('alert').first()).toHaveText(/need another look/);
  await expect(form.getByLabel('Invoice number')).toHaveAccessibleDescription('Required.');
  await expect(form.getByLabel('Due on')).toHaveAccessibleDescription(
    /The due date cannot be before the invoice was issued\./,
  );
  await expect(form.getByLabel('Amount', { exact: true })).toHaveAccessibleDescription('Cannot be negative.');
  await expect(form.getByLabel('Invoice number')).toBeFocused();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing logged yet', { exact: false })).toBeVisible();
});
