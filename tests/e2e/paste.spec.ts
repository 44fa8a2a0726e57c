// Figures from a spreadsheet (issue 17, "In"): a block pasted into a cost box, as Excel,
// LibreOffice and Google Sheets put it on the clipboard, fills the costs table from that box
// rightwards and downwards; a block larger than the table offers to add what it needs;
// unreadable cells are named and kept; one Undo puts the table back; a CSV file of costs opens
// through the scenario file picker. The default scenario's table is 6 services × 4 partners.
// `openWatched` (ready.ts) waits for the calculator itself, not its preview (figuresReady).
import { test, expect, Page } from '@playwright/test';
import { openWatched } from './ready';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const open = openWatched;

/** Dispatches a real `paste` event on a cost box with `text` on its clipboard, as the browser
 *  does for Ctrl+V; true when the page took it over (the browser would not paste it itself). */
async function paste(page: Page, testid: string, text: string): Promise<boolean> {
  const box = page.getByTestId(testid);
  await box.focus();
  return box.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    return !el.dispatchEvent(event);
  }, text);
}

/** Every box and select of the calculator, with its value: what Undo must put back. The link
 *  shown follows the boxes once typing pauses, so a comparison polls. */
async function everyBox(page: Page): Promise<string[]> {
  return page.locator('main input, main select').evaluateAll((els) =>
    els.map((e) => `${e.id}=${(e as HTMLInputElement).value}`));
}

const costRows = (page: Page) => page.locator('#costs-heading ~ div table').first().locator('tbody tr');
const status = (page: Page) => page.getByTestId('action-status');

async function values(page: Page, ids: string[]): Promise<string[]> {
  return Promise.all(ids.map((id) => page.getByTestId(id).inputValue()));
}

test('a block from Excel (tabs, CRLF, a final line end) fills rightwards and downwards, and Undo puts it all back', async ({ page }) => {
  const problems = await open(page);
  const before = await everyBox(page);
  const npv = await page.getByTestId('npv').textContent();
  expect(await paste(page, 'baseline-1-1', '1,000\t2,000\t3,000\r\n£4,000\t1.2m\t250k\r\n')).toBe(true);
  expect(await values(page, ['baseline-1-1', 'baseline-1-2', 'baseline-1-3', 'baseline-2-1', 'baseline-2-2', 'baseline-2-3']))
    .toEqual(['1,000', '2,000', '3,000', '£4,000', '1.2m', '250k']);
  await expect(status(page)).toHaveText(
    'Pasted 2 × 3 cells into the costs table, from Finance, Kestrel Borough Council onwards.');
  await expect(page.getByTestId('pasted')).toContainText('Pasted 2 × 3 cells');
  await expect(page.getByTestId('baseline-1-1')).toBeFocused();
  await expect(page.getByTestId('npv')).not.toHaveText(npv ?? '');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  await page.getByTestId('undo-paste').click();
  await expect(page.getByTestId('pasted-status'))
    .toHaveText('The scenario is back as it was before “Paste into the costs table”.');
  await expect(page.getByTestId('pasted-status')).toBeFocused();
  await expect.poll(() => everyBox(page)).toEqual(before);
  await expect(page.getByTestId('npv')).toHaveText(npv ?? '');
  expect(problems).toEqual([]);
});

test('Ctrl+V with a block on the system clipboard fills the table too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.evaluate(() => navigator.clipboard.writeText('7\t8\r\n9\t10\r\n'));
  await page.getByTestId('baseline-3-2').focus();
  await page.keyboard.press('Control+V');
  expect(await values(page, ['baseline-3-2', 'baseline-3-3', 'baseline-4-2', 'baseline-4-3'])).toEqual(['7', '8', '9', '10']);
});

test('a block from LibreOffice (LF) leaves the boxes of blank cells alone', async ({ page }) => {
  await open(page);
  const kept = await page.getByTestId('baseline-0-1').inputValue();
  expect(await paste(page, 'baseline-0-0', '10\t\t30\n40\t50\t60\n')).toBe(true);
  expect(await values(page, ['baseline-0-0', 'baseline-0-1', 'baseline-0-2', 'baseline-1-0', 'baseline-1-1', 'baseline-1-2']))
    .toEqual(['10', kept, '30', '40', '50', '60']);
  await expect(status(page)).toContainText('Pasted 2 × 3 cells');
});

test('a block from Google Sheets (a quoted name with a line end, no final line end) skips its names', async ({ page }) => {
  await open(page);
  const text = '\t"Heron\nVale"\t"Kestrel\nBorough"\nFinance\t100\t200';
  expect(await paste(page, 'baseline-1-0', text)).toBe(true);
  expect(await values(page, ['baseline-1-0', 'baseline-1-1'])).toEqual(['100', '200']);
  await expect(costRows(page)).toHaveCount(6);
  await expect(status(page)).toHaveText(
    'Pasted 1 × 2 cells into the costs table, from Finance, Heron Vale District Council onwards.');
});

test('one cell on the clipboard is pasted by the browser, as typing', async ({ page }) => {
  await open(page);
  expect(await paste(page, 'baseline-0-0', '1,200\r\n')).toBe(false);
  expect(await paste(page, 'baseline-0-0', '1.2m')).toBe(false);
  await expect(page.getByTestId('pasted')).toHaveCount(0);
});

test('each unreadable cell is named in the error summary and kept in its box', async ({ page }) => {
  await open(page);
  expect(await paste(page, 'baseline-0-0', 'abc\t(1,200)\t5\r\n')).toBe(true);
  await expect(page.getByTestId('baseline-0-0')).toHaveValue('abc');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('(1,200)');
  await expect(page.getByTestId('baseline-0-2')).toHaveValue('5');
  const summary = page.locator('.app-error-summary');
  await expect(summary.getByRole('link', { name: 'HR and payroll: annual cost for Heron Vale District Council: Enter an amount' }))
    .toBeVisible();
  await expect(summary.getByRole('link', { name: /HR and payroll: annual cost for Kestrel Borough Council: An amount in brackets is negative/ }))
    .toBeVisible();
  await expect(page.getByTestId('baseline-0-1')).toHaveAttribute('aria-invalid', 'true');
  await expect(status(page)).toContainText('2 cells cannot be read: each is kept in its box and named in the error summary.');
  // The link takes the user to the box.
  await summary.getByRole('link', { name: /Kestrel Borough Council: An amount in brackets/ }).click();
  await expect(page.getByTestId('baseline-0-1')).toBeFocused();
});

test('a block larger than the table offers to add the rows it names, and Undo takes them away', async ({ page }) => {
  await open(page);
  const before = await everyBox(page);
  const text = '\tOakbridge\tNewtown\r\nCustomer services\t1m\t2m\r\nWaste\t3m\t4m\r\n';
  expect(await paste(page, 'baseline-5-3', text)).toBe(true);
  const offer = page.getByTestId('paste-offer');
  await expect(offer).toBeFocused();
  await expect(offer).toContainText('The block you pasted is larger than the table');
  await expect(offer).toContainText('To fill it all, the table needs 1 service and 1 partner more.');
  await expect(offer).toContainText('New services, named from the block: Waste.');
  await expect(offer).toContainText('New partners, named from the block: Newtown.');
  // Nothing is filled until the user answers.
  await expect.poll(() => everyBox(page)).toEqual(before);
  await page.getByRole('button', { name: 'Add 1 service and 1 partner and fill' }).click();
  await expect(offer).toHaveCount(0);
  await expect(costRows(page)).toHaveCount(7);
  expect(await values(page, ['baseline-5-3', 'baseline-5-4', 'baseline-6-3', 'baseline-6-4'])).toEqual(['1m', '2m', '3m', '4m']);
  await expect(page.getByLabel('Service 7 name')).toHaveValue('Waste');
  await expect(page.getByLabel('Partner 5 name')).toHaveValue('Newtown');
  await expect(status(page)).toContainText('Added 1 service and 1 partner.');
  await expect(page.getByTestId('baseline-5-3')).toBeFocused();
  await page.getByTestId('undo-paste').click();
  await expect(costRows(page)).toHaveCount(6);
  await expect.poll(() => everyBox(page)).toEqual(before);
});

test('a block larger than the table can fill only what fits', async ({ page }) => {
  await open(page);
  expect(await paste(page, 'baseline-5-3', '1\t2\n3\t4\n')).toBe(true);
  await expect(page.getByTestId('paste-offer')).toContainText('the table needs 1 service and 1 partner more.');
  await page.getByTestId('paste-fit').click();
  await expect(costRows(page)).toHaveCount(6);
  await expect(page.getByTestId('baseline-5-3')).toHaveValue('1');
  await expect(page.getByTestId('baseline-0-4')).toHaveCount(0);
  await expect(status(page)).toContainText('3 cells did not fit in the table and were left out.');
});

test('the offer is reached and answered with the keyboard alone, and axe finds nothing with it showing', async ({ page }) => {
  await open(page);
  expect(await paste(page, 'baseline-5-3', '1\t2\n3\t4\n')).toBe(true);
  await expect(page.getByTestId('paste-offer')).toBeFocused();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('paste-add')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('paste-fit')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(costRows(page)).toHaveCount(7);
  await expect(page.getByTestId('baseline-6-4')).toHaveValue('4');
  // Undo is reached from the box pasted into, and works with the keyboard.
  await page.getByTestId('undo-paste').focus();
  await page.keyboard.press('Enter');
  await expect(costRows(page)).toHaveCount(6);
});

test('the offer and the status are in Welsh on a Welsh page', async ({ page }) => {
  await open(page, '/?lang=cy');
  expect(await paste(page, 'baseline-5-3', '1\t2\n3\t4\n')).toBe(true);
  const offer = page.getByTestId('paste-offer');
  await expect(offer).toContainText('Mae\'r bloc a ludwyd gennych yn fwy na\'r tabl');
  await expect(offer).not.toContainText(/\b(the|and|table|fill|add)\b/i);
  await page.getByTestId('paste-add').click();
  await expect(status(page)).toContainText('Wedi gludo 2 × 2 cell');
  await expect(status(page)).not.toContainText(/\b(the|and|cells|added)\b/i);
  await expect(page.getByTestId('pasted')).not.toContainText(/\b(the|and|undo|cells)\b/i);
});

test('a CSV file of costs opens through the file picker, and Undo puts the table back', async ({ page }) => {
  const problems = await open(page);
  const before = await everyBox(page);
  const csv = '\ufeffService,Heron Vale District Council,Newtown Council\r\n'
    + 'Finance,"1,000,000",£2m\r\nPlanning,300k,400k\r\n';
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'costs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('file-status')).toHaveText(
    'Opened the costs of 2 services for 2 partners from costs.csv: the costs table now shows them.');
  await expect(costRows(page)).toHaveCount(2);
  expect(await values(page, ['baseline-0-0', 'baseline-0-1', 'baseline-1-0', 'baseline-1-1']))
    .toEqual(['1,000,000', '£2m', '300k', '400k']);
  await expect(page.getByLabel('Service 2 name')).toHaveValue('Planning');
  await expect(page.getByLabel('Partner 2 name')).toHaveValue('Newtown Council');
  // Heron Vale kept its population; Finance its sharing boxes.
  await expect(page.getByLabel('Population of Heron Vale District Council (residents, optional)')).toHaveValue('98,000');
  await expect(page.getByTestId('replaced')).toBeFocused();
  await page.getByTestId('undo-replace').click();
  await expect(costRows(page)).toHaveCount(6);
  await expect.poll(() => everyBox(page)).toEqual(before);
  expect(problems).toEqual([]);
});

test('every problem in a CSV file of costs is named, and nothing is opened', async ({ page }) => {
  await open(page);
  const before = await everyBox(page);
  const csv = 'Service,Heron,\nHR,abc,1\n,2,3\n';
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'costs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problem = page.getByTestId('file-problem');
  await expect(problem).toContainText('This CSV file of costs could not be opened:');
  await expect(problem).toContainText('Column 3 has no partner name. Put the partner\'s name in the first row');
  await expect(problem).toContainText('Row 3 has no service name. Put the service\'s name in the first column');
  await expect(problem).toContainText('HR, Heron: “abc” cannot be read. Enter an amount');
  await expect(problem).toContainText('The calculator still shows the scenario you had.');
  await expect.poll(() => everyBox(page)).toEqual(before);
});

test('a file that is not JSON but reads as costs is opened as costs', async ({ page }) => {
  await open(page);
  const csv = 'Service,Heron Vale District Council,Kestrel Borough Council\nLegal,1,2\n';
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'costs.txt', mimeType: 'text/plain', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('file-status')).toContainText('Opened the costs of 1 service for 2 partners');
  await expect(costRows(page)).toHaveCount(1);
});
