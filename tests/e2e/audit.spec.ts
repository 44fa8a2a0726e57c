// What the screen-reader and keyboard audit (issue 22) found, each as a user meets it: actions
// told in a status message, Undo after removing a row, focus kept in view inside a scrolling
// table, regions only where content overflows, charts named once with their table toggles
// naming them, the summary's slider spoken once.
import { test, expect, Page } from '@playwright/test';

/** Opens the calculator (`query` added to the address) and waits for its figures. */
async function open(page: Page, query = '') {
  await page.goto('/' + query);
  await expect(page.getByTestId('npv')).toHaveText(/£/);
  await expect(page.locator('#evidence-heading')).toBeVisible();
}

const status = (page: Page) => page.getByTestId('action-status');
const partnerRows = (page: Page) => page.locator('section[aria-labelledby="partners-heading"] tbody tr');

test('moving, adding and removing a partner or a service is said in a status message', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Move up Kestrel Borough Council' }).click();
  await expect(status(page)).toHaveText('Kestrel Borough Council moved to position 1.');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.getByRole('button', { name: 'Move down Kestrel Borough Council' }).click();
  await expect(status(page)).toHaveText('Kestrel Borough Council moved to position 2.');
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(status(page)).toHaveText('Partner 5 added.');
  await page.getByRole('button', { name: 'Add a service' }).click();
  await expect(status(page)).toHaveText('Service 7 added.');
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(status(page)).toHaveText('Legal removed.');
});

test('the status messages are in Welsh on a Welsh page', async ({ page }) => {
  await open(page, '?lang=cy');
  await page.getByRole('button', { name: 'Symud i fyny Cyngor Bwrdeistref Kestrel' }).click();
  await expect(status(page)).toHaveText('Mae Cyngor Bwrdeistref Kestrel wedi symud i safle 1.');
  await page.getByRole('button', { name: 'Ychwanegu partner' }).click();
  await expect(status(page)).toHaveText('Wedi ychwanegu Partner 5.');
  await page.getByRole('button', { name: 'Tynnu Cyngor Bwrdeistref Kestrel' }).click();
  await expect(status(page)).toHaveText('Wedi tynnu Cyngor Bwrdeistref Kestrel.');
});

test('the figures are not announced again after a move that leaves them as they were', async ({ page }) => {
  await open(page);
  // Once the page has settled, count every change to the announcer.
  await page.waitForTimeout(1500);
  await page.getByTestId('announcer').evaluate((el) => {
    (window as any).announced = 0;
    new MutationObserver((records) => { (window as any).announced += records.length; })
      .observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Move down Heron Vale District Council' }).click();
  await expect(status(page)).toHaveText('Heron Vale District Council moved to position 2.');
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as any).announced)).toBe(0);
  // A change to the figures is still announced.
  await page.getByTestId('baseline-0-0').fill('700000');
  await expect(page.getByTestId('announcer')).toContainText('Figures updated', { timeout: 5000 });
});

test('Undo after removing a partner puts back exactly what was there', async ({ page }) => {
  await open(page);
  // Something typed that cannot be read yet is kept as typed.
  await page.getByTestId('baseline-1-2').fill('12k3');
  const before = await page.locator('main input, main select').evaluateAll((els) =>
    els.map((e) => `${e.id}=${(e as HTMLInputElement).value}`));
  await page.getByRole('button', { name: 'Remove Kestrel Borough Council' }).click();
  await expect(partnerRows(page)).toHaveCount(3);
  await expect(page.getByTestId('removed-partner')).toContainText('Kestrel Borough Council removed.');
  await page.getByTestId('undo-removed-partner').click();
  await expect(partnerRows(page)).toHaveCount(4);
  await expect(page.getByTestId('removed-partner-status'))
    .toHaveText('The scenario is back as it was before “Remove Kestrel Borough Council”.');
  await expect(page.getByTestId('removed-partner-status')).toBeFocused();
  await expect(page.getByTestId('removed-partner')).toBeHidden();
  const after = await page.locator('main input, main select').evaluateAll((els) =>
    els.map((e) => `${e.id}=${(e as HTMLInputElement).value}`));
  expect(after).toEqual(before);
});

test('Undo after removing a service, offered until the next edit', async ({ page }) => {
  await open(page);
  const rows = page.locator('#costs-heading ~ div table tbody tr').first().locator('xpath=..').locator('tr');
  const count = await rows.count();
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(rows).toHaveCount(count - 1);
  await page.getByTestId('undo-removed-service').click();
  await expect(rows).toHaveCount(count);
  await expect(page.getByRole('button', { name: 'Remove Legal' })).toBeVisible();
  // After another edit, Undo would lose it, so it goes.
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(page.getByTestId('undo-removed-service')).toBeVisible();
  await page.getByTestId('baseline-0-0').fill('700000');
  await expect(page.getByTestId('undo-removed-service')).toBeHidden();
});

for (const lang of ['en', 'cy']) {
  test(`charts are named once and each table toggle names its chart (${lang})`, async ({ page }) => {
    for (const query of [lang === 'cy' ? '?lang=cy' : '', `?view=summary${lang === 'cy' ? '&lang=cy' : ''}`]) {
      await page.goto('/' + query);
      await expect(page.locator('svg.app-chart__svg').first()).toBeVisible();
      const charts = await page.locator('figure.app-chart').evaluateAll((figures) => figures.map((f) => ({
        title: f.querySelector('h3, h4')?.textContent?.trim() ?? '',
        toggle: f.querySelector('summary')?.textContent?.trim() ?? '',
      })));
      expect(charts.length, query).toBeGreaterThan(1);
      for (const c of charts.filter((c) => c.toggle)) {
        expect(c.toggle, query).toBe(lang === 'cy' ? `Dangos “${c.title}” fel tabl` : `Show “${c.title}” as a table`);
      }
      for (const svg of await page.locator('svg.app-chart__svg[role="img"]').all()) {
        const desc = (await svg.locator('desc').textContent())?.trim() ?? '';
        const title = await svg.evaluate((s) => document.getElementById(
          (s.getAttribute('aria-labelledby') ?? '').split(' ')[0])?.textContent?.trim() ?? '');
        await expect(svg).toHaveAccessibleName(title);
        await expect(svg).toHaveAccessibleDescription(desc);
      }
    }
  });
}

test('the summary slider value is not a live region', async ({ page }) => {
  await page.goto('/?view=summary');
  const output = page.getByTestId('what-if-value');
  await expect(output).toHaveText(/%/);
  // <output> is a status (polite live region) unless told otherwise.
  await expect(output).toHaveAttribute('aria-live', 'off');
});
