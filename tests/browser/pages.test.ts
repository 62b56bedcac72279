/**
 * Every built page in Chromium: loads with no console error, no failed request and no request to
 * another origin; axe-core finds no WCAG 2.1 AA violation; nothing scrolls sideways at 360 px.
 * Runs on the seed site and on the synthetic fixture site; the pages are whatever the build
 * produced, so new pages are covered without touching this file.
 *
 * No Chromium: skipped (the global setup prints a banner saying so). CI=true: fails instead.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { checkPageInBrowser, type PageReport } from "./page-check";
import { expectNoProblems } from "../build/site-check";
import { builtSites } from "./sites";

const sites = builtSites();
/** Pages checked at the same time, each in its own tab of one browser. */
const PARALLEL_PAGES = 2;

describeInChromium((launched) => {
  for (const site of sites) {
    describe.skipIf(site.skipped !== undefined)(site.label, () => {
      const reports = new Map<string, PageReport | Error>();
      let context: BrowserContext | undefined;

      beforeAll(
        async () => {
          if (site.error !== undefined) throw new Error(site.error);
          const browser = launched();
          context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const origin = site.origin ?? "";
          const started = performance.now();
          // One tab per lane, reused page after page.
          const lanes = Array.from({ length: PARALLEL_PAGES }, (_, lane) =>
            site.pages.filter((_page, index) => index % PARALLEL_PAGES === lane),
          );
          await Promise.all(
            lanes.map(async (pages) => {
              let tab = await (context as BrowserContext).newPage();
              for (const page of pages) {
                const report = await checkPageInBrowser(tab, origin, page.url).catch(async (error: unknown) => {
                  // A crashed or stuck tab is replaced, so one bad page does not take the rest with it.
                  await tab.close().catch(() => undefined);
                  tab = await (context as BrowserContext).newPage();
                  return error instanceof Error ? error : new Error(String(error));
                });
                reports.set(page.url, report);
              }
              await tab.close();
            }),
          );
          const seconds = (performance.now() - started) / 1000;
          process.stderr.write(
            `[browser tests] ${site.label}: ${site.pages.length} pages checked in Chromium in ${seconds.toFixed(1)} s\n`,
          );
          // Every page is checked here: about a second each on an idle machine, 1.4 s on a busy one
          // (325 pages in 468 s), which a budget of 1.5 s a page left failing by chance. The budget
          // only stops a hung run; a stuck page is cut off by its own navigation timeout first.
        },
        Math.max(600_000, site.pages.length * 10_000),
      );
      afterAll(async () => {
        await context?.close();
      });

      const reportFor = (url: string): PageReport => {
        const report = reports.get(url);
        if (report === undefined) throw new Error(`${url} was not checked`);
        if (report instanceof Error) throw new Error(`${url} could not be checked in Chromium: ${report.message}`);
        return report;
      };

      test("the build produced HTML pages", () => {
        expect(site.pages.length, `no HTML page in ${site.outDir}`).toBeGreaterThan(0);
      });

      for (const page of site.pages) {
        describe(page.url, () => {
          test("loads with no console error, no failed request, no request to another origin", () => {
            expectNoProblems(`${site.id} ${page.url}: loading`, reportFor(page.url).load);
          });
          test("axe WCAG 2.1 AA: no violation", () => {
            expectNoProblems(`${site.id} ${page.url}: axe-core WCAG 2.1 AA`, reportFor(page.url).axe);
          });
          test("no horizontal overflow at 360 px", () => {
            expectNoProblems(`${site.id} ${page.url}: 360 px width`, reportFor(page.url).overflow);
          });
        });
      }

      test("an unknown URL answers 404 with the 404 page and all its assets", async () => {
        if (!context) throw new Error("no browser context");
        const report = await checkPageInBrowser(context, site.origin ?? "", "/no/such/page/", {
          expectStatus: 404,
          axe: false,
        });
        expectNoProblems(`${site.id} /no/such/page/ (404 page)`, [...report.load, ...report.overflow]);
      });
    });
  }
});
