// Format v2 in the calculator: a link using every kind of v2 field shows the same figures in
// the calculator as on the residents' summary, each v2 box can be typed into and is checked,
// costs that fall on one partner are added and go with their partner, and the "a partner
// leaves" question travels in the link once asked.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import { inflateRawSync } from 'node:zlib';
import { fragmentOf } from './scenarios';

/**
 * Two councils, one service, no discounting or optimism bias, so every figure is worked by
 * hand. The service goes live in Year 2, its £200,000 one-off cost falls half in Year 1 and
 * half in Year 2, it has a fixed running cost of £10,000 a year once live, and Alpha alone
 * bears £30,000 of redundancy in Year 1:
 *   Year 1: no saving, −100,000 one-off, −30,000 Alpha's own  = −130,000
 *   Year 2: 10% of 1,500,000 = 150,000, −10,000 fixed, −100,000 one-off = 40,000
 *   Year 3: 150,000 − 10,000                                     = 140,000
 *   NPV (0% discount) = 50,000. Without the v2 fields it would be 3 × 150,000 − 200,000 = 250,000.
 */
const V2 = {
  version: 2,
  title: 'Two councils share finance from Year 2',
  horizon_years: 3,
  discount_rate: 0,
  optimism_bias: 0,
  partners: [{ name: 'Alpha' }, { name: 'Beta' }],
  services: [
    {
      name: 'Finance', baseline: [1000000, 500000], saving_rate: 0.1, ramp_years: 1,
      savings_start_year: 2, one_off_cost: 200000, one_off_profile: [0.5, 0.5],
      fixed_running_cost: 10000,
    },
  ],
  partner_costs: [{ partner: 0, label: 'Redundancy', year: 1, amount: 30000 }],
};

/** The scenario a link's address carries (its first option). */
async function scenarioInAddress(page: Page): Promise<any> {
  const hash = await page.evaluate(() => location.hash);
  if (!hash.startsWith('#s=')) return {};
  const payload = hash.slice(3).split('&')[0];
  return JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8'));
}

async function openV2(page: Page) {
  await page.goto('/' + fragmentOf(V2));
  await expect(page.getByTestId('npv')).toHaveText('£50,000');
}

test('a v2 link shows the same figures in the calculator as on the residents\' summary', async ({ page }) => {
  await openV2(page);
  await expect(page.locator('[id$="-savings-start-year"]').first()).toHaveValue('2');
  const spread = page.locator('[id$="-one-off-profile"]').first();
  await expect(spread).toHaveValue('50, 50');
  // The spread box offers the simple spreads by name; anything else is typed.
  const presets = page.locator('datalist#' + (await spread.getAttribute('list')) + ' option');
  await expect(presets).toHaveCount(5);
  await expect(presets.nth(0)).toHaveAttribute('label', 'All in Year 1');
  await expect(presets.nth(0)).toHaveAttribute('value', '100');
  await expect(presets.nth(1)).toHaveAttribute('label', 'Evenly over 2 years');
  await expect(presets.nth(1)).toHaveAttribute('value', '50, 50');
  await expect(presets.nth(3)).toHaveAttribute('value', '25, 25, 25, 25');
  await expect(page.locator('[id$="-fixed-running-cost"]').first()).toHaveValue('10,000');
  await expect(page.locator('[id^="partner-cost-"][id$="-amount"]')).toHaveValue('30,000');
  await page.goto('/?view=summary' + fragmentOf(V2));
  await expect(page.getByTestId('npv')).toHaveText('£50,000');
});

test('each v2 box is read as typed and moves the figures as worked by hand', async ({ page }) => {
  await openV2(page);
  // Live from Year 1: Year 1 gains 150,000 − 10,000 = 140,000, so the NPV rises to 190,000.
  await page.locator('[id$="-savings-start-year"]').first().fill('1');
  await expect(page.getByTestId('npv')).toHaveText('£190,000');
  // A fixed running cost of £20,000: 3 years × 10,000 more, so 160,000.
  await page.locator('[id$="-fixed-running-cost"]').first().fill('20k');
  await expect(page.getByTestId('npv')).toHaveText('£160,000');
  // A cost of £1m that Beta alone bears in Year 2 takes exactly £1m off (no discounting).
  await page.getByTestId('partner-costs-add').click();
  const row = page.getByTestId('partner-costs').locator('tbody tr').last();
  await expect(row.locator('select')).toBeFocused();
  await row.locator('select').selectOption({ label: 'Beta' });
  await row.locator('[id$="-year"]').fill('2');
  await row.locator('[id$="-amount"]').fill('1m');
  await expect(page.getByTestId('npv')).toHaveText('−£840,000');
  // The link follows once typing pauses; a year at its default (Year 1) is left out.
  await expect.poll(async () => (await scenarioInAddress(page)).partner_costs).toEqual([
    { partner: 0, label: 'Redundancy', amount: 30000 },
    { partner: 1, label: 'Redundancy and pension strain', year: 2, amount: 1000000 },
  ]);
  const s = await scenarioInAddress(page);
  expect(s.services[0].savings_start_year).toBeUndefined(); // Year 1, the default, left out
  expect(s.services[0].fixed_running_cost).toBe(20000);
});

test('a one-off spread that does not add up to 100% is named in the error summary and kept', async ({ page }) => {
  await openV2(page);
  const spread = page.locator('[id$="-one-off-profile"]').first();
  await spread.fill('50, 40');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toContainText('Finance: one-off cost spread must add up to 100% (it adds up to 90%)');
  await expect(page.getByTestId('npv')).toHaveText('£50,000');
  await summary.getByRole('link', { name: /one-off cost spread/ }).click();
  await expect(spread).toBeFocused();
  await expect(spread).toHaveValue('50, 40');
  await expect(spread).toHaveAttribute('aria-invalid', 'true');
  await spread.fill('100');
  await expect(summary).toHaveCount(0);
});

test('removing a partner removes the costs that fell on it alone', async ({ page }) => {
  await page.goto('/');
  await figuresReady(page);
  const costs = page.getByTestId('partner-costs').locator('tbody tr');
  await expect(costs).toHaveCount(3);
  const first = page.locator('section[aria-labelledby="partners-heading"] tbody tr').first();
  await first.getByRole('button', { name: /^Remove/ }).click();
  await expect(costs).toHaveCount(2);
  // The others' costs follow their partners to their new places.
  await expect.poll(async () => (await scenarioInAddress(page)).partner_costs?.map((c: any) => c.partner)).toEqual([1, 2]);
});

test('the "a partner leaves" question travels in the link once asked, and not before', async ({ page }) => {
  await openV2(page);
  expect((await scenarioInAddress(page)).leaving).toBeUndefined();
  await page.getByTestId('leaving-partner').selectOption({ label: 'Beta' });
  await page.getByTestId('leaving-year').selectOption({ index: 1 });
  await expect.poll(async () => (await scenarioInAddress(page)).leaving).toEqual({ partner: 1, year: 2, exit_fee: 0 });
  await page.reload();
  await expect(page.getByTestId('leaving-partner')).toHaveValue(/.+/);
  await expect(page.getByTestId('leaving-partner').locator('option:checked')).toHaveText('Beta');
  await expect(page.getByTestId('leaving-year').locator('option:checked')).toHaveText('2028/29');
});
