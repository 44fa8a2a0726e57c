// Hostile input (issue 20): addresses, files, storage and messages that once lost work or
// contradicted the page. Each test reproduces one finding as a user (or a link) would.
import { test, expect, Page } from '@playwright/test';
import { SIMPLE, fragmentOf } from './scenarios';

const FRAGMENT = fragmentOf(SIMPLE);

/** The programs (`.wasm`) a visit to `path` fetches, once `shown` is on the page. */
async function programsFetched(page: Page, path: string, shown: string): Promise<string[]> {
  const wasm: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.replace(/-[0-9a-f]+_bg\.wasm$/, '')); });
  await page.goto(path);
  await expect(page.getByTestId(shown)).toBeVisible();
  await page.waitForLoadState('networkidle');
  return wasm;
}

// Item 9: the loader and the program read the address by one rule (the first value of a
// repeated parameter, percent-decoded), so they never disagree about what to show.
for (const query of ['?view=accessibility&view=editor', '?view=%61ccessibility', '?%76iew=accessibility&view=summary']) {
  test(`one reading of the address: ${query} shows the accessibility statement`, async ({ page }) => {
    expect(await programsFetched(page, '/' + query + FRAGMENT, 'statement-back')).toEqual(['/residents']);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Accessibility');
    await expect(page.getByTestId('npv')).toHaveCount(0);
  });
}

test('one reading of the address: a repeated view that starts with the calculator shows the calculator', async ({ page }) => {
  expect(await programsFetched(page, '/?view=editor&view=summary' + FRAGMENT, 'npv')).toEqual(['/sharecalc']);
  await expect(page.getByLabel('Scenario name')).toBeVisible();
});
