/**
 * What one page does in a real browser: console errors, failed requests, requests to other
 * origins (blocked, and reported), axe-core WCAG 2.1 AA violations, and horizontal overflow
 * at a 360 px wide viewport. Every problem names the page, the rule and the element.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, ConsoleMessage, Page, Request, Response, Route } from "playwright-core";
import type { Problem } from "../build/site-check";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;
export const PHONE_WIDTH = 360;

export interface PageReport {
  url: string;
  /** HTTP status of the page itself */
  status: number | undefined;
  /** console errors, uncaught exceptions, failed requests, requests to other origins */
  load: Problem[];
  axe: Problem[];
  overflow: Problem[];
  /** scrollWidth / clientWidth at PHONE_WIDTH */
  widths: { scrollWidth: number; clientWidth: number };
  seconds: number;
}

export interface PageCheckOptions {
  /** the page is expected to answer with this status (200 unless checking the 404 page) */
  expectStatus?: number;
  /** skip axe (for quick load-only checks) */
  axe?: boolean;
}

const MAX_NODES_PER_RULE = 8;

const describeRequest = (method: string, url: string, resourceType: string): string =>
  `${method} ${url} (${resourceType})`;

/**
 * Record everything that goes wrong while the page loads; block and record requests to other
 * origins. `stop` detaches the watchers, so a page can be reused for the next check.
 */
const watch = async (
  page: Page,
  pageUrl: string,
  origin: string,
  expectStatus: number,
): Promise<{ problems: Problem[]; stop: () => Promise<void> }> => {
  const problems: Problem[] = [];
  const add = (rule: string, message: string): void => {
    problems.push({ page: pageUrl, rule, message });
  };
  const foreign = new Set<string>();
  const onRoute = async (route: Route): Promise<void> => {
    const request = route.request();
    const url = request.url();
    if (/^(data|blob|about):/i.test(url) || new URL(url).origin === origin) return route.continue();
    foreign.add(url);
    add(
      "foreign-request",
      `request to another origin (blocked): ${describeRequest(request.method(), url, request.resourceType())}`,
    );
    return route.abort("blockedbyclient");
  };
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() !== "error") return;
    const location = message.location();
    // Chromium logs the page's own error status; an expected one (the 404 page) is no error.
    const ownStatus = `the server responded with a status of ${expectStatus}`;
    if (expectStatus >= 400 && location.url === origin + pageUrl && message.text().includes(ownStatus)) return;
    const where = location.url ? ` at ${location.url}:${location.lineNumber + 1}` : "";
    add("console-error", `console error: ${message.text()}${where}`);
  };
  const onPageError = (error: Error): void => add("page-error", `uncaught exception: ${error.message}`);
  const onRequestFailed = (request: Request): void => {
    if (foreign.has(request.url())) return;
    add(
      "request-failed",
      `request failed (${request.failure()?.errorText ?? "unknown error"}): ${describeRequest(request.method(), request.url(), request.resourceType())}`,
    );
  };
  const onResponse = (response: Response): void => {
    const request = response.request();
    // The page's own status is checked against the expected one by the caller.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
    if (response.status() >= 400)
      add(
        "request-failed",
        `HTTP ${response.status()} for ${describeRequest(request.method(), response.url(), request.resourceType())}`,
      );
  };
  await page.route("**/*", onRoute);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  page.on("requestfailed", onRequestFailed);
  page.on("response", onResponse);
  return {
    problems,
    stop: async () => {
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
      page.off("requestfailed", onRequestFailed);
      page.off("response", onResponse);
      await page.unroute("**/*", onRoute);
    },
  };
};

const nextFrames = (page: Page): Promise<void> =>
  page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))");

/**
 * Elements sticking out past the right edge that are not inside a scroll/clip container (the
 * deepest such element of each branch: what needs to wrap or scroll). Plain JavaScript in a string
 * on purpose: transpilers (tsx/esbuild keepNames) would inject helpers that do not exist in the page.
 */
const MEASURE_OVERFLOW = `(() => {
  const root = document.scrollingElement || document.documentElement;
  const clientWidth = root.clientWidth;
  const culprits = [];
  const clipped = (element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== "visible" || style.contain.includes("paint")) return true;
    }
    return false;
  };
  const describe = (element) => {
    const id = element.id ? "#" + element.id : "";
    const classes = [...element.classList].map((c) => "." + c).join("");
    const right = Math.round(element.getBoundingClientRect().right);
    const html = element.outerHTML.replace(/\\s+/g, " ");
    const open = html.slice(0, Math.min(html.indexOf(">") + 1 || 120, 160));
    return element.tagName.toLowerCase() + id + classes + " (right edge at " + right + "px) " + open;
  };
  const walk = (element) => {
    if (culprits.length >= 5) return;
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.right > clientWidth + 0.5 && !clipped(element)) {
      const before = culprits.length;
      for (const child of element.children) walk(child);
      if (culprits.length === before) culprits.push(describe(element));
      return;
    }
    for (const child of element.children) walk(child);
  };
  if (root.scrollWidth > clientWidth) walk(document.body);
  return { scrollWidth: root.scrollWidth, clientWidth, culprits };
})()`;

const measureOverflow = (page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> =>
  page.evaluate(MEASURE_OVERFLOW);

/**
 * Check one page. Given a browser context, it opens and closes a tab of its own; given a tab
 * (a Page), it reuses it and leaves it on about:blank — opening a tab costs more than a small page.
 */
export const checkPageInBrowser = async (
  target: BrowserContext | Page,
  origin: string,
  url: string,
  options: PageCheckOptions = {},
): Promise<PageReport> => {
  const started = performance.now();
  const ownPage = !("goto" in target);
  const page = "goto" in target ? target : await target.newPage();
  const expected = options.expectStatus ?? 200;
  const watcher = await watch(page, url, origin, expected);
  try {
    const load = watcher.problems;
    await page.setViewportSize(DESKTOP_VIEWPORT);
    const response = await page.goto(origin + url, { waitUntil: "load", timeout: 30_000 });
    const status = response?.status();
    if (status !== expected)
      load.push({
        page: url,
        rule: "page-status",
        message: `the page answered HTTP ${status ?? "nothing"}, expected ${expected}`,
      });
    // Pages with scripts may fetch more after load (charts): let them settle before judging.
    if (await page.evaluate("document.scripts.length > 0"))
      await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);

    const axe: Problem[] = [];
    if (options.axe !== false) {
      // Legacy mode runs axe in the page itself instead of opening a helper tab to merge frame
      // results: 3× faster here, and the same result for pages without iframes (ours have none).
      const results = await new AxeBuilder({ page })
        .withTags([...AXE_TAGS])
        .setLegacyMode(true)
        .analyze();
      for (const violation of results.violations) {
        const nodes = violation.nodes.slice(0, MAX_NODES_PER_RULE);
        for (const node of nodes)
          axe.push({
            page: url,
            rule: `axe:${violation.id} (${violation.impact ?? "?"})`,
            message: `${violation.help} — ${node.failureSummary?.replace(/\s+/g, " ") ?? ""} ${violation.helpUrl}`,
            element: `${node.target.join(" ")}  ${node.html.replace(/\s+/g, " ").slice(0, 200)}`,
          });
        if (violation.nodes.length > nodes.length)
          axe.push({
            page: url,
            rule: `axe:${violation.id} (${violation.impact ?? "?"})`,
            message: `… and ${violation.nodes.length - nodes.length} more element(s) with the same violation`,
          });
      }
    }

    await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    await nextFrames(page);
    const measured = await measureOverflow(page);
    const overflow: Problem[] = [];
    if (measured.scrollWidth > measured.clientWidth) {
      const message = `at ${PHONE_WIDTH} px the page scrolls sideways: scrollWidth ${measured.scrollWidth} > clientWidth ${measured.clientWidth}`;
      if (measured.culprits.length === 0) overflow.push({ page: url, rule: "overflow-360", message });
      for (const culprit of measured.culprits)
        overflow.push({ page: url, rule: "overflow-360", message, element: culprit });
    }
    return {
      url,
      status,
      load,
      axe,
      overflow,
      widths: { scrollWidth: measured.scrollWidth, clientWidth: measured.clientWidth },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await watcher.stop();
    if (ownPage) await page.close();
    else await page.goto("about:blank");
  }
};
