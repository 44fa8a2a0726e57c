// The link is the state: edits follow into the address bar, a link opens the same figures,
// and a broken link never breaks the page.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import { deflateRawSync } from 'node:zlib';
import { SIMPLE } from './scenarios';

/** Makes a payload the way the spec's Python example does: raw DEFLATE, base64url, no padding. */
function payload(json: string): string {
  return deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64url');
}

async function watchErrors(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('a link made outside the app opens that scenario with the right figures', async ({ page }) => {
  const problems = await watchErrors(page);
  await page.goto('/#s=' + payload(JSON.stringify(SIMPLE)));
  // Net: -50,000, 150,000, 150,000 at 0% discount: NPV 250,000; pays back in Year 2.
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.getByTestId('payback-year')).toHaveText('2028/29');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('500,000');
  await expect(page.getByTestId('link-problem')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('edit, copy the link, open it in a new page: the same figures', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByTestId('baseline-0-0').fill('2m');
  const npv = await page.getByTestId('npv').textContent();
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('share-status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('#s=');
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByTestId('npv')).toHaveText(npv!);
  await expect(other.getByTestId('baseline-0-0')).toHaveValue('2,000,000');
});

test('typing does not add a history entry per keystroke', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  await page.getByTestId('baseline-0-0').fill('');
  await page.getByTestId('baseline-0-0').pressSequentially('750000', { delay: 40 });
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

const BROKEN: [string, string, RegExp][] = [
  ['bad base64', '#s=@@@not-base64@@@', /could not be read|incomplete/i],
  ['bad deflate', '#s=' + Buffer.from('this is not deflate at all').toString('base64url'), /could not be read|incomplete/i],
  ['too large once inflated', '#s=' + payload(' '.repeat(2 * 1024 * 1024)), /far more data|too large/i],
  ['JSON cut short', '#s=' + payload('{"version": 1, "partners": ['), /This link is cut short/],
  ['JSON broken part-way', '#s=' + payload('{"version": 1 "partners": []}'), /does not hold a scenario sharecalc can read \(something is wrong at line 1, character 15\)/],
  ['text that is not a scenario', '#s=' + payload('Minutes of the joint committee'), /This link does not hold a sharecalc scenario/],
  ['a newer version', '#s=' + payload(JSON.stringify({ ...SIMPLE, version: 3 })), /newer version/i],
  ['an invalid scenario', '#s=' + payload(JSON.stringify({ ...SIMPLE, services: [{ ...SIMPLE.services[0], baseline: [1000, -5] }] })), /services\[0\]\.baseline\[1\]/],
];

for (const [name, hash, words] of BROKEN) {
  test(`a link with ${name} is explained and the page still works`, async ({ page }) => {
    const problems = await watchErrors(page);
    await page.goto('/' + hash);
    const alert = page.getByTestId('link-problem');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(words);
    // The page still works and the link is left as it was.
    await figuresReady(page);
    await page.getByTestId('baseline-0-0').fill('1m');
    await page.waitForTimeout(600);
    expect(page.url()).toContain(hash);
    await alert.getByRole('button', { name: 'Start from the example' }).click();
    await expect(alert).toHaveCount(0);
    expect(problems).toEqual([]);
  });
}

test('a link changed by hand while the page is open is loaded', async ({ page }) => {
  await page.goto('/');
  await figuresReady(page);
  await page.evaluate((h) => { location.hash = h; }, 's=' + payload(JSON.stringify(SIMPLE)));
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await page.evaluate(() => { location.hash = 's=broken!'; });
  await expect(page.getByTestId('link-problem')).toBeVisible();
});
