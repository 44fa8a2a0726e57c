// Cymraeg on equal terms: `?lang=cy` and the language switch show every word in Welsh, keep
// the scenario and whatever was typed, and set <html lang>; Welsh plurals and money forms.
import { test, expect, Page } from '@playwright/test';
import { openWatched } from './ready';
import { deflateRawSync } from 'node:zlib';

/** A scenario whose own names are Welsh, so any English left on a Welsh page is the app's. */
const CYMRAEG = {
  version: 1,
  title: 'Cynghorau yn rhannu cyllid',
  horizon_years: 3,
  discount_rate: 0,
  partners: [{ name: 'Afon', population: 50000 }, { name: 'Bryn', population: 70000 }],
  services: [
    { name: 'Cyllid', baseline: [1000000, 500000], saving_rate: 0.1, ramp_years: 1, one_off_cost: 200000 },
    { name: 'TGCh', baseline: [3000000, 2500000], saving_rate: 0.2, ramp_years: 2, one_off_cost: 900000,
      split: { basis: 'driver', label: 'Dyfeisiau', values: [900, 700] } },
  ],
};
const FRAGMENT = '#s=' + deflateRawSync(Buffer.from(JSON.stringify(CYMRAEG)), { level: 9 }).toString('base64url');

const open = openWatched;

/** Proper names quoted in the evidence, the same in both languages: a real council, and the
 *  title of an English White Paper that has no Welsh version. */
const PROPER_NAMES = ['Somerset West and Taunton', 'Strong and Prosperous Communities'];

/** English words that never appear in Welsh prose. */
const ENGLISH = /\b(the|and|of|with|for|this|that|your|you|are|from|each|year|years|saving|savings|shared|how|what|which|show|hide|remove|add|copy|download|open|save|delete|undo|not|will|would|should|when|where|there|here|only|enter|choose|total|council|councils|partners|services)\b/gi;

/** Every English word on the page outside elements marked as English (`lang="en…"`),
 *  including hidden text, closed panels and screen-reader-only words. */
async function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(([source, names]) => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const words: string[] = [];
    const root = document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, [lang^="en"]')) continue;
      const text = names.reduce((t, n) => t.replaceAll(n, ''), node.textContent ?? '');
      for (const m of text.matchAll(new RegExp(source, 'gi'))) {
        words.push(`${m[0]} (in "${(node.textContent ?? '').trim().slice(0, 80)}")`);
      }
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest('[lang^="en"]')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr) ?? '';
        for (const m of value.matchAll(new RegExp(source, 'gi'))) words.push(`${m[0]} (in ${attr}="${value.slice(0, 80)}")`);
      }
    }
    return words;
  }, [ENGLISH.source, PROPER_NAMES] as const);
}

test('?lang=cy opens the calculator in Welsh, with <html lang="cy"> and a way back to English', async ({ page }) => {
  const problems = await open(page, '/?lang=cy' + FRAGMENT);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('h1')).toHaveText('sharecalc: cyfrifiannell gwasanaethau a rennir');
  await expect(page).toHaveTitle('sharecalc: cyfrifiannell gwasanaethau a rennir i gynghorau');
  const english = page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('hreflang', 'en-GB');
  await expect(english).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByText('Gwerth presennol net').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('no English is left on the Welsh calculator, summary or statement, even with an error showing', async ({ page }) => {
  await open(page, '/?lang=cy' + FRAGMENT);
  expect(await englishLeft(page)).toEqual([]);
  // With an option kept to compare, a scenario saved in this browser and the embed preview.
  await page.getByTestId('keep-option').click();
  await expect(page.getByTestId('compare-table')).toBeVisible();
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-entry')).toHaveCount(1);
  expect(await englishLeft(page)).toEqual([]);
  await page.getByTestId('baseline-0-0').fill('dim');
  await expect(page.locator('.app-error-summary')).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  await open(page, '/?view=summary&lang=cy' + FRAGMENT);
  expect(await englishLeft(page)).toEqual([]);
  await page.goto('/?view=accessibility&lang=cy' + FRAGMENT);
  await expect(page.locator('h1')).toHaveText('Datganiad hygyrchedd sharecalc');
  expect(await englishLeft(page)).toEqual([]);
  // A broken link is explained in Welsh too, over the Welsh example it shows instead.
  await page.goto('/?lang=cy#s=nid-senario-yw-hwn');
  await expect(page.getByTestId('link-problem')).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
});

test('the language switch keeps the scenario and what was typed, and moves focus sensibly', async ({ page }) => {
  await open(page, '/' + FRAGMENT);
  const fragment = new URL(page.url()).hash;
  await page.getByTestId('baseline-0-1').fill('abc');
  await expect(page.locator('.app-error-summary')).toContainText('There is a problem');
  // A real link to the same scenario in Welsh, so it can also be opened in a new tab.
  const cymraeg = page.getByRole('link', { name: 'Cymraeg' });
  await expect(cymraeg).toHaveAttribute('href', /^\?lang=cy#s=[A-Za-z0-9_-]+$/);
  const tab = await page.context().newPage();
  await tab.goto(new URL((await cymraeg.getAttribute('href'))!, page.url()).href);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(tab.getByTestId('npv')).toHaveText((await page.getByTestId('npv').textContent())!);
  await tab.close();
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('.app-error-summary')).toContainText('Mae problem wedi codi');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('abc');
  await expect(page.getByTestId('baseline-0-0')).toHaveValue('1,000,000');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  expect(page.url()).toContain('lang=cy');
  expect(new URL(page.url()).hash).toBe(fragment);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('.app-error-summary')).toContainText('There is a problem');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('abc');
  expect(page.url()).not.toContain('lang=');
});

test('Welsh counts take the right plural form on the page', async ({ page }) => {
  await open(page, '/?lang=cy' + FRAGMENT);
  const detail = page.getByTestId('npv').locator('xpath=following-sibling::dd[1]');
  const forms: [string, string][] = [['1', '1 flwyddyn'], ['2', '2 flynedd'], ['3', '3 blynedd'], ['6', '6 blynedd'], ['10', '10 o flynyddoedd']];
  for (const [years, words] of forms) {
    await page.locator('#horizon-years').fill(years);
    await expect(detail).toContainText(`dros ${words} `);
  }
});

// Welsh style is £3.5m, as in English (the November 2026 review changed it from £1.2M).
test('short money is £1.2m in both languages, never £1.2M', async ({ page }) => {
  const ticks = () => page.locator('.app-chart__tick').allTextContents();
  for (const path of ['/', '/?lang=cy']) {
    await open(page, path + FRAGMENT);
    const words = (await ticks()).join(' ');
    expect(words, path).toMatch(/£\d+(\.\d)?m\b/);
    expect(words, path).not.toMatch(/£\d+(\.\d)?M\b/);
  }
});

test('Welsh errors say "ac" before a figure said with a vowel, and one colon after a label', async ({ page }) => {
  await open(page, '/?lang=cy' + FRAGMENT);
  const summary = page.locator('.app-error-summary');
  await page.locator('#discount-rate').fill('25');
  await expect(summary.getByRole('heading')).toHaveText('Mae problem wedi codi');
  // 20 is said "ugain", so "ac"; 30 is "tri deg", so "a".
  await expect(summary).toContainText("Cyfradd ddisgowntio: rhaid i'r gwerth fod rhwng 0% ac 20%");
  await page.locator('#discount-rate').fill('3.5');
  await page.locator('#horizon-years').fill('40');
  await expect(summary).toContainText("Blynyddoedd i'w harfarnu: rhaid i'r gwerth fod rhwng 1 a 30");
  await page.locator('#horizon-years').fill('3');
  await expect(summary).toHaveCount(0);
  // A partner named with a colon at the end: its population box's label ends in one too.
  await page.getByLabel('Enw partner 1').fill('Afon:');
  await page.getByLabel('Poblogaeth: Afon: (preswylwyr, dewisol)').fill('dim');
  await expect(summary).toContainText('Poblogaeth: Afon: Rhowch y boblogaeth ar ffurf rhif, fel 98,000');
  await expect(summary).not.toContainText('::');
});

test('the longer Welsh names of the inputs fit inside the tornado chart', async ({ page }) => {
  await open(page, '/?lang=cy' + FRAGMENT);
  const chart = page.locator('#tornado svg');
  await expect(chart).toBeVisible();
  await expect(chart).toContainText('arfaethedig sy\'n cyrraedd');
  const outside = await chart.evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent, b: t.getBoundingClientRect() }))
      .filter(({ b }) => b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5)
      .map(({ text }) => text);
  });
  expect(outside).toEqual([]);
});
