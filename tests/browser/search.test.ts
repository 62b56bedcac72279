/**
 * The search page in Chromium, on the seed site (data/: Guangzhou and Shanghai documents), whose
 * index is built in four parts (tests/build/sites.ts): the 2018 Jiangsu rows in the first, 花都
 * 2025 in the third, so every search below joins the parts as a large district's site does:
 *  • typing a real project name and pressing Enter finds it, and the first result's link leads to
 *    that project's row header on its table page (the anchor exists and names the project);
 *  • the English page searches the English index and links to English pages;
 *  • a Shanghai classification name finds its rows in the Shanghai tables;
 *  • a query with no match says so in the live region;
 *  • with results shown, axe finds no WCAG 2.1 AA violation;
 *  • the index is fetched only from this site, and pages other than the search page never fetch it.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AXE_TAGS } from "./page-check";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

interface Outcome {
  status: string;
  results: { href: string; text: string }[];
  requests: string[];
}

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)("search (seed site)", () => {
    let context: BrowserContext | undefined;
    const origin = (): string => seed?.origin ?? "";

    beforeAll(async () => {
      if (seed?.error !== undefined) throw new Error(seed.error);
      context = await launched().newContext({ viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await context?.close();
    });

    const open = async (path: string): Promise<{ page: Page; requests: string[] }> => {
      if (!context) throw new Error("no browser context");
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(origin() + path, { waitUntil: "load" });
      return { page, requests };
    };

    /** Type the query as a keyboard user would, press Enter, wait for the live region's answer. */
    const search = async (path: string, query: string): Promise<Outcome & { page: Page }> => {
      const { page, requests } = await open(path);
      await page.locator("#search-query").focus();
      await page.keyboard.type(query);
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (loading) => {
          const text = document.getElementById("search-status")?.textContent ?? "";
          return text !== "" && !text.includes(loading);
        },
        path.startsWith("/en/") ? "Searching" : "正在搜索",
        { timeout: 20_000 },
      );
      const status = (await page.textContent("#search-status")) ?? "";
      const results = await page.$$eval("#search-results li a", (links) =>
        links.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" })),
      );
      return { page, status, results, requests };
    };

    test("a project name finds its row, and the link lands on that row", async () => {
      const { page, status, results, requests } = await search("/search/", "区长专线日常经费");
      expect(status).toMatch(/^找到 \d+ 条与“区长专线日常经费”相关的结果/);
      const first = results[0];
      expect(first?.text).toContain("区长专线日常经费");
      expect(first?.href).toMatch(/^\/2025\/huadu-zwfw\/table-\d\d\/#t\d\d-r-\d+$/);
      await page.click("#search-results li a");
      await page.waitForURL((url) => url.hash !== "");
      const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const target = page.locator(`[id="${anchor}"]`);
      expect(await target.evaluate((el) => el.tagName)).toBe("TH");
      expect(await target.textContent()).toContain("区长专线日常经费");
      expect(requests.filter((url) => !url.startsWith(origin()))).toEqual([]);
      expect(requests.some((url) => url.includes("/pagefind/"))).toBe(true);
      await page.close();
    });

    test("the English page searches the English edition", async () => {
      const { page, status, results } = await search("/en/search/", "hotline");
      expect(status).toMatch(/^\d+ results for “hotline”/);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.href.startsWith("/en/"))).toBe(true);
      expect(results.map((r) => r.text).join(" ")).toMatch(/Hotline/);
      await page.close();
    });

    test("a Shanghai classification name finds the Shanghai table rows", async () => {
      const { page, results } = await search("/search/", "专项普查活动");
      const rows = results.filter((r) => r.href.startsWith("/2025/putuo-wanli/table-"));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.text.includes("专项普查活动"))).toBe(true);
      await page.close();
    });

    test("a Chinese query no text holds whole says so, and shows the results that hold its words apart", async () => {
      // 区长专线日常经费 with its halves swapped: Pagefind matches the words 日常 and 专线. The parts
      // without 专线 answer with every 日常 (Pagefind leaves out a word an index lacks): not shown.
      const { page, status, results } = await search("/search/", "日常专线");
      expect(status).toBe("没有找到完整含有“日常专线”的内容；以下 1 条结果分别含有其中的字词。");
      expect(results.map((r) => r.text).join(" ")).toContain("区长专线日常经费");
      await page.close();
    });

    test("a Chinese query is matched whole: 政务经费 is not 政务 … 经费", async () => {
      const whole = await search("/search/", "三公经费");
      // “三公”经费 holds it once its quotation marks are set aside.
      expect(whole.status).toMatch(/^找到 \d+ 条与“三公经费”相关的结果。/);
      await whole.page.close();
    });

    test("a phrase of a row's 绩效目标 or of a text page's body is matched whole", async () => {
      // Neither is in a title: the record's text and the page's text are what hold them.
      const goal = await search("/search/", "按期办结");
      expect(goal.status).toMatch(/^找到 \d+ 条与“按期办结”相关的结果。/);
      expect(goal.results.map((r) => r.text).join(" ")).toContain("区长专线日常经费");
      await goal.page.close();
      const text = await search("/search/", "增减变化");
      expect(text.status).toMatch(/^找到 \d+ 条与“增减变化”相关的结果。/);
      expect(text.results.some((r) => r.href.endsWith("/2025/huadu-zwfw/explanation/"))).toBe(true);
      await text.page.close();
    });

    test("no match is said plainly, and the page with results passes axe", async () => {
      const none = await search("/search/", "xqzvwkj");
      expect(none.status).toBe("没有找到与“xqzvwkj”相关的内容。请换一个词，或减少字数再试。");
      expect(none.results).toEqual([]);
      await none.page.close();
      // 日常 is in many rows, 火箭 in none: no result holds both, whatever Pagefind makes of the word it lacks.
      const half = await search("/search/", "日常火箭");
      expect(half.status).toBe("没有找到与“日常火箭”相关的内容。请换一个词，或减少字数再试。");
      expect(half.results).toEqual([]);
      await half.page.close();

      const found = await search("/search/", "三公经费");
      expect(found.results.length).toBeGreaterThan(0);
      const axe = await new AxeBuilder({ page: found.page })
        .withTags([...AXE_TAGS])
        .setLegacyMode(true)
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await found.page.close();
    });

    test("other pages never fetch the search index", async () => {
      const { page, requests } = await open("/2025/huadu-zwfw/table-12/");
      expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
      await page.close();
    });
  });
});
