// "How sure are we?" and "Is it fair to each of us?": each panel on a scenario worked by hand
// (tests/analysis_*.rs scaled by 1,000), the ranges travelling with the link, balancing,
// a partner leaving, accessibility, and how long the page takes to redo the analysis of the
// largest valid scenario.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import AxeBuilder from '@axe-core/playwright';
import { deflateRawSync } from 'node:zlib';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function link(scenario: object): string {
  return '/#s=' + deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 }).toString('base64url');
}

// C = £1m (A £600k, B £400k), 20% saved from Year 1, 5% running cost, £300k one-off, three
// years, no discounting, split equally: NPV £150,000; A £375,000, B −£225,000.
const WORKED = {
  version: 1, title: 'Worked', horizon_years: 3, discount_rate: 0,
  partners: [{ name: 'Alder' }, { name: 'Birch' }],
  services: [{
    name: 'HR', baseline: [600000, 400000], saving_rate: 0.2, ramp_years: 1,
    one_off_cost: 300000, running_cost_rate: 0.05, split: { basis: 'equal' },
  }],
};

/** The largest valid scenario: 20 partners, 50 services, 30 years. */
function largest(): object {
  const partners = Array.from({ length: 20 }, (_, p) => ({ name: `Partner ${p + 1}`, population: 50000 + 7919 * p }));
  const services = Array.from({ length: 50 }, (_, s) => ({
    name: `Service ${s + 1}`,
    baseline: partners.map((_, p) => 250000 + ((p * 7331 + s * 5417) % 90000) * 10),
    saving_rate: 0.05 + (s % 5) * 0.05, ramp_years: (s % 4) + 1,
    one_off_cost: 100000 * (s % 3), running_cost_rate: 0.01 * (s % 3),
  }));
  return { version: 1, horizon_years: 30, cost_growth: 0.02, realisation: 0.8, optimism_bias: 0.2, partners, services };
}

async function open(page: Page, url: string) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(url);
  await figuresReady(page);
  return problems;
}

test('each panel appears with figures that agree with the headlines', async ({ page }) => {
  const problems = await open(page, link(WORKED));
  await expect(page.getByTestId('npv')).toHaveText('£150,000');
  await expect(page.getByRole('heading', { name: 'How sure are we?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Is it fair to each of us?' })).toBeVisible();
  const breakEven = (await page.getByTestId('break-even-rate').textContent()) ?? '';
  expect(breakEven).toBe('15%');
  await expect(page.getByTestId('switching-saving-rate')).toContainText(`below ${breakEven} of current spend`);
  await expect(page.getByTestId('switching-one-off-costs')).toContainText('rise by more than 50%');
  await expect(page.getByTestId('switching-realisation')).toContainText('less than 75%');
  await expect(page.locator('#tornado svg[role="img"]')).toBeVisible();
  await expect(page.getByTestId('tornado-table').locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('mc-chances')).toContainText('of 10,000 futures');
  await expect(page.getByTestId('standings').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('standings').locator('tbody tr').nth(1)).toContainText('35%');
  expect(problems).toEqual([]);
});

test('editing the ranges changes the simulation, and the link brings the same numbers back', async ({ page }) => {
  await open(page, link(WORKED));
  const before = await page.getByTestId('mc-p50').textContent();
  await page.getByTestId('uncertainty-savings-low').fill('10');
  await expect(page.getByTestId('mc-p50')).not.toHaveText(before ?? '');
  const after = await page.getByTestId('mc-p50').textContent();
  const chances = await page.getByTestId('mc-chances').textContent();
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(link(WORKED).slice(1));
  await page.reload();
  await expect(page.getByTestId('uncertainty-savings-low')).toHaveValue('10');
  await expect(page.getByTestId('mc-p50')).toHaveText(after ?? '');
  await expect(page.getByTestId('mc-chances')).toHaveText(chances ?? '');
  // A range that cannot be read is named in the error summary.
  await page.getByTestId('uncertainty-savings-high').fill('lots');
  await expect(page.locator('.app-error-summary')).toContainText('Planned savings, high');
  await page.getByTestId('uncertainty-savings-high').fill('5');
  await expect(page.locator('.app-error-summary')).toContainText('Planned savings range needs low no higher than likely');
  await page.getByTestId('ranges-reset').click();
  await expect(page.getByTestId('mc-p50')).toHaveText(before ?? '');
});

test('balancing payments leave no partner below zero', async ({ page }) => {
  await open(page, link(WORKED));
  await page.getByTestId('balancing-option').check();
  const after = page.getByTestId('balancing-after');
  await expect(after).toHaveText(['£150,000', '£0']);
  for (const text of await after.allTextContents()) expect(text).not.toContain('\u2212');
});

test('balancing says plainly when the partnership as a whole loses', async ({ page }) => {
  const losing = { ...WORKED, services: [{ ...WORKED.services[0], one_off_cost: 900000 }] };
  await open(page, link(losing));
  await page.getByTestId('balancing-option').check();
  await expect(page.getByTestId('balancing-outcome')).toContainText('The partnership as a whole loses');
  await expect(page.getByTestId('balancing')).toHaveCount(0);
});

test('a partner leaving changes the figures', async ({ page }) => {
  await open(page, link(WORKED));
  await page.getByTestId('leaving-partner').selectOption({ label: 'Birch' });
  await page.getByTestId('leaving-year').selectOption({ label: '2027/28' });
  await page.locator('#leaving-fee').fill('100,000');
  await expect(page.getByTestId('leaving-after')).toHaveText(['£305,000', '\u2212£275,000']);
  await page.getByTestId('leaving-year').selectOption({ label: '2029/30' });
  await expect(page.getByTestId('leaving-after')).toHaveText(['£375,000', '\u2212£225,000']);
});

test('axe finds nothing in the analysis panels', async ({ page }) => {
  await open(page, link(WORKED));
  await page.getByTestId('balancing-option').check();
  for (const summary of await page.locator('[data-testid="how-sure"] details summary').all()) await summary.click();
  const results = await new AxeBuilder({ page }).include('[data-testid="how-sure"]').include('[data-testid="is-it-fair"]').withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
});

// Speed is measured by scripts/bench and reported in BENCHMARKS.md, not asserted here.
test('the largest valid scenario: the analysis follows an edit', async ({ page }) => {
  await open(page, link(largest()));
  const box = page.getByTestId('uncertainty-savings-low');
  await expect(box).toHaveValue('50');
  const before = await page.getByTestId('mc-p50').textContent();
  await box.fill('40');
  await expect(page.getByTestId('mc-p50')).not.toHaveText(before ?? '');
});
