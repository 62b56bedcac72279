/**
 * What the phone tests share: one browser context at a phone's viewport for a describe block,
 * pages opened in it from a built site (anything but HTTP 200 fails), and axe's violations there.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { AXE_TAGS } from "./page-check";
import type { BuiltSite } from "../build/sites";

/** Call inside a describe block: the context lives for the block; `open` loads a path of the site. */
export const phonePages = (
  launched: () => Browser,
  site: BuiltSite | undefined,
  viewport: { width: number; height: number },
): ((path: string) => Promise<Page>) => {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (site?.error !== undefined) throw new Error(site.error);
    context = await launched().newContext({ viewport });
  });
  afterAll(async () => {
    await context?.close();
  });
  return async (path) => {
    if (!context) throw new Error("no browser context");
    const page = await context.newPage();
    const response = await page.goto(`${site?.origin ?? ""}${path}`, { waitUntil: "load" });
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status() ?? "nothing"}`);
    return page;
  };
};

/** axe's WCAG 2.1 AA violations on the page as it is now, each with the elements it names. */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .withTags([...AXE_TAGS])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};
