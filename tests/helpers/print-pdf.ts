/**
 * A PDF of a page of a built site, printed by Chromium the way a reader's "打印 → 另存为 PDF"
 * does: the site is served on 127.0.0.1 by the browser tests' static server, the page is opened in
 * the machine's Chromium (playwright-core, the browser tests' flags) and printed on A4 with the
 * site's print styles. There is no published Guangzhou PDF, so this is how the import of a
 * Guangzhou PDF is proven honestly: print the site's own full-document page, import it back.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { findChromium, launchChromium, missingChromiumError } from "../browser/chromium";
import { serveStatic } from "../browser/server";

export interface PrintPdfOptions {
  /** A built site (the output folder of `npm run build`). */
  siteDir: string;
  /** The page's path on the site, e.g. "/2025/huadu-zwfw/document/". */
  pagePath: string;
  /** Where to write the PDF; a fresh file in the system's temporary folder if not given. */
  outFile?: string;
  /** A running Chromium to print with; launched (and closed again) here if not given. */
  browser?: Browser;
}

/** Prints `pagePath` of the site in `siteDir` to a PDF and returns the PDF's path. */
export const printSitePageToPdf = async (options: PrintPdfOptions): Promise<string> => {
  const outFile = options.outFile ?? join(mkdtempSync(join(tmpdir(), "site-pdf-")), "page.pdf");
  mkdirSync(dirname(outFile), { recursive: true });
  const server = await serveStatic(options.siteDir);
  let browser = options.browser;
  const ownBrowser = browser === undefined;
  try {
    if (!browser) {
      const lookup = findChromium();
      if (!lookup.found) throw missingChromiumError(lookup);
      browser = await launchChromium(lookup.path);
    }
    const context = await browser.newContext({ locale: "zh-CN" });
    try {
      const page = await context.newPage();
      const response = await page.goto(new URL(options.pagePath, server.origin).href, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${options.pagePath}: HTTP ${response?.status() ?? "no response"}`);
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: outFile, format: "A4", printBackground: true, preferCSSPageSize: true });
    } finally {
      await context.close();
    }
  } finally {
    if (ownBrowser) await browser?.close();
    await server.close();
  }
  return outFile;
};
