// Nothing on the page may cover anything else, at any scroll position. A sticky panel that
// overlaps the text scrolling under it shows only in the viewport, never in a full-page
// screenshot, and axe does not see it: so each view is scrolled through in steps, and at each
// step the centre of every visible heading, table cell, chart and button must be that element
// (or something inside it) when asked with `document.elementFromPoint`.
import { test, expect, Page } from '@playwright/test';

const VIEWS = [
  { name: 'calculator', path: '/' },
  { name: 'summary', path: '/?view=summary' },
  { name: 'locked summary', path: '/?view=summary&lock=1' },
  { name: 'embedded summary', path: '/?view=summary&embed=1' },
  { name: 'statement', path: '/?view=accessibility' },
];
const WIDTHS = [390, 1024, 1280, 1920];
const LANGS = ['en', 'cy'];

/** Every checked element whose centre, in the viewport, is hidden under another element. */
async function covered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'h1, h2, h3, h4, th, td, svg.app-chart__svg, button, summary, .app-headline__value, p';
    for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>(selector))) {
      if (el.closest('[hidden], details:not([open]) > :not(summary), .app-visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const view = document.documentElement;
      if (x < 1 || y < 1 || x > view.clientWidth - 1 || y > view.clientHeight - 1) continue;
      // A point clipped away by a scrolling ancestor (a wide table scrolled sideways) is not
      // covered, only out of that region's view.
      let clipped = false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) { clipped = true; break; }
      }
      if (clipped) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) continue;
      const what = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const by = hit ? `${hit.tagName.toLowerCase()}.${(hit.getAttribute('class') ?? '').split(' ')[0]}` : 'nothing';
      found.push(`${el.tagName.toLowerCase()} "${what}" under ${by} at scroll ${Math.round(scrollY)}`);
    }
    return found;
  });
}

for (const lang of LANGS) {
  for (const view of VIEWS) {
    test(`${view.name} (${lang}): nothing is covered at any scroll position, at 390 to 1920 px`, async ({ page }) => {
      test.setTimeout(60_000);
      const sep = view.path.includes('?') ? '&' : '?';
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(view.path + (lang === 'cy' ? `${sep}lang=cy` : ''));
        await expect(page.locator('h1')).toBeVisible();
        // Open every chart's table, so the tables are checked too.
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const problems: string[] = [];
        for (let y = 0; y < height; y += 300) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          problems.push(...(await covered(page)));
        }
        expect(problems, `at ${width} px`).toEqual([]);
      }
    });
  }
}
