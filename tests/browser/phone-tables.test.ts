/**
 * Tables on a 360 px phone, in Chromium on the seed site (data/), both languages: every row of
 * every table page shows its label and its first figure without scrolling sideways; columns zero
 * in every row are folded into a note that names them, and a checkbox (keyboard too) shows them;
 * 表1/表4, the one-row tables and the lists printed side by side or with texts before their amounts
 * (江苏 表1, 表12) show their phone layout, with the printed table's figures exactly,
 * and links to a printed row land on the phone layout's row; a tall table's headings stay at the
 * top of its region while it scrolls; print shows the printed layout, every column. axe at 360 px.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { PHONE_WIDTH } from "./page-check";
import { axeViolations, phonePages } from "./phone-pages";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

const tablePages = (dy: string, count: number) =>
  Array.from({ length: count }, (_, i) => `/${dy}/table-${String(i + 1).padStart(2, "0")}/`);

/** The table pages of three profiles, and the page that holds 花都's key projects with their 绩效目标. */
const TABLE_PAGES = [
  ...tablePages("2025/huadu-zwfw", 12),
  ...tablePages("2025/putuo-wanli", 9),
  ...tablePages("2018/js-jcy", 12),
  "/2025/huadu-zwfw/explanation/",
];

/** Per shown table: rows whose label or first figure lies outside the screen while nothing is scrolled. */
const ROWS_OFF_SCREEN = `(() => {
  const width = document.documentElement.clientWidth;
  const off = [];
  for (const table of document.querySelectorAll("table.budget-table")) {
    if (table.getClientRects().length === 0) continue;
    for (const tr of table.tBodies.length ? [...table.tBodies].flatMap((b) => [...b.rows]) : []) {
      const label = tr.querySelector("th[scope=row]");
      const figure = [...tr.querySelectorAll("td[data-value]")].find((td) => td.getClientRects().length > 0 && td.textContent.trim() !== "");
      for (const cell of [label, figure]) {
        if (!cell) continue;
        const box = cell.getBoundingClientRect();
        if (box.left < 0 || box.right > width + 0.5)
          off.push((table.getAttribute("data-table") || "phone list") + " line " + tr.getAttribute("data-row-line") + ": " + cell.textContent.trim().slice(0, 30) + " at " + Math.round(box.left) + "–" + Math.round(box.right) + " px");
      }
    }
  }
  return off;
})()`;

interface Figure {
  line: string | null;
  key: string | null;
  value: string | null;
  text: string;
}

const figuresIn = (page: Page, selector: string): Promise<Figure[]> =>
  page.$$eval(`${selector} td[data-value]`, (cells) =>
    cells
      // A blank the document prints (data-value="") stands in no list of a side-by-side table.
      .filter((td) => td.getAttribute("data-value") !== "")
      .map((td) => ({
        line: td.getAttribute("data-row-line"),
        key: td.getAttribute("data-col-key"),
        value: td.getAttribute("data-value"),
        text: (td.textContent ?? "").trim(),
      }))
      .sort((a, b) => `${a.line}/${a.key}`.localeCompare(`${b.line}/${b.key}`)),
  );

const shown = (page: Page, selector: string): Promise<number> =>
  page.$$eval(selector, (elements) => elements.filter((e) => e.getClientRects().length > 0).length);

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)("tables on a 360 px phone (seed site)", () => {
    const open = phonePages(launched, seed, { width: PHONE_WIDTH, height: 740 });

    for (const prefix of ["", "/en"]) {
      test(`${prefix || "zh"}: every row's label and first figure are on screen without scrolling sideways`, async () => {
        const off: string[] = [];
        const page = await open(`${prefix}${TABLE_PAGES[0]}`);
        for (const path of TABLE_PAGES) {
          await page.goto(`${seed?.origin ?? ""}${prefix}${path}`, { waitUntil: "load" });
          expect(await shown(page, "table.budget-table"), path).toBeGreaterThan(0);
          off.push(...((await page.evaluate(ROWS_OFF_SCREEN)) as string[]).map((o) => `${prefix}${path} ${o}`));
        }
        await page.close();
        expect(off).toEqual([]);
      });
    }

    for (const [path, note, show] of [
      [
        "/2025/huadu-zwfw/table-02/",
        "以下 10 列各行均为 0.00，已收起：财政拨款收入（政府性基金预算、国有资本经营预算）",
        "显示这 10 列",
      ],
      [
        "/en/2025/huadu-zwfw/table-02/",
        "10 columns are 0.00 in every row and folded here: Fiscal appropriation income (Government fund budget, State capital operation budget)",
        "Show the 10 columns",
      ],
    ] as const) {
      test(`${path}: folds the zero columns into a note, and its checkbox shows them`, async () => {
        const page = await open(path);
        const region = "section.wide-view";
        expect(await page.locator(".fold-note").innerText()).toContain(note);
        // Folded: the label, 合计 and 一般公共预算 — and 财政拨款收入 over one column.
        expect(await shown(page, `${region} thead th`)).toBe(4);
        const folded = await page.$$eval(`${region} td.fold-col`, (cells) => cells.map((c) => c.textContent?.trim()));
        expect(folded.length).toBeGreaterThanOrEqual(10);
        expect(folded.every((text) => text === "0.00")).toBe(true);
        expect(await shown(page, `${region} td.fold-col`)).toBe(0);
        expect(await axeViolations(page)).toEqual([]);
        // The checkbox is reached and ticked with the keyboard.
        const box = page.getByRole("checkbox", { name: show });
        await box.focus();
        await page.keyboard.press("Space");
        expect(await box.isChecked()).toBe(true);
        expect(await shown(page, `${region} thead th`)).toBe(16);
        expect(await shown(page, `${region} td.fold-col`)).toBe(folded.length);
        expect(await axeViolations(page)).toEqual([]);
        // Printed, every column is there and the note is not.
        await box.press("Space");
        await page.emulateMedia({ media: "print" });
        expect(await shown(page, `${region} td.fold-col`)).toBe(folded.length);
        expect(await shown(page, ".fold-note")).toBe(0);
        await page.close();
      });
    }

    for (const [path, lists] of [
      ["/2025/huadu-zwfw/table-01/", 2],
      ["/en/2025/huadu-zwfw/table-04/", 2],
      ["/2025/putuo-wanli/table-09/", 1],
      ["/en/2018/js-jcy/table-03/", 1],
      ["/2018/js-jcy/table-01/", 3],
      ["/en/2018/js-jcy/table-12/", 1],
    ] as const) {
      test(`${path}: the phone layout holds the printed table's figures, exactly; the printed layout returns wider and in print`, async () => {
        const page = await open(path);
        expect(await shown(page, "section.wide-view")).toBe(0);
        expect(await shown(page, ".narrow-view table")).toBe(lists);
        const printed = await figuresIn(page, "section.wide-view");
        const phone = await figuresIn(page, ".narrow-view");
        expect(phone.length).toBeGreaterThan(0);
        // The printed layout pads the shorter list with empty cells; it has no other figures.
        expect(phone).toEqual(printed);
        expect(await axeViolations(page)).toEqual([]);
        await page.setViewportSize({ width: 1024, height: 740 });
        expect(await shown(page, "section.wide-view")).toBe(1);
        expect(await shown(page, ".narrow-view table")).toBe(0);
        await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
        await page.emulateMedia({ media: "print" });
        expect(await shown(page, "section.wide-view")).toBe(1);
        expect(await shown(page, ".narrow-view table")).toBe(0);
        await page.close();
      });
    }

    test("a link to a printed row of 表1 lands on the phone layout's row", async () => {
      const page = await open("/2025/huadu-zwfw/table-01/#t01-r-2");
      const twin = page.locator('[data-anchor-of="t01-r-2"]');
      await expect.poll(() => twin.getAttribute("class")).toContain("is-anchor-target");
      const box = await twin.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(740);
      expect(await twin.innerText()).toContain("预算拨款");
      await page.close();
    });

    test("a link to a one-row table lands on its phone list (万里街道 表9)", async () => {
      const page = await open("/2025/putuo-wanli/table-09/#t09-caption");
      const twin = page.locator('[data-anchor-of="t09-caption"]');
      await expect.poll(() => twin.getAttribute("class")).toContain("is-anchor-target");
      const box = await twin.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(740);
      await page.close();
    });

    for (const path of ["/2025/huadu-zwfw/table-12/", "/en/2025/huadu-zwfw/table-12/"]) {
      test(`${path}: the headings stay at the top of the table's region while it scrolls`, async () => {
        const page = await open(path);
        const region = page.locator("section.wide-view");
        const scrolled = await region.evaluate((element) => {
          element.scrollTop = 3000;
          return element.scrollTop;
        });
        expect(scrolled).toBeGreaterThan(1000);
        const [regionTop, headTop, labelLeft, regionLeft] = await region.evaluate((element) => {
          element.scrollLeft = 150;
          const head = element.querySelector("thead")!.getBoundingClientRect();
          const label = element.querySelector("tbody th[scope=row]")!.getBoundingClientRect();
          return [element.getBoundingClientRect().top, head.top, label.left, element.getBoundingClientRect().left];
        });
        expect(Math.abs(headTop - regionTop)).toBeLessThanOrEqual(1.5);
        // The label column stays too, while the figures scroll sideways under the headings.
        expect(Math.abs(labelLeft - regionLeft)).toBeLessThanOrEqual(1.5);
        await page.close();
      });
    }
  });
});
