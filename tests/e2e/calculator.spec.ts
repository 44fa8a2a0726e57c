// The calculator as an officer uses it: edit costs, add and remove partners and services,
// change how costs are split, type what people type, make mistakes, download the CSV.
import { test, expect, Page } from '@playwright/test';
import { openWatched } from './ready';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const open = (page: Page) => openWatched(page);

/** Reads "£1,234,567" or "−£45,000" as a number of pounds. */
function pounds(text: string | null): number {
  const t = (text ?? '').trim();
  const negative = t.startsWith('\u2212') || t.startsWith('-');
  const n = Number(t.replace(/[^0-9.]/g, ''));
  return negative ? -n : n;
}

/** Keeps one service (the first) and removes the rest, through the UI. */
async function keepOneService(page: Page) {
  const costs = page.locator('section[aria-labelledby="services-heading"] table').first();
  while ((await costs.locator('tbody tr').count()) > 1) {
    await costs.locator('tbody tr').last().getByRole('button', { name: /^Remove/ }).click();
  }
}

async function partnerShares(page: Page): Promise<number[]> {
  const rows = page.locator('#partners-table-heading + div table tbody tr');
  const n = await rows.count();
  const shares: number[] = [];
  for (let i = 0; i < n; i++) shares.push(pounds(await rows.nth(i).locator('td').nth(1).textContent()));
  return shares;
}

test('editing a partner cost updates the NPV at once, with no console error', async ({ page }) => {
  const problems = await open(page);
  const before = pounds(await page.getByTestId('npv').textContent());
  await page.getByTestId('baseline-0-0').fill('2,620,000');
  // 2m more spend at a 20% saving rate lifts the net saving, so the NPV must rise.
  await expect.poll(async () => pounds(await page.getByTestId('npv').textContent())).toBeGreaterThan(before);
  expect(problems).toEqual([]);
});

test('the figures for a simple scenario match a hand calculation to the pound', async ({ page }) => {
  await open(page);
  await keepOneService(page);
  // Two partners only.
  const partnerRows = page.locator('section[aria-labelledby="partners-heading"] tbody tr');
  while ((await partnerRows.count()) > 2) {
    await partnerRows.last().getByRole('button', { name: /^Remove/ }).click();
  }
  await page.getByTestId('baseline-0-0').fill('1m');
  await page.getByTestId('baseline-0-1').fill('£500,000');
  const sharing = page.locator('#sharing-heading ~ .app-table-scroll').first().locator('tbody tr').first();
  await sharing.getByLabel(/planned saving/).fill('10%');
  await sharing.getByLabel(/years to full savings/).fill('1');
  await sharing.getByLabel(/: one-off cost$/).fill('200k');
  await sharing.getByLabel(/running cost \(% a year\)/).fill('0');
  // The example goes live in Year 2 with its one-off cost spread over two years, and the first
  // partner bears redundancy costs of its own; this hand calculation has none of that.
  await sharing.getByLabel(/year the shared service goes live/).fill('1');
  await sharing.getByLabel(/share of the one-off cost/).fill('100');
  const ownCosts = page.getByTestId('partner-costs').locator('tbody tr');
  while ((await ownCosts.count()) > 0) {
    await ownCosts.first().getByRole('button', { name: /^Remove/ }).click();
  }
  await page.locator('#horizon-years').fill('3');
  await page.locator('#discount-rate').fill('0');
  // The example carries 20% optimism bias on one-off costs; this hand calculation has none.
  await page.locator('#optimism-bias').fill('0');
  // By hand: combined spend 1.5m; saving 10% = 150,000 a year; one-off 200,000 in Year 1.
  // Net: Year 1 -50,000, Years 2 and 3 +150,000 each; NPV at 0% = 250,000.
  // Cumulative: -50,000, 100,000 (pays back in Year 2 = 2028/29), 250,000.
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.getByTestId('payback-year')).toHaveText('2028/29');
  await expect(page.getByTestId('recurring-saving')).toHaveText('£150,000');
  // Break-even: 200,000 / (3 years × 1.5m) = 4.444…%.
  await expect(page.getByTestId('break-even-rate')).toHaveText('4.4%');
});

test('adding and removing a partner and a service', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(page.getByTestId('baseline-0-4')).toBeVisible();
  await expect(page.getByLabel('Partner 5 name')).toBeFocused();
  await page.getByLabel('Partner 5 name').fill('Newtown Council');
  // Customer services is split by population, so the new partner needs one: said once the
  // user leaves the new row.
  await page.getByTestId('baseline-0-0').focus();
  await expect(page.locator('.app-error-summary')).toContainText('Population of Newtown Council');
  await page.getByLabel('Population of Newtown Council (residents, optional)').fill('50,000');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  await expect(page.locator('#partners-table-heading + div table tbody tr')).toHaveCount(5);
  await page.getByRole('button', { name: 'Remove Newtown Council' }).click();
  await expect(page.getByTestId('baseline-0-4')).toHaveCount(0);
  await expect(page.locator('#partners-table-heading + div table tbody tr')).toHaveCount(4);

  await page.getByRole('button', { name: 'Add a service' }).click();
  await expect(page.getByTestId('baseline-6-0')).toBeVisible();
  await expect(page.getByLabel('Service 7 name')).toBeFocused();
  await page.getByTestId('baseline-6-0').fill('100000');
  await page.getByRole('button', { name: 'Remove Service 7' }).click();
  await expect(page.getByTestId('baseline-6-0')).toHaveCount(0);
});

test('moving a partner keeps each cost with its council', async ({ page }) => {
  await open(page);
  const first = await page.getByTestId('baseline-0-0').inputValue();
  const second = await page.getByTestId('baseline-0-1').inputValue();
  await page.getByRole('button', { name: /^Move down Heron Vale/ }).click();
  await expect(page.getByTestId('baseline-0-0')).toHaveValue(second);
  await expect(page.getByTestId('baseline-0-1')).toHaveValue(first);
});

test('each way of splitting costs divides the shared cost as it says', async ({ page }) => {
  await open(page);
  await keepOneService(page);
  const split = page.locator('#sharing-heading ~ .app-table-scroll').first().locator('select').first();

  await split.selectOption('equal');
  let shares = await partnerShares(page);
  expect(new Set(shares).size).toBe(1);

  await split.selectOption('population');
  shares = await partnerShares(page);
  // Populations 98,000 / 121,000 / 87,000 / 104,000: shares in the same proportion.
  const total = shares.reduce((a, b) => a + b, 0);
  [98, 121, 87, 104].forEach((p, i) => expect(Math.abs(shares[i] - (total * p) / 410)).toBeLessThan(4));

  await split.selectOption('driver');
  await expect(page.locator('#drivers-heading')).toBeVisible();
  await page.getByLabel(/driver name/).fill('Staff headcount');
  const values = ['1', '1', '2', '0'];
  for (let i = 0; i < 4; i++) {
    await page.locator('#drivers-heading ~ .app-table-scroll').first().locator('tbody tr').first().locator('input').nth(i).fill(values[i]);
  }
  shares = await partnerShares(page);
  expect(Math.abs(shares[0] - shares[1])).toBeLessThan(1);
  expect(Math.abs(shares[2] - 2 * shares[0])).toBeLessThan(2);
  expect(shares[3]).toBe(0);

  await split.selectOption('baseline');
  shares = await partnerShares(page);
  expect(shares[1]).toBeGreaterThan(shares[0]);
});

test('a typed 1.2m is read as 1,200,000', async ({ page }) => {
  await open(page);
  await keepOneService(page);
  await page.getByTestId('baseline-0-0').fill('1.2m');
  await page.getByTestId('baseline-0-1').fill('0');
  await page.getByTestId('baseline-0-2').fill('0');
  await page.getByTestId('baseline-0-3').fill('0');
  const firstYear = page.locator('#years-table-heading + div table tbody tr').first();
  await expect(firstYear.locator('td').first()).toHaveText('£1,200,000');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
});

test('an unreadable entry is explained, linked, kept, and the last figures stay', async ({ page }) => {
  await open(page);
  const npv = await page.getByTestId('npv').textContent();
  await page.getByTestId('baseline-0-1').fill('lots');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  const link = summary.getByRole('link').first();
  await expect(link).toContainText('HR and payroll: annual cost for Kestrel Borough Council');
  await expect(page.getByTestId('stale-notice')).toBeVisible();
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await link.click();
  await expect(page.getByTestId('baseline-0-1')).toBeFocused();
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('lots');
  await expect(page.getByTestId('baseline-0-1')).toHaveAttribute('aria-invalid', 'true');
  expect(new URL(page.url()).hash).not.toContain('baseline');
  await page.getByTestId('baseline-0-1').fill('780k');
  await expect(summary).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Error: /);
});

test('a value out of range names the field and says how to fix it', async ({ page }) => {
  await open(page);
  await page.locator('#horizon-years').fill('40');
  await expect(page.locator('.app-error-summary')).toContainText('Years to appraise');
  await expect(page.locator('#horizon-years-error')).toContainText('30');
});

test('the CSV download has the spec header and a row per year, partner and service', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  const lines = text.split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe(
    'year,financial_year,partner,service,standalone_cost,shared_cost,net_saving,' +
      'saving_share,running_cost_share,one_off_share,discount_factor,discounted_net_saving',
  );
  // A row per year, partner and service, and one per cost a partner bears alone: the example's
  // three redundancy costs (Heron Vale, Marshfield, Oakbridge) in Year 2.
  expect(lines.length).toBe(1 + 10 * 4 * 6 + 3);
  // Heron Vale's £700,000 with 20% optimism bias is £840,000, all of it its own, discounted
  // one year at 3.5%: −840,000 ÷ 1.035 = −811,594.20.
  expect(lines).toContain(
    '2,2028/29,Heron Vale District Council,Redundancy and pension strain,0.00,840000.00,-840000.00,0.00,0.00,840000.00,0.966184,-811594.20',
  );
  // Year 1, first partner, first service: Heron Vale's HR and payroll, 620,000 alone; Year 1 is
  // not discounted (the price base is Year 1).
  expect(lines[1]).toMatch(
    /^1,2027\/28,Heron Vale District Council,HR and payroll,620000\.00,(-?\d+\.\d\d,){5}1\.000000,-?\d+\.\d\d$/,
  );
  for (const line of lines.slice(1)) expect(line.split(',').length).toBe(12);
});

test('axe finds nothing on the calculator, with and without an error showing', async ({ page }) => {
  await open(page);
  let results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
  await page.getByTestId('baseline-0-0').fill('abc');
  await expect(page.locator('.app-error-summary')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
});

test('a chart\'s table follows the figures, whether it was open or closed while they changed', async ({ page }) => {
  await open(page);
  const annual = page.locator('#chart-annual');
  const firstYearAlone = annual.locator('tbody tr').first().locator('td').first();
  const figure = async () => pounds(await page.getByTestId('npv').textContent());
  await annual.getByText('Show “Annual cost: each partner alone against shared” as a table').click();
  const before = pounds(await firstYearAlone.textContent());
  // One more pound for the first partner's first service: the year-one cost alone rises by a pound.
  const box = page.getByTestId('baseline-0-0');
  const cost = pounds(await box.inputValue());
  await box.fill(String(cost + 1));
  await expect.poll(async () => pounds(await firstYearAlone.textContent())).toBe(before + 1);
  // Closed, it is not written while the figures change; opened again, it shows them.
  await annual.getByText('Show “Annual cost: each partner alone against shared” as a table').click();
  const npv = await figure();
  await box.fill(String(cost + 1001));
  await expect.poll(figure).not.toBe(npv);
  await annual.getByText('Show “Annual cost: each partner alone against shared” as a table').click();
  await expect.poll(async () => pounds(await firstYearAlone.textContent())).toBe(before + 1001);
});
