/**
 * Where the figures come from, in Chromium on the seed site (data/): a department-year whose folder
 * keeps its published PDF (万里街道 2025) links it from its home and from every page's footer, and
 * the link serves the PDF itself from this site; one without (花都区政数局 2025) says that the data
 * includes no original. Both say when and from which data the site was built, in both languages.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT } from "../helpers/seed-copy";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)("provenance (seed site)", () => {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      if (seed?.error !== undefined) throw new Error(seed.error);
      context = await launched().newContext({ viewport: { width: 360, height: 740 } });
    });
    afterAll(async () => {
      await context?.close();
    });

    const open = async (path: string) => {
      if (!context) throw new Error("no browser context");
      const page = await context.newPage();
      await page.goto(`${seed?.origin ?? ""}${path}`, { waitUntil: "load" });
      return page;
    };

    for (const [path, download, built] of [
      ["/2025/putuo-wanli/", "下载部门公开的 PDF 原文", /本站于 \d{4}-\d{2}-\d{2} 根据数据版本 [0-9a-f]{12} 生成。/],
      [
        "/en/2025/putuo-wanli/",
        "Download the department's published PDF",
        /built on \d{4}-\d{2}-\d{2} from data version [0-9a-f]{12}/,
      ],
    ] as const) {
      test(`${path}: links the published PDF, which this site serves byte for byte`, async () => {
        const page = await open(path);
        const section = page.locator("section[aria-labelledby=source]");
        const link = section.getByRole("link", { name: download });
        expect(await link.getAttribute("href")).toBe("/2025/putuo-wanli/downloads/original.pdf");
        expect(await section.textContent()).toMatch(built);
        const response = await page.request.get(`${seed?.origin ?? ""}/2025/putuo-wanli/downloads/original.pdf`);
        expect(response.status()).toBe(200);
        expect(response.headers()["content-type"]).toContain("application/pdf");
        const served = await response.body();
        expect(served.equals(await readFile(join(REPO_ROOT, "data/2025/putuo-wanli/original.pdf")))).toBe(true);
        await page.close();
      });
    }

    test("every page of that department-year links the original from its footer", async () => {
      const page = await open("/2025/putuo-wanli/table-01/");
      const footerLink = page.locator("footer").getByRole("link", { name: "本部门公开的原文" });
      expect(await footerLink.getAttribute("href")).toBe("/2025/putuo-wanli/downloads/original.pdf");
      await page.close();
    });

    test("/2025/huadu-zwfw/: says the data includes no original, no date and no contact, rather than nothing", async () => {
      const page = await open("/2025/huadu-zwfw/");
      const text = (await page.locator("section[aria-labelledby=source]").textContent()) ?? "";
      expect(text).toContain("数据中没有附原文，也没有注明官方发布的网址。");
      expect(text).toContain("公开日期：数据中未注明");
      expect(text).toContain("联系方式：数据中未注明");
      expect(await page.locator("footer").getByRole("link", { name: "本部门公开的原文" }).count()).toBe(0);
      await page.close();
    });
  });
});
