/**
 * Small helpers shared by the browser tests that walk many pages of a built site: a pool of tabs
 * (one browser, a few tabs, each reused page after page; a crashed tab is replaced so one bad page
 * does not take the rest with it), a CSS path for naming an element in a failure, and the
 * problem list type the failures are reported with.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import type { Problem } from "../build/site-check";

/** Pages handled at the same time, each in its own tab. */
export const PARALLEL_TABS = 2;

/**
 * Run `work` for every item, `lanes` tabs at a time. The result of each item is what `work`
 * returned, or the Error it threw (the test of that item then fails with it).
 *
 * Each lane has a browser context of its own: headless Chromium gives animation frames to only one
 * tab of a context at a time (the others get a frame or two a second), and charts draw, animate and
 * resize on animation frames.
 */
export const inTabs = async <T, R>(
  browser: Browser,
  options: BrowserContextOptions,
  items: readonly T[],
  work: (tab: Page, item: T) => Promise<R>,
  lanes = PARALLEL_TABS,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<Map<T, R | Error>> => {
  const results = new Map<T, R | Error>();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async () => {
      const context = await browser.newContext(options);
      try {
        await prepare?.(context);
        let tab = await context.newPage();
        while (next < items.length) {
          const item = items[next++] as T;
          try {
            results.set(item, await work(tab, item));
          } catch (error) {
            results.set(item, error instanceof Error ? error : new Error(String(error)));
            await tab.close().catch(() => undefined);
            tab = await context.newPage();
          }
        }
      } finally {
        await context.close().catch(() => undefined);
      }
    }),
  );
  return results;
};

/** The result of one item, or a readable failure when it could not be checked. */
export const resultFor = <T, R>(results: Map<T, R | Error>, item: T, what: string): R => {
  const result = results.get(item);
  if (result === undefined) throw new Error(`${what} was not checked`);
  if (result instanceof Error) throw new Error(`${what} could not be checked in Chromium: ${result.message}`);
  return result;
};

/**
 * In-page function (plain JavaScript in a string on purpose: transpilers would inject helpers that
 * do not exist in the page) naming an element by a CSS path such as
 * `main#main > section.table-scroll:nth-of-type(2) > table.budget-table > tbody > tr:nth-of-type(3) > td:nth-of-type(2)`.
 * Define it in a page script with `const cssPath = ${CSS_PATH_FUNCTION};`.
 */
export const CSS_PATH_FUNCTION = `(element) => {
  const parts = [];
  for (let node = element; node && node.nodeType === 1 && node !== document.documentElement; node = node.parentElement) {
    let part = node.tagName.toLowerCase();
    if (node.id) {
      parts.unshift(part + "#" + CSS.escape(node.id));
      break;
    }
    const classes = [...node.classList].slice(0, 2).map((c) => "." + CSS.escape(c)).join("");
    part += classes;
    const parent = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter((child) => child.tagName === node.tagName);
      if (same.length > 1) part += ":nth-of-type(" + (same.indexOf(node) + 1) + ")";
    }
    parts.unshift(part);
  }
  if (parts.length === 0 || !parts[0].includes("#")) parts.unshift("html");
  return parts.join(" > ");
}`;

/** Collects problems of one page under one rule-naming scheme. */
export class Problems {
  readonly list: Problem[] = [];
  constructor(readonly page: string) {}
  add(rule: string, message: string, element?: string): void {
    this.list.push({ page: this.page, rule, message, ...(element !== undefined ? { element } : {}) });
  }
}

/** Whitespace collapsed and trimmed, as a reader sees text. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
