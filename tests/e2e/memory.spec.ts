// Opening a scenario replaces every box of the editor. What the old boxes held must be freed,
// or an officer who opens examples, files and links all afternoon runs the tab out of memory.
// The wasm memory only ever grows, so a leak shows as growth between two counts of openings.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';

/**
 * The calculator's wasm memory in bytes, read through its wasm-bindgen glue: importing the
 * glue again gives the module the page already runs, and its init returns the running
 * instance's exports without starting a second one. The browser collects its garbage first,
 * as it would in time on its own: what the glue frees only when JavaScript lets go of a
 * callback is then freed, and what is left is what the program still holds.
 */
async function wasmMemory(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.detach();
  return page.evaluate(async () => {
    const glue = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((name) => /\/sharecalc-[0-9a-f]+\.js$/.test(name));
    if (!glue) throw new Error('the calculator glue was not loaded');
    const exports = await (await import(glue)).default();
    return (exports.memory as WebAssembly.Memory).buffer.byteLength;
  });
}

/** Opens the examples `times` times in a row with the picker, as fast as the page draws. */
async function openExamples(page: Page, times: number) {
  await page.evaluate(async (times) => {
    const select = document.querySelector<HTMLSelectElement>('#example');
    const form = select?.closest('form');
    if (!select || !form) throw new Error('no example picker');
    const ids = Array.from(select.options).map((o) => o.value);
    const drawn = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < times; i++) {
      select.value = ids[i % ids.length];
      select.dispatchEvent(new Event('change', { bubbles: true }));
      form.requestSubmit();
      await drawn();
    }
  }, times);
  // The analysis panels catch up once things pause; wait for them, as a user would.
  await page.waitForTimeout(1000);
}

test('opening the examples 200 times leaves the wasm memory where 20 times left it', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/');
  await figuresReady(page);
  await expect(page.locator('#partner-0-name')).toBeVisible();

  await openExamples(page, 20);
  const after20 = await wasmMemory(page);
  await openExamples(page, 180);
  const after200 = await wasmMemory(page);

  // The page still works: the last example opened is on screen with its figures.
  await figuresReady(page);
  expect(problems).toEqual([]);
  expect(after200, `memory grew from ${after20} to ${after200} bytes`).toBe(after20);
});
