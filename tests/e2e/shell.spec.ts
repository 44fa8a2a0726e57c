// The app shell as a visitor first meets it: named, described, error-free and accessible.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('the page loads without a console error and names the product', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`); });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('sharecalc: shared services calculator');
  await expect(page).toHaveTitle(/sharecalc/);
  expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/shar/);
  expect(problems).toEqual([]);
});

test('axe finds no WCAG 2.2 AA problem on the page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
