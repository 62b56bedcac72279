/**
 * The table switcher on a 360 px phone (seed site): every table is named, not only numbered — its
 * number and its title shown, two tables a row, nothing wider than the screen — and each link's
 * name is the whole title even where the shown text is cut short, in both languages.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)("table switcher at 360 px (seed site)", () => {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      if (seed?.error !== undefined) throw new Error(seed.error);
      context = await launched().newContext({ viewport: { width: 360, height: 740 } });
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const [path, first, firstTitle] of [
      ["/2025/huadu-zwfw/table-03/", "表1", "收支总体情况表"],
      ["/en/2018/js-jcy/table-05/", "Table 1", "Revenue and expenditure budget summary"],
    ] as const) {
      test(`${path}: names every table, two a row, within the screen`, async () => {
        if (!context) throw new Error("no browser context");
        const page = await context.newPage();
        await page.goto(`${seed?.origin ?? ""}${path}`, { waitUntil: "load" });
        const links = page.locator("nav.table-nav a");
        const count = await links.count();
        expect(count).toBeGreaterThanOrEqual(9);
        const firstLink = links.first();
        expect((await firstLink.innerText()).replace(/\s+/g, " ")).toMatch(new RegExp(`^${first} `));
        expect(await firstLink.textContent()).toContain(firstTitle);
        const boxes = await links.evaluateAll((elements) =>
          elements.map((element) => {
            const box = element.getBoundingClientRect();
            return { left: box.left, right: box.right, top: box.top, width: box.width };
          }),
        );
        expect(boxes.every((box) => box.left >= 0 && box.right <= 360)).toBe(true);
        expect(boxes.every((box) => box.width >= 140)).toBe(true);
        // Two a row: the second link stands beside the first, the third below them.
        expect(boxes[1]!.top).toBe(boxes[0]!.top);
        expect(boxes[2]!.top).toBeGreaterThan(boxes[0]!.top);
        const current = page.locator('nav.table-nav a[aria-current="page"]');
        expect(await current.count()).toBe(1);
        await page.close();
      });
    }
  });
});
