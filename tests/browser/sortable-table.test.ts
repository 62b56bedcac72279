/**
 * The per-year department comparison's sortable table in Chromium (seed site, /years/2025/ and
 * its English page): the headers become buttons, a press sorts the rows by that column's exact
 * values (data-sort, compared as integers here too), a second press reverses, aria-sort says which,
 * and rows without the figure stay last. The unsorted order without JavaScript is checked by the
 * HTML: largest expenditure first.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

/** Column index → each row's data-sort (undefined where the cell has none), in the order shown. */
const columnValues = (page: Page, column: number): Promise<(string | undefined)[]> =>
  page.$$eval(
    "table[data-sortable] tbody tr",
    (rows, c) => rows.map((row) => (row.children[c] as HTMLElement | undefined)?.dataset["sort"]),
    column,
  );

const isOrdered = (values: (string | undefined)[], direction: "ascending" | "descending"): boolean => {
  const present = values.filter((v): v is string => v !== undefined);
  // Missing figures last, in both directions.
  if (values.slice(0, present.length).some((v) => v === undefined)) return false;
  return present.every((v, i) => {
    if (i === 0) return true;
    const before = BigInt(present[i - 1] as string);
    return direction === "descending" ? before >= BigInt(v) : before <= BigInt(v);
  });
};

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)("sortable year table (seed site)", () => {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      if (seed?.error !== undefined) throw new Error(seed.error);
      context = await launched().newContext({ viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await context?.close();
    });

    for (const path of ["/years/2025/", "/en/years/2025/"]) {
      test(`${path}: sorts by each figure and by name, reverses, and says so with aria-sort`, async () => {
        if (!context) throw new Error("no browser context");
        const page = await context.newPage();
        await page.goto(`${seed?.origin ?? ""}${path}`, { waitUntil: "load" });
        const headers = page.locator("table[data-sortable] thead th");
        const count = await headers.count();
        expect(count).toBe(7);
        expect(await page.locator("table[data-sortable] thead th button").count()).toBe(count);
        expect(await page.locator("[data-sort-hint]").isVisible()).toBe(true);

        // As built: largest expenditure (column 2) first.
        expect(isOrdered(await columnValues(page, 2), "descending")).toBe(true);
        expect((await columnValues(page, 2)).filter((v) => v !== undefined).length).toBeGreaterThan(3);

        for (let column = 1; column < count; column++) {
          const button = headers.nth(column).locator("button");
          await button.press("Enter");
          expect(await headers.nth(column).getAttribute("aria-sort")).toBe("descending");
          expect(isOrdered(await columnValues(page, column), "descending")).toBe(true);
          await button.click();
          expect(await headers.nth(column).getAttribute("aria-sort")).toBe("ascending");
          expect(isOrdered(await columnValues(page, column), "ascending")).toBe(true);
          // Only the column sorted by says it is sorted.
          expect(await page.locator("table[data-sortable] thead th[aria-sort]").count()).toBe(1);
        }

        await headers.nth(0).locator("button").click();
        expect(await headers.nth(0).getAttribute("aria-sort")).toBe("ascending");
        const names = await page.$$eval("table[data-sortable] tbody th a", (links) =>
          links.map((a) => (a.textContent ?? "").trim()),
        );
        const lang = path.startsWith("/en/") ? "en" : "zh-CN";
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
        await page.close();
      });
    }
  });
});
