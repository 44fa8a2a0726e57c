// Options appraisal: keep options, compare them against doing nothing, share the comparison
// in one link, and cope with a link whose options are partly broken.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const payload = (o: object) => deflateRawSync(Buffer.from(JSON.stringify(o)), { level: 9 }).toString('base64url');
const option = (title: string, saving_rate: number, one_off_cost: number) => ({
  version: 1, title, horizon_years: 5, discount_rate: 0,
  partners: [{ name: 'Alpha' }, { name: 'Beta' }],
  services: [{ name: 'Finance', baseline: [1000000, 500000], saving_rate, ramp_years: 1, one_off_cost }],
});

test('build two options, compare them, and open the comparison from its link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#s=' + payload(option('Finance only', 0.1, 200000)));
  await expect(page.getByTestId('npv')).toHaveText('£550,000');
  await page.getByTestId('keep-option').click();
  // Change the scenario being edited into a second option.
  await page.locator('#title').fill('Bigger change');
  const sharing = page.locator('#sharing-heading ~ .app-table-scroll').first().locator('tbody tr').first();
  await sharing.getByLabel(/planned saving/).fill('30');
  await sharing.getByLabel(/: one-off cost$/).fill('1m');
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'A: Bigger change', 'B: Finance only']);
  // By hand: A nets -550k then 450k a year (NPV 1.25m, pays back 2029/30); B nets -50k then 150k (NPV 550k, 2028/29).
  const npvRow = table.locator('tbody tr', { hasText: 'Net present value' });
  await expect(npvRow.locator('td')).toHaveText(['£1,250,000 (best)', '£550,000']);
  await expect(table.locator('tbody tr', { hasText: 'Pays back in' }).locator('td')).toHaveText(['2029/30', '2028/29 (best)']);
  await expect(page.getByTestId('compare-summary')).toContainText('A: Bigger change is worth most');
  await expect(page.getByTestId('compare-summary')).toContainText('pays back 1 year later than B: Finance only');
  // The CSV gains an option column.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter((l) => l);
  expect(lines[0]).toBe(
    'option,year,financial_year,partner,service,standalone_cost,shared_cost,net_saving,' +
      'saving_share,running_cost_share,one_off_share,discount_factor,discounted_net_saving',
  );
  expect(lines.length).toBe(1 + 2 * 5 * 2);
  // The whole comparison travels in one link.
  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.match(/s=/g)?.length).toBe(2);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('compare-table').locator('thead th')).toHaveText(['Figure', 'A: Bigger change', 'B: Finance only']);
  await expect(other.getByTestId('compare-table').locator('tbody tr', { hasText: 'Net present value' }).locator('td')).toHaveText(['£1,250,000 (best)', '£550,000']);
});

test('removing an option, and editing another', async ({ page }) => {
  const fragment = ['Finance only', 'Bigger change', 'Middle way'].map((t, i) => 's=' + payload(option(t, [0.1, 0.3, 0.2][i], 200000))).join('&');
  await page.goto('/#' + fragment);
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveCount(4);
  await page.getByRole('button', { name: 'Edit this option C: Middle way' }).click();
  await expect(page.locator('#title')).toHaveValue('Middle way');
  await expect(table.locator('thead th')).toHaveText(['Figure', 'A: Middle way', 'B: Bigger change', 'C: Finance only']);
  await page.getByRole('button', { name: 'Remove B: Bigger change' }).click();
  await expect(table.locator('thead th')).toHaveText(['Figure', 'A: Middle way', 'B: Finance only']);
  await expect.poll(() => page.url().match(/s=/g)?.length).toBe(2);
});

test('a comparison link with one broken option reports it and opens the others', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/#s=' + payload(option('Finance only', 0.1, 200000)) + '&s=not-a-scenario!&s=' + payload(option('Bigger change', 0.3, 1000000)));
  const alert = page.getByTestId('option-problem');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Option 2 of 3 in this link could not be opened');
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveText(['Figure', 'A: Finance only', 'B: Bigger change']);
  const before = page.url();
  await page.getByTestId('baseline-0-0').fill('2m');
  await page.waitForTimeout(600);
  expect(page.url()).toBe(before);
  await alert.getByRole('button', { name: 'Carry on without them' }).click();
  await expect.poll(() => page.url()).not.toBe(before);
  expect(problems).toEqual([]);
});

test('axe finds nothing in the comparison view', async ({ page }) => {
  await page.goto('/#s=' + payload(option('Finance only', 0.1, 200000)) + '&s=' + payload(option('Bigger change', 0.3, 1000000)));
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
});

test('the comparison travels in one JSON file, and a saved scenario can join it', async ({ page }) => {
  await page.goto('/#s=' + payload(option('Finance only', 0.1, 200000)) + '&s=' + payload(option('Bigger change', 0.3, 1000000)));
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(text).map((s: { title: string }) => s.title)).toEqual(['Finance only', 'Bigger change']);
  await page.goto('/');
  await expect(page.getByTestId('compare-table')).toHaveCount(0);
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'options.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveText(['Figure', 'A: Finance only', 'B: Bigger change']);
  // Save the scenario being edited, then add it to the comparison from the saved list.
  await page.getByLabel('Save this scenario as').fill('Saved copy');
  await page.getByTestId('save-scenario').click();
  await page.getByRole('button', { name: 'Compare Saved copy' }).click();
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveText(['Figure', 'A: Finance only', 'B: Bigger change', 'C: Finance only']);
});
