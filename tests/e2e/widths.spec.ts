// The calculator at every width: for the default example (4 partners, 6 services), no box,
// list or button of the editor may lie, even in part, outside the visible part of the box that
// scrolls it (a table scrolled sideways) or of the page. Also writes the screenshots in docs/
// (`docs/calculator-<width>.png`).
import { test, expect } from '@playwright/test';

const WIDTHS = [390, 768, 1280, 1920];

for (const width of WIDTHS) {
  test(`at ${width} px every control of the editor is in view without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByTestId('baseline-0-0')).toBeVisible();
    // The screenshot in docs/: the editor's partners and the start of its services.
    await page.locator('.app-editor').evaluate((editor) => editor.scrollIntoView());
    await page.screenshot({ path: `docs/calculator-${width}.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    const hidden = await page.evaluate(() => {
      const found: string[] = [];
      const page = document.documentElement.clientWidth;
      const controls = document.querySelectorAll<HTMLElement>('.app-editor input, .app-editor select, .app-editor button');
      for (const control of Array.from(controls)) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || control.closest('.app-visually-hidden')) continue;
        let left = 0;
        let right = page;
        for (let a = control.parentElement; a; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === 'visible') continue;
          const r = a.getBoundingClientRect();
          left = Math.max(left, r.left);
          right = Math.min(right, r.right);
        }
        if (box.left < left - 1 || box.right > right + 1) {
          const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.id;
          found.push(`${control.tagName.toLowerCase()} "${name}" spans ${Math.round(box.left)}–${Math.round(box.right)}, visible ${Math.round(left)}–${Math.round(right)}`);
        }
      }
      return { found, count: controls.length };
    });
    expect(hidden.count).toBeGreaterThan(50);
    expect(hidden.found).toEqual([]);
  });
}
